"""The amount a figure key states: a span of time in the coarsest unit that states it as written.

Outlets give one span in different units: "three days" and "72 hours",
"a fortnight" and "14 days", "a day and a half" and "36 hours", "18 months"
and "a year and a half". The extractor reads each with its unit, and the
judge meets them through compat's unit table, but the aligner's keys
(similarity.value_key, features.value_family_key) held the amount as
written, so the pair shared no figure. Both keys now take their amount
from :func:`key_amount`, one normaliser over compat's factors (no second
table of units). The key still names no unit: "3 days" and "3 hours"
share the figure 3 as they did (a unit in the key would change the
families the clustering's conflict and precision rules compare, which
the pair model was trained on).

The coarsest unit, not a base unit: a key in minutes would make every
round span a precise figure ("three days" as 4320) and clusterfigures'
precision rules read keys. The span is stated in the coarsest unit of the
ladder that gives it exactly with no more significant digits than the
writer used ("36 hours" -> 1.5 days, "30 hours" stays 30, since 1.25 days
is more precise than the writer was), so a key is never more precise than
its text. A month is compat's mean month (a twelfth of a year), so
"30 days" is no month: only the judge's approximate tolerance meets those.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sourcediff.compat import unit_info
from sourcediff.values import Money, Quantity

# Coarsest first; a decade, a century and a fortnight are stated in these ("a decade" -> 10 years).
_LADDER = ("year", "month", "week", "day", "hour", "minute", "second")
_EXACT = Decimal("1e-9")  # a second's factor (1/3600 hour) is inexact in Decimal: "90 seconds" -> 1.5000...01


def _digits(n: Decimal) -> int:
    """Significant digits of a restated amount: "1.5" two, "2" one, "1.25" three."""
    return len(n.normalize().as_tuple().digits)


def _written_digits(n: Decimal) -> int:
    """Digits of an amount as read, a whole number's trailing zeros included: "90" two, "120" three."""
    return len(n.as_tuple().digits) if n == n.to_integral_value() else _digits(n)


def span_amount(amount: Decimal, unit: str) -> Decimal | None:
    """A span's amount in the coarsest unit stating it exactly, no more precisely; None if none does.

    None for a unit that is no span of time, or when no ladder unit gives
    the amount as a figure of one or more (a fraction of a second).
    """
    info = unit_info(unit)
    if info is None or info[0] != "duration" or amount <= 0:
        return None
    hours = amount * info[1]
    written = _written_digits(amount)
    for name in _LADDER:
        step = unit_info(name)
        if step is None:
            continue
        q = hours / step[1]
        try:
            near = q.quantize(_EXACT)
        except InvalidOperation:  # a span of millions of years in seconds: too many digits to quantize
            continue
        if near >= 1 and abs(q - near) < _EXACT and _digits(near) <= written:
            return near.normalize()
    return None


def key_amount(v: Money | Quantity, family: str) -> Decimal:
    """The amount a key gives a figure of ``family`` (compat.key_family): a span restated, others as written.

    Only a span's family ("number:duration", "number:duration:ago") is
    restated; an age ("number:age") or a timed race figure keeps its amount.
    """
    if isinstance(v, Quantity) and v.unit is not None and family.split(":")[1:2] == ["duration"]:
        span = span_amount(v.amount, v.unit)
        if span is not None:
            return span
    return v.amount.normalize()


__all__ = ["key_amount", "span_amount"]
