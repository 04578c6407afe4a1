"""League positions: "19th in the table", "sit 19th", "the 19th-placed side" are one place, 19.

A league story places a team in its table, and outlets working from tables
of different days (or a slip of the pen) disagree on it ("19th" against
"18th"). An ordinal is no figure to the number scan (it places, it does not
count), so the four sources' "19th" were four words, never one fact. Here a
place in a standing is a whole number in its own slot, "number:position",
so two outlets' places of one team agree or diverge like any figure, and a
place never meets a count ("11 points") or a world ranking (ranks.py, whose
"world No. 3" is another list).

An ordinal is a place only where the words make it one:
- a standing named after it: "19th in the table", "third in the Premier
  Division", "second in Group B", "fourth in the standings";
- "placed" joined to it, or "place"/"position" after it with "in": "the
  19th-placed club", "in 19th place", "in fourth position";
- a verb of standing before it: "sit 19th", "lie third", "remain 19th",
  "climbed to 12th", "dropped to 19th"; a bare copula ("are 19th") only in
  a sentence that speaks of points or a table, and with nothing but the
  clause's end or its points after it.
- a stage race's overall standing after it: "sixth overall", "slid to
  fourth overall", "sixth on general classification", "third on GC" (not
  "the first overall pick", a draft's order).
- a verb of finishing before it: "finished fifth", "trailed home fourth",
  "came in 12th", "crossed the line second", "finished a distant third",
  "finished in sixth", with the clause's end or what a result says after
  it ("of the 14 runners", "behind", "beaten", "in 2:11:04"); "in third" at
  a clause's end ("was a neck away in third"); "was runner-up" (second).
  A race's result is a place like a table's: two outlets giving one runner
  two places diverge. Not "finished fifth-largest" (no hyphen after the
  ordinal), "the fifth straight win", "for the fourth time" (no verb).
Not a place: "the 19th century", "the 21st of May", "finished third in the
sprint" (no standing), "was first to arrive", "the third-place play-off"
(a match's name).
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract.cues import cues
from sourcediff.extract.ranks import ORDINALS
from sourcediff.extract.shared import passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT = "number:position"

_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_NTH = rf"(?P<o>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))\b"
# The words that name a standing: "the table", "the Premier Division", "Group B", "the standings"; not
# one followed by "to" ("the first in the league to sack its manager": an order of events) nor one that
# only modifies what follows ("third in the American League MVP voting", "fifth in the league scoring list").
_STANDING = (r"(?:(?i:table|standings|league|division|conference|ladder|championship)|[Gg]roup\s+[A-Z])\b"
             r"(?!\s+to\b|\s+[A-Z]|[\s-]+(?i:leader|record|title|history|scoring|list|voting|award))")
# A standing after the place: "19th in the table", "third in the Premier Division", "second in Group B".
_IN_STANDING = (r"(?![-–])\s+(?:(?i:place|position)\s+)?(?i:in)\s+(?:(?i:the)\s+)?"
                rf"(?:[A-Z][\w'’-]*\s+){{0,3}}{_STANDING}")
# A verb of standing before the place: "sit 19th", "lying third", "climbed to 12th", "dropped to 19th".
_STAND_VERB = (r"(?i:sit|sits|sat|sitting|lie|lies|lay|lying|remain|remains|remained|remaining|stay|stays|"
               r"stayed|staying|(?:climb|climbs|climbed|climbing|rise|rises|rose|rising|move|moves|moved|"
               r"moving|go|goes|went|going|drop|drops|dropped|dropping|fall|falls|fell|falling|slip|slips|"
               r"slipped|slipping|slump|slumps|slumped|slumping)(?:\s+(?:up|down))?\s+to)")
# A verb of finishing before the place: "finished fifth", "trailed home fourth", "came in 12th", "crossed
# the line second", "finished a distant third", "finished in sixth".
_FINISH_VERB = (r"(?i:(?:finish|finishes|finished|finishing|end|ends|ended|ending)(?:\s+up)?(?:\s+in)?|"
                r"(?:come|comes|came|coming|trail|trails|trailed|trailing|get|gets|got|getting|stay|stayed)"
                r"\s+(?:home|in)|(?:cross|crosses|crossed|crossing)\s+the\s+line|placed|was\s+placed)"
                r"(?:\s+(?i:an?|the)\s+(?i:distant|close|remote|creditable|respectable|disappointing|"
                r"fine|good|gallant|well-beaten|fast-finishing|staying-on))?")
# What may follow a finishing place: the clause's end or the words of a result ("of the 14 runners",
# "behind the winner", "beaten six lengths", "in 2:11:04"); not a noun it modifies ("fifth straight win").
# "on" only before a name ("finished third on Bell Rock", the horse a jockey rode): "finished sixth on the
# stage" is a stage race's day result, which the overall standing ("fourth overall") must not be set against.
_FINISH_END = (r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?i:in)\b(?![^.,;]*\b(?i:voting|votes?|polls?|ballots?|awards?|"
               r"rankings?|lists?)\b)|\s+(?i:of|behind|ahead|after|and|beaten|with|at|for|"
               r"overall|place|position|but|as|to|while|when|despite|having|under|from)\b"
               r"|\s+(?i:on)\s+(?=[A-Z]))")
_COPULA = r"(?i:are|is|were|was|be|being|been)"
# What may follow a place named by a verb only: the clause's end, or the points it stands on ("sit 19th
# with 11 points"); not another list ("ninth on the all-time scoring list", "fifth on the assists list").
_CLAUSE_END = (r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?i:after|and|behind|above|below|level)\b"
               r"|\s+(?i:on|with)\s+(?:(?i:just|only)\s+)?[\w,.]+\s+(?i:points?|pts)\b)")
_PLACES = (
    regex(rf"\b{_NTH}(?={_IN_STANDING})"),
    regex(rf"\b{_NTH}(?=[\s-]placed\b)"),
    regex(rf"\b(?i:in)\s+{_NTH}(?=\s+(?i:place|position|spot)\b)"),
    regex(rf"\b{_STAND_VERB}\s+{_NTH}(?![-–]){_CLAUSE_END}"),
    regex(rf"\b{_NTH}(?=\s+(?:(?i:overall)\b(?![\s-]+(?i:picks?|selections?|seeds?|draft))"
          r"|(?i:on|in)\s+(?:(?i:the)\s+)?(?:(?i:general\s+classification)|GC)\b))"),
    regex(rf"\b{_FINISH_VERB}\s+{_NTH}(?![-–]){_FINISH_END}"),
    regex(rf"\b(?i:in)\s+{_NTH}(?![-–])(?=\s*(?:[,.;:!?)—–]|$))"),
)
# The words each pattern of _PLACES cannot match without, so that a passage lacking them skips the pattern
# (the ordinal test in find passes nearly every passage: "th" is in "the"). The verbs of standing are too
# many, and too short ("go"), to test this way: the empty word lets every passage through.
_PLACE_NEEDS: tuple[tuple[str, ...], ...] = (
    ("table", "standings", "league", "division", "conference", "ladder", "championship", "group"),
    ("placed",),
    ("place", "position", "spot"),
    ("",),
    ("overall", "general", "gc"),
    ("finish", "end", "home", "in", "line", "placed"),
    ("in",),
)
# "was runner-up", "finished runner-up", "ended as runner-up": second place, its span the noun.
_RUNNER_UP = regex(r"\b(?i:was|is|finished|finishes|ended|ends|came|comes)\s+(?:(?i:as)\s+)?(?:(?i:the)\s+)?"
                   r"(?P<o>(?i:runner[\s-]up))\b(?![\s-](?i:prize|spot|position|place|finish|medal|cheque))")
# A copula's place: "are 19th, two points from safety", only where the sentence speaks of a table.
_COPULA_PLACE = regex(rf"\b{_COPULA}\s+(?:(?i:now|still|currently)\s+)?{_NTH}(?![-–]){_CLAUSE_END}")
_TABLE_TALK = regex(r"\b(?:points?|table|standings|league|division|relegation|promotion)\b", re.IGNORECASE)
# What every pattern above needs, its ordinal (_NTH): one of its words in any case, or a digit with the
# suffix as written. Most passages hold a digit and "th" ("the"), few an ordinal: the others skip the
# five scans, the verbs of standing's among them (a case-blind alternation tried at every character).
_DIGIT_NTH = regex(r"\d(?:st|nd|rd|th)")


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """(start, end, place) for every league position in ``text``, offsets into it (the ordinal's span)."""
    c = cues(text)
    spans: dict[int, tuple[int, int, Quantity]] = {}
    if c.has_ci("runner"):
        for m in _RUNNER_UP.finditer(text):
            spans.setdefault(m.start("o"), (m.start("o"), m.end("o"), Quantity(Decimal(2))))
    if not ((c.digit and _DIGIT_NTH.search(text)) or c.has_ci(*ORDINALS)):
        return tuple(spans[k] for k in sorted(spans))
    patterns = [pattern for pattern, needs in zip(_PLACES, _PLACE_NEEDS, strict=True) if c.has_ci(*needs)]
    if _TABLE_TALK.search(text):
        patterns.append(_COPULA_PLACE)
    for pattern in patterns:
        for m in pattern.finditer(text):
            word = m["o"].lower()
            value = int(word[:-2]) if word[0].isdigit() else ORDINALS[word]
            if value:
                spans.setdefault(m.start("o"), (m.start("o"), m.end("o"), Quantity(Decimal(value))))
    return tuple(spans[k] for k in sorted(spans))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """League positions in every passage, slot "number:position"; offsets absolute."""
    return passage_mentions(article, passages, find, SLOT, ("position",))
