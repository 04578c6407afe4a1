"""One quantity parsed back from text: "less than 48 hours", "12.5%", or canonical "below 48 hour".

Split out of numbers.py because it reads a whole string as exactly one
quantity (fact boxes, canonical values, tests), the reverse of the
extractor's scan over an article.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import Amount, percent_quantity, percent_unit, scan_amounts
from sourcediff.extract.datasize import in_bytes
from sourcediff.extract.numberbase import Found
from sourcediff.extract.numberunits import _measure, _with_unit
from sourcediff.extract.volumes import in_liters
from sourcediff.model import Kind
from sourcediff.values import APPROX, Quantity


def _canonical_unit(text: str) -> str | None:
    """A unit as canonical text writes it ("hour", "percentage point"); None for a counted noun."""
    pct = P.NUM_PERCENT_AFTER.fullmatch(" " + text)
    if pct:
        return percent_unit(pct["unit"])
    unit = P.NUM_UNIT_AFTER.fullmatch(" " + text)
    return _measure(unit) if unit else None


def parse_quantity(text: str) -> Quantity:
    """Parse one quantity: "less than 48 hours", "12.5%", "two issues", or canonical text ("below 48 hour").

    Raises ValueError naming the text when it is not exactly one quantity.
    """
    s = text.strip()
    m = P.QUANTITY_CANONICAL.fullmatch(s)
    if m:
        unit = "%" if m["pct"] else _canonical_unit(m["unit"]) if m["unit"] else None
        low, high = Decimal(m["amount"]), Decimal(m["high"]) if m["high"] else None
        if unit == "percentage point":
            return percent_quantity(low, unit, m["q"], high)
        if unit is not None:
            low, unit, high = in_bytes(low, unit, high)
            low, unit, high = in_liters(low, unit, high)
        return Quantity(low, unit, m["q"], high)
    amounts = [a for a in scan_amounts(s) if a.currency is None]
    if not amounts or amounts[0].start != 0:
        raise ValueError(f"not a quantity: {text!r}")
    a = amounts[0]
    found = _parse_found(s, a)
    rest = s[found.end:].strip()
    if rest and not re.fullmatch(r"[^\W\d_][^\W\d_' -]*", rest):
        raise ValueError(f"not a single quantity: {text!r}")
    return found.value


def _parse_found(s: str, a: Amount) -> Found:
    if a.vague:
        return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, APPROX, a.high), "number:count")
    pct = P.NUM_PERCENT_AFTER.match(s, a.num_end)
    if pct:
        return Found(Kind.PERCENT, a.start, pct.end(), percent_quantity(a.low, percent_unit(pct["unit"]),
                                                                        a.qualifier, a.high), "percent")
    unit = P.NUM_UNIT_AFTER.match(s, a.num_end)
    if unit:
        return _with_unit(s, a, unit)
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, a.high), "number:count")
