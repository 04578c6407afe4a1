"""A measure the writer converts in brackets right after it: "a 3 km (1.9 miles) zone" (values.Converted).

Outlets round conversions differently: one writes "3 km (1.9 miles)",
another "a two-mile zone" for the same 3 km. As two figures in one unit,
"1.9 miles" and "two miles" did not agree (a one-digit figure is not taken
as rounded), and since every figure of a fact must fit every other, the
wire's own conversion kept the tabloid's "two-mile" out of the fact its
"3 km" belongs to. The bracketed figure is the writer's conversion, not a
second measurement: marked, it is judged as one (compat), with the rounding
a conversion allows.

A bracket (or a slash) right after the measure, in the same dimension
and another unit, marks one: "5 km (two hours)" is no conversion, and
durations are stated in their own units, not converted. A writer also
converts after a comma with a hedge or "or" ("about 1,500 sq km, roughly
580 square miles", "12 miles, or 19 km") or after a bare "or"; since "3 km
or five miles" may be a choice between two figures, such a loose join marks
a conversion only when the two figures are the same once in one unit
(compat.compatible, with a conversion's rounding).
Per article, after extraction (pipeline.analyse): the judge's unit table
(compat) is not the extractors' to import.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from sourcediff.compat import compatible, unit_info
from sourcediff.model import Article, Kind, Mention
from sourcediff.regexcache import regex
from sourcediff.values import APPROX, Converted, Quantity

# Between a measure and the writer's conversion of it: the "(" of "3 km (1.9 miles)", "12 miles (about
# 19 km)", "40 kg [roughly 88 lb]"; a hedge may sit inside the bracket or open the converted mention. A
# specialist's data style puts a slash between the two: "(8,848 m / 29,029 ft)", "40 kg/88 lb"; a
# tabloid's a spaced dash: "2.1m ha – roughly 5.2m acres –", "96g – about 3.4oz –".
BETWEEN = regex(r"(?:\s*[(\[/]|[^\S\n]+[\u2013\u2014])\s*(?:(?:about|around|roughly|some|approx\.?"
                r"|approximately|nearly|almost|just\s+(?:over|under)|or)\s+)?", re.IGNORECASE)
# A looser join: a comma with "or" or a hedge after it ("1,500 sq km, roughly 580 square miles", "12
# miles, or about 19 km"), or a bare "or" ("12 miles or 19 km"). A comma alone may list two measures.
LOOSE = regex(r"(?:\s*,\s*(?:or\s+)?(?:(?:about|around|roughly|some|approx\.?|approximately|nearly|almost"
              r"|just\s+(?:over|under))\s+)?|\s+or\s+(?:(?:about|around|roughly|some|approx\.?|approximately"
              r"|nearly|almost|just\s+(?:over|under))\s+)?)", re.IGNORECASE)
# Dimensions whose figures are stated in their own units rather than converted: "72 hours (three days)"
# restates a period (compat._converted leaves durations out for the same reason).
UNCONVERTED = frozenset({"duration"})


def mark_conversions(article: Article, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """``mentions`` with each bracketed conversion of the measure right before it marked Converted."""
    figures = sorted((m for m in mentions if m.kind is Kind.NUMBER and isinstance(m.value, Quantity)),
                     key=lambda m: m.span.start)
    marked: dict[int, Mention] = {}
    for before, after in pairwise(figures):
        converted = _converted(article.text, before, after)
        if converted is not None:
            marked[id(after)] = converted
    if not marked:
        return mentions
    return tuple(marked.get(id(m), m) for m in mentions)


def _converted(text: str, before: Mention, after: Mention) -> Mention | None:
    """``after`` marked Converted when it converts ``before`` in brackets; else None."""
    v, b = after.value, before.value
    if (type(v) is not Quantity or not isinstance(b, Quantity) or v.unit == b.unit
            or after.passage != before.passage or before.span.end > after.span.start):
        return None
    mine, theirs = unit_info(v.unit), unit_info(b.unit)
    if mine is None or theirs is None or mine[0] != theirs[0] or mine[0] in UNCONVERTED:
        return None
    if BETWEEN.fullmatch(text, before.span.end, after.span.start) is None and not _loose(text, before, after):
        return None
    return replace(after, value=Converted(v.amount, v.unit, v.qualifier, v.high))


def _loose(text: str, before: Mention, after: Mention) -> bool:
    """True when ``after`` follows ``before`` after a comma-and-hedge or an "or" and states the same figure.

    A bare comma is a list ("5 km, 10 km"), so the comma needs "or" or a hedge after it; and since
    "3 km or five miles" may offer two figures, the two must agree once converted.
    """
    gap = text[before.span.end:after.span.start]
    if LOOSE.fullmatch(gap) is None:
        return False
    if gap.strip() == "," and (not isinstance(after.value, Quantity) or after.value.qualifier != APPROX):
        return False  # "5 km, 3 miles": a comma alone lists, a hedge after it converts
    return compatible(before, after)
