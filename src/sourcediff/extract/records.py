"""Match records: "won 12, drew nine and lost 17" counts 12 wins, nine draws and 17 defeats.

A team's or a manager's record is told by its verbs as often as by its
nouns: the wire's "won 12, drew nine and lost 17 of his 38 matches" states
what a trade site's "12 victories, nine draws and 17 defeats" does. The
noun reader finds no noun after "won 12" (a count emitted only with its noun
is the rule of numbers.py), so the verb-led record was read as nothing, or
as a count of matches ("17 of his 38 matches"), and a live blog's "won just
11" joined whatever other 11 the story held (its points) instead of meeting
the others' 12 wins as a rival. Here a figure right after a result verb is
a count of that result, with the nouns it is written with as cues: "win"
and "victory" for won, "draw" for drew, "defeat" and "loss" for lost, so
that it meets both "12 wins" and "12 victories".

Only in a record, where nothing else can be meant: the figure ends its
phrase (a noun after it is what was won or lost: "won 12 medals", "lost 17
jobs", "drew 40 fans"), and either the sentence lists two or more results
this way ("won 12 and lost three") or the figure is a part of the games
played ("won 11 of his 38 matches", "lost 17 of them"). A lone "lost 17"
or "won 12 of the 15 seats" is left alone, and so is a score ("won 3-1"),
a decimal, a figure with a thousands separator (a crowd, "drew 40,000").
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract.amounts import WORD_VALUES
from sourcediff.extract.cues import cues
from sourcediff.extract.shared import holding, passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT = "number:count"

# The result a verb reports, and the nouns writers count that result with (all become the count's cues).
RESULTS = {"win": ("win", "victory"), "draw": ("draw",), "defeat": ("defeat", "loss")}
_VERBS = {"won": "win", "winning": "win", "drew": "draw", "drawn": "draw", "drawing": "draw",
          "lost": "defeat", "losing": "defeat"}
_NUMBER_WORDS = "|".join(sorted((w for w, v in WORD_VALUES.items() if v >= 1), key=len, reverse=True))
# A result verb, an optional limiter ("just", "only", "a mere"), a small whole figure; not a score's
# first side ("won 3-1"), a decimal or a figure with a thousands separator ("drew 40,000").
_RESULT = regex(
    rf"\b(?P<verb>(?i:{'|'.join(_VERBS)}))\s+(?:(?i:just|only|a\s+mere|exactly)\s+)?"
    rf"(?P<n>\d{{1,3}}|(?i:{_NUMBER_WORDS}))\b(?![-–—/:]\s?\w|[.,]\d)")
# What a figure may be a part of: games played ("of his 38 matches", "of 31 league games", "of them").
_GAMES = r"(?:matches|games|fixtures|outings|contests|fights|bouts|races|starts|appearances|ties)\b"
_OF_GAMES = regex(
    r"\s+of\s+(?:(?:them|those)\b|(?:(?:his|her|their|its|the|these|those|[A-Z][\w-]*['’]s)\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{_GAMES})", re.IGNORECASE)
# The games themselves named after the figure: "won 12 matches, drew nine".
_GAMES_AFTER = regex(rf"\s+(?:[\w-]+\s+)?{_GAMES}", re.IGNORECASE)
# "of" followed by anything but the games: "won 12 of the 15 seats".
_OF_NOT_GAMES = regex(r"\s+of\b", re.IGNORECASE)
# Where the figure's phrase ends: punctuation, the text's end or a word that opens no noun phrase.
_PHRASE_END = regex(
    r"\s*(?:[,.;:!?)\]—–]|$)|\s+(?:and|or|but|while|with|in|at|under|since|this|last|so|as|from|before|"
    r"after|across|over|during|for|out|all|each|apiece|away)\b", re.IGNORECASE)


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity, str], ...]:
    """(start, end, count, result) for every result count of a record in ``text``; numbers skips them."""
    if not cues(text).has_ci("won", "drew", "drawn", "drawing", "lost", "losing", "winning"):
        return ()
    found: list[tuple[int, int, Quantity, str, bool]] = []
    for m in _RESULT.finditer(text):
        end = m.end("n")
        games = _GAMES_AFTER.match(text, end)
        after = games.end() if games else end
        part = _OF_GAMES.match(text, after)
        if part is None and (_OF_NOT_GAMES.match(text, after) or not _PHRASE_END.match(text, after)):
            continue  # "won 12 medals", "won 12 of the 15 seats": the thing won is no game
        word = m["n"].lower()
        value = int(word) if word.isdigit() else WORD_VALUES[word]
        found.append((m.start("n"), end, Quantity(Decimal(value)), _VERBS[m["verb"].lower()],
                      bool(part or games)))
    if len(found) < 2:
        found = [f for f in found if f[4]]  # one result alone counts only as a part of the games played
    return tuple((start, end, value, result) for start, end, value, result, _ in found)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Result counts of records in every passage: slot "number:count", the result's nouns as cues."""
    out: list[Mention] = []
    passages = holding(passages, find)
    for result, nouns in RESULTS.items():
        def scan(text: str, result: str = result) -> tuple[tuple[int, int, Quantity], ...]:
            return tuple((s, e, v) for s, e, v, r in find(text) if r == result)
        out.extend(passage_mentions(article, passages, scan, SLOT, nouns))
    return tuple(out)
