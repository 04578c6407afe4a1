"""A span of time's unit-free key, where its unit converts exactly: "a year and a half" is 18 months.

Outlets agreeing on a span write it in the unit they like: "18 months", "an
18-month wait", "a year and a half"; "a fortnight", "two weeks", "14 days";
"an hour and a half", "90 minutes". Read by its unit, one span made two or
three amounts, and a rule wanting one agreed amount (lonedurationrivals)
found none, while a reader sees one. The key restates a span in the smallest
unit its own converts to exactly: seconds for the clock and the calendar's
days and weeks, months for months and years. Nothing crosses the two (a
month is 28 to 31 days, a year 365 or 366: "six months" is not "26 weeks"
to the day), and a decade or a century is a round word, not a span one
outlet gets wrong by one, so they have no key.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.values import Quantity

# Each unit of time as a whole number of its exact base unit.
EXACT_SPAN_UNITS: dict[str, tuple[str, int]] = {
    "second": ("second", 1), "minute": ("second", 60), "hour": ("second", 3600), "day": ("second", 86400),
    "week": ("second", 7 * 86400), "fortnight": ("second", 14 * 86400),
    "month": ("month", 1), "year": ("month", 12)}


def span_key(v: Quantity) -> tuple[str, Decimal] | None:
    """(exact base unit, amount in it) of a span of time, None for any other unit."""
    found = EXACT_SPAN_UNITS.get(v.unit or "")
    if found is None:
        return None
    base, factor = found
    return base, v.amount * factor
