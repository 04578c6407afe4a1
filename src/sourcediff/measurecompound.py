"""A measure written in two units, "7lb 9oz", "5 ft 11 in", "2 hours and 10 minutes", read as one figure.

A birth weight, a height or a body weight is written in a major and a minor
unit ("7 pounds, 9 ounces"); read as two figures, "7 pounds" and "9 ounces"
each met the other outlets' halves but never the metric figure ("3.43 kg")
the same weight is elsewhere, so a changed weight went unseen. Joined, the
pair is one figure in the minor unit (7 lb 9 oz is 121 oz): stated to the
ounce, as precise as the writer was.

Only a major unit right before its own minor one, with nothing but a space,
a comma or "and" between, and a minor figure below one major unit ("9 oz",
never "20 oz"), is joined: "7 pounds and 20 ounces" or "3 feet, 2 metres"
are two figures. Per article, after extraction (pipeline.analyse), before
bracketed conversions are marked (measureconv), so "3.43 kg (7 lb 9 oz)" is
one converted figure.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from itertools import pairwise

from sourcediff.model import Article, Kind, Mention, Span
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

# Major unit -> (its minor unit, minor units in one major); units as numberunits.unit_name writes them.
# Hours and minutes too: a hedged "about two hours and ten minutes" (a journey, no timed result, so
# extract/elapsed leaves it) is one span of 130 minutes, not "two hours" and a "ten minutes" that met
# another outlet's unrelated ten minutes.
MINOR_UNITS: dict[str, tuple[str, int]] = {
    "pound": ("ounce", 16), "stone": ("pound", 14), "foot": ("inch", 12), "hour": ("minute", 60)}
# Between the two parts: nothing, a space, a comma or "and" ("7lb 9oz", "7 pounds, 9 ounces").
BETWEEN = regex(r"\s*(?:,\s*|\s+and\s+)?")


def join_compounds(article: Article, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """``mentions`` with each major-and-minor measure replaced by one figure in the minor unit."""
    figures = sorted((m for m in mentions if _plain_measure(m)), key=lambda m: m.span.start)
    joined: dict[int, Mention] = {}
    dropped: set[int] = set()
    for major, minor in pairwise(figures):
        if id(major) in dropped or id(major) in joined:
            continue
        one = _joined(article.text, major, minor)
        if one is not None:
            joined[id(major)] = one
            dropped.add(id(minor))
    if not joined:
        return mentions
    return tuple(joined.get(id(m), m) for m in mentions if id(m) not in dropped)


def _plain_measure(m: Mention) -> bool:
    """A measured figure with no range (a hedge is kept: "about 7lb 9oz")."""
    v = m.value
    return m.kind is Kind.NUMBER and type(v) is Quantity and v.unit is not None and v.high is None


def _joined(text: str, major: Mention, minor: Mention) -> Mention | None:
    """The one figure ``major`` and ``minor`` write together, or None when they are two figures."""
    big, small = major.value, minor.value
    assert isinstance(big, Quantity) and isinstance(small, Quantity)
    parts = MINOR_UNITS.get(big.unit or "")
    if (parts is None or small.unit != parts[0] or small.qualifier or major.passage != minor.passage
            or major.span.end > minor.span.start or not Decimal(0) <= small.amount < parts[1]
            or big.amount != big.amount.to_integral_value()):
        return None
    if BETWEEN.fullmatch(text, major.span.end, minor.span.start) is None:
        return None
    value = Quantity(big.amount * parts[1] + small.amount, small.unit, big.qualifier)
    span = Span(major.span.start, minor.span.end)
    return replace(major, span=span, raw=text[span.start:span.end], value=value, slot=minor.slot,
                   cues=major.cues or minor.cues)
