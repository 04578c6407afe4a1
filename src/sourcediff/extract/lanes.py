"""Lanes: "from lane 4", "in lane four", "Lane 6" are one place in a race, never a count.

Swimming, athletics and rowing reports say which lane a finalist raced from.
Read as a loose figure, "lane four" was nothing and "lane 4" a bare number,
so three outlets that agree on the lane had no fact in common. Here the
number after "lane" is a whole number in its own slot, "number:lane", cue
"lane": two outlets' lanes compare with each other and never with a count.

Only "lane" right before its number is read (1 to 10, in digits or words).
"A four-lane road", "two lanes closed" count lanes and stay counts; a
street name ("Mill Lane 4" does not occur in English addresses, but
"Mill Lane" before a figure may) is skipped by refusing a capitalized word
right before "Lane".
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.amounts import WORD_VALUES
from sourcediff.extract.cues import cues
from sourcediff.extract.shared import passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT = "number:lane"
_MAX_LANE = 10
_CARDINALS = "|".join(w for w, v in WORD_VALUES.items() if 1 <= v <= _MAX_LANE)
# "lane 4", "Lane four", "lane No 3"; not "lanes", not "lane-4" compounds of other words, not a figure
# that goes on ("lane 4.5", "lane 4,000"), not a unit after it ("lane 2 miles long").
_LANE = regex(rf"(?<![\w-])(?P<name>[A-Z][a-z]+\s+)?[Ll]ane\s+(?:[Nn]o\.?\s?)?"
              rf"(?P<n>\d{{1,2}}|(?i:{_CARDINALS}))\b(?![.,]\d)(?!\s*(?:-|%|per\b))")


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """(start, end, lane) for every lane number in ``text``; shared: numbers skips their figures."""
    if not cues(text).has_ci("lane"):
        return ()
    out: list[tuple[int, int, Quantity]] = []
    for m in _LANE.finditer(text):
        if m["name"] and "Lane" in m[0]:
            continue  # "Mill Lane 4" is an address, not a race lane
        word = m["n"]
        value = int(word) if word.isdigit() else WORD_VALUES.get(word.lower(), 0)
        if not 1 <= value <= _MAX_LANE:
            continue
        start = m.start("name") + len(m["name"]) if m["name"] else m.start()
        out.append((start, m.end(), Quantity(Decimal(value))))
    return tuple(out)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Lane numbers in every passage, slot "number:lane"; offsets absolute into ``article.text``."""
    return passage_mentions(article, passages, find, SLOT, ("lane",))
