"""Which list a place is in, a ranking or a standing, from the noun its words name after it.

Two readers read ordinal places: ranks.py a place in a *ranking* ("fourth in
the world ranking", "from 14th to 8th in the FIFA rankings", "29th in the
world"), positions.py a place in a *standing* ("19th in the table", "third
in the Premier Division") and the places no list is named for ("sit 19th",
"finished fifth", "climbed 12 places to 29th"). When each kept its own test,
a move named after a ranking was read by both ("from 14th to 8th in the FIFA
rankings": two ranks and two positions), so the report showed every place
twice. Both now ask this one question, and a place is read by the reader its
list names, never by the other.

The list is the noun after "in the" and up to three words that say whose it
is ("the women's world ranking", "the Tarnby colleges table"): "ranking(s)",
"list", "index" or "the world" make it a ranking; "table", "standings",
"league", "division", "classification" a standing. A place left in a move
("from 14th to 8th in the rankings") is in the list its move names after the
place reached.
"""

from __future__ import annotations

import re
from typing import Literal

from sourcediff.extract.cues import may_contain_ci
from sourcediff.regexcache import regex

ListKind = Literal["ranking", "standing", "table"]
RANKING: ListKind = "ranking"
STANDING: ListKind = "standing"
# "the table", "the league table", "this year's league": a standing's noun that a ranking goes by too ("the
# 2027 table of universities"), so the article decides which it is (speaks_of_ranking).
TABLE: ListKind = "table"

# The nouns of a ranking ("the FIFA rankings", "the Forbes list", "the index") and of a standing ("the table",
# "the standings", "the Northern League", "Group B"), not a standing word that only modifies what follows
# ("the league scoring list" is a list) nor one before "to" ("the first in the league to sack its coach").
_RANKING_NOUN = r"(?i:rankings?|list|index)\b(?![\s-]+(?i:price|prices|fund|funds|linked)\b)"
_STANDING_NOUN = (r"(?:(?P<table>(?i:table|league))|(?i:standings|division|conference|ladder|championship|"
                  r"classification)|[Gg]roup\s+[A-Z])\b"
                  r"(?!\s+to\b|\s+[A-Z]|[\s-]+(?i:leader|record|title|history|scoring|list|voting|award))")
# The far end of a move, skipped to reach the list: "from 14th [to 8th] in the FIFA rankings".
# (any ordinal word: "first", "second", "third" or one ending in "th", "fourth" to "twentieth").
_ANY_NTH = r"(?:\d{1,3}(?:st|nd|rd|th)|(?i:first|second|third|[a-z]+th))\b"
_FAR_END = rf"(?:\s+(?i:to)\s+(?:(?i:joint|equal)\s+|=)?{_ANY_NTH})?"
# "in the world" is a ranking ("29th in the world"), not "the first in the world to land there" (an order).
_IN_THE_WORLD = r"\s+(?i:in)\s+(?i:the)\s+(?i:world)\b(?!\s+(?i:to)\b)"
# Up to three words name whose list it is; none is a function word ("in the race for the league").
_WHOSE = r"(?:(?!(?i:in|for|of|to|at|on|and|or|by|with|from|after|before|than|as)\b)[\w'’.-]+\s+){0,3}?"
# A ranking's noun is tried first at every length, so the head noun decides: "the Premier League rankings"
# is a ranking, "the league scoring list" a list, "the Premier Division" a standing.
_NAMED_LIST = regex(rf"{_FAR_END}(?:\s+(?i:place|position))?(?:(?P<world>{_IN_THE_WORLD})|"
                    rf"\s+(?i:in)\s+(?:(?i:the)\s+)?(?:(?P<ranking>{_WHOSE}{_RANKING_NOUN})|"
                    rf"{_WHOSE}{_STANDING_NOUN}))")


def named_list(text: str, end: int) -> ListKind | None:
    """The list the words right after a place ending at ``end`` name: RANKING, STANDING, TABLE (either) or
    None (no list named)."""
    m = _NAMED_LIST.match(text, end)
    if m is None:
        return None
    return RANKING if m["world"] or m["ranking"] else TABLE if m["table"] else STANDING


def in_ranking(text: str, end: int) -> bool:
    """Does the place ending at ``end`` stand in a named ranking (ranks.py's, never positions.py's)?"""
    return named_list(text, end) == RANKING


# An article speaks of a ranking when it names one ("the rankings", "the world ranking"; not "ranked", which
# news writes of anything: "the highest-ranked officer") and of a standing when it speaks of what a table or
# a race counts: points (not "ranking points"), standings, relegation, promotion, goal difference, laps, a
# classification.
_RANKING_TALK = regex(r"\brankings?\b", re.IGNORECASE)
_STANDING_TALK = regex(r"\b(?:standings|relegation|promotion|goal\s+difference|laps?|classification|"
                       r"(?<!ranking\s)(?:points?|pts))\b", re.IGNORECASE)


def speaks_of_ranking(text: str) -> bool:
    """Is ``text`` about a ranking and no standing, so its places named in no list, or in a "table", are in
    that ranking?

    One list goes by several names ("the rankings", "the table", "the league table of universities"), and
    most outlets name it once and then write "climbed 12 places, from 41st to 29th" or "slumped to 73rd"
    with no noun at all: those places are in the list the article is about. In a sports story that
    speaks of points or standings they stay places in a standing.
    """
    # the pattern opens with \b and is tried at every character of the article; most hold no "ranking"
    return (may_contain_ci(text, "ranking") and _RANKING_TALK.search(text) is not None
            and _STANDING_TALK.search(text) is None)
