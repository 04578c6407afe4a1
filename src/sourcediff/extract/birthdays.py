"""A birthday's ordinal is an age: "her 90th birthday" says she turned 90 (issue #11).

Birthday stories state one age three ways: "celebrated her 90th birthday",
"turned 90", "reached the age of 90". An ordinal is no figure to the number
scan (it places an event, "the third set"), so the first gave no age at all
and never met another outlet's "turned 90". Here an ordinal, in figures or
words, right before "birthday" is the age in years, in the slot and with the
cue every other age reader gives ("number:age", "age"), so all of them meet.
"Birthday" alone says whose age it is; an anniversary or an edition
("the 50th anniversary", "the 12th festival") counts years of something else
and is left to its own readers.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.cues import cues
from sourcediff.extract.ranks import ORDINALS, ordinal_value
from sourcediff.extract.shared import passage_mentions
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT = "number:age"  # numberclassify._age: every age reader's slot
_CUES = ("age",)
_ORDINAL_WORDS = "|".join(ORDINALS)
_BIRTHDAY_NTH = regex(
    rf"\b(?P<o>\d{{1,3}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))(?:\s+|-)(?i:birthday)\b")
# The oldest documented ages are a little over 120; a larger "birthday" ordinal is no person's age.
_MAX_AGE = 125


def find(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """(start, end, age) for every "Nth birthday" in ``text``, the span over the ordinal alone."""
    if not cues(text).has_ci("birthday"):
        return ()
    out = []
    for m in _BIRTHDAY_NTH.finditer(text):
        years = ordinal_value(m["o"].lower())
        if 0 < years <= _MAX_AGE:
            out.append((m.start("o"), m.end("o"), Quantity(Decimal(years), "year")))
    return tuple(out)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Birthday ordinals in every passage as ages (slot "number:age", cue "age")."""
    return passage_mentions(article, passages, find, SLOT, _CUES)
