"""Route markers: "kilometre 151", "km 151", "mile marker 23", "milepost 114" name one place on a route.

A crash on a motorway, a grounding in a canal or a derailment on a line is
placed by the post beside the route: "at kilometre 151 of the canal", "near
km 151", "at mile marker 23 of Interstate 80". The unit stands before the
figure, so the number scan, which reads a unit after its figure, read
nothing, and two outlets' markers never met. A marker is a place, not a
length ("the 193-km canal"), nor a count: it is a whole number in a slot of
its own per unit, "number:marker:kilometer" or "number:marker:mile", so
two markers of one unit agree or diverge like any figure and never meet a
distance.

Not a marker: a unit that belongs to a figure before it ("5 km 10 km
runs", "ran 10 miles 3 times"), a figure that is itself a measure ("km 150
per hour" is no phrase news writes), or a capitalised word of a name ("Mile
End", "Kilometre Zero": no figure follows).
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract.cues import cues
from sourcediff.extract.shared import holding, passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT_PREFIX = "number:marker:"
CUE = "marker"

# The unit before the figure, not itself after a figure ("5 km 10 km"); group unit says which.
_MARKER = regex(
    r"(?<![\d.,])(?<![\d.,]\s)(?<![\d.,]-)\b"
    r"(?P<unit>kilomet(?:er|re)|km|mile\s+marker|mile[\s-]?post|mile)\s+"
    r"(?P<n>\d{1,4}(?:\.\d{1,2})?)\b(?![.,]\d)"
    r"(?!\s*(?:%|per\b|percent\b|km\b|kilomet|miles?\b|mph\b|hours?\b|minutes?\b|times\b))",
    re.IGNORECASE)


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """(start, end, marker) for every route marker in ``text``; the value's unit is in ``unit_of``."""
    if not cues(text).digit or not cues(text).has_ci("km", "kilomet", "mile"):
        return ()
    return tuple((m.start(), m.end(), Quantity(Decimal(m["n"]), None, None, None))
                 for m in _MARKER.finditer(text))


def unit_of(raw: str) -> str:
    """The marker's unit from its text: "kilometer" or "mile"."""
    return "kilometer" if raw.lower().startswith(("kilomet", "km")) else "mile"


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Route markers of every passage, in the slot of their unit; offsets absolute."""
    out: list[Mention] = []
    passages = holding(passages, find)
    for unit in ("kilometer", "mile"):
        def of_unit(text: str, unit: str = unit) -> tuple[tuple[int, int, Quantity], ...]:
            return tuple(f for f in find(text) if unit_of(text[f[0]:f[1]]) == unit)
        out.extend(passage_mentions(article, passages, of_unit, SLOT_PREFIX + unit, (CUE,)))
    return tuple(out)
