"""Storeys of a building: "the 61st floor", "a 94th-floor deck", "from level 61", "on floor 12".

Where a fall happened, where a fire started, which floor a viewing deck or a
restaurant is on: outlets name the same storey as an ordinal ("the 61st
floor", "the 94th-floor viewing deck") or, in trade and technical writing,
as the floor's number ("from level 61", "on floor 12"). An ordinal is no
figure to the number scan (it places something, "the third set"), and a
bare "level 61" was read as a grade on a named scale (levels.py), so the
outlets' storeys were never compared, nor a "58th floor" set against a
"61st floor".

Here each is a whole number in its own slot, "number:storey", with the cue
"floor": a storey is never a count ("96 floors" counts them) nor a grade.
An ordinal is read before "floor"/"storey" (hyphenated or not; not "story",
which is as often a news story: "her third story this week"). A
number is read after "level"/"floor" only when a word that places something
leads it ("on", "from", "at", "to", "onto", "of", "reached"), and for
"level" only when the number is above 10 or the passage speaks of a
building (and names no alert, warning or other graded scale): alert,
warning and storm scales stop at 5 ("raised to level 4"),
while a tower's "level 61" or "level 92" is a storey. "Sea level" or "water
level 6" has no such word before the scale word and is left alone, and a
figure with a unit after it ("floor 3 metres") is a measure.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.cues import cues, has_digit
from sourcediff.extract.ranks import ORDINALS, ordinal_value
from sourcediff.extract.shared import passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT = "number:storey"
CUE = "floor"
_ORDINAL_WORDS = "|".join(ORDINALS)
# "the 61st floor", "a 94th-floor viewing deck", "the fifth storey": an ordinal, then the storey noun.
_NTH_FLOOR = regex(
    rf"\b(?P<o>\d{{1,3}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))[\s-](?i:floor|storey)\b")
# "from level 61", "at level 92", "on floor 12": a word that places something, the scale word, the number;
# no decimal, unit or percent after it.
_NUMBERED = regex(
    r"\b(?i:on|from|at|to|onto|of|reached|reaching)\s+(?:(?i:the)\s+)?(?P<w>(?i:level|floor))\s+"
    r"(?P<n>\d{1,3})\b(?![.,]\d|\s*(?:%|per\b|m\b|cm\b|ft\b|feet\b|foot\b|met(?:er|re)s?\b))")
# Words that say the passage is about a building, where a low "level 3" is a storey too.
_BUILDING_WORDS = ("building", "tower", "skyscraper", "storey", "floor", "block", "car park", "apartment",
                   "office", "hotel", "basement", "lift", "elevator", "stair")

# Words of a graded scale (levels.py): with one of them a low "level 3" is a grade even in a building.
_ALERT_WORDS = ("alert", "warning", "threat", "danger", "hazard", "alarm", "risk", "category", "lockdown")


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """(start, end, storey) for every storey named in ``text``; shared: numbers and levels skip them."""
    c = cues(text)
    if not c.has_ci("floor", "storey", "level"):
        return ()
    out: list[tuple[int, int, Quantity]] = []
    for m in _NTH_FLOOR.finditer(text):
        value = ordinal_value(m["o"].lower())
        if value:
            out.append((m.start(), m.end(), Quantity(Decimal(value))))
    if has_digit(text):
        building = c.has_ci(*_BUILDING_WORDS)
        alert = c.has_ci(*_ALERT_WORDS)
        for m in _NUMBERED.finditer(text):
            value = int(m["n"])
            if value and (m["w"].lower() == "floor" or value > 10 or (building and not alert)):
                out.append((m.start("w"), m.end(), Quantity(Decimal(value))))
    return tuple(sorted(out, key=lambda t: t[0]))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Storeys in every passage, slot "number:storey", cue "floor"."""
    return passage_mentions(article, passages, find, SLOT, (CUE,))
