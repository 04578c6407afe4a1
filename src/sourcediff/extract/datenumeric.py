"""Numeric dates ("11/28/2026", "28.11.26") and the day or month order an article writes them in.

Split out of dates.py because a numeric date, unlike every other pattern,
depends on the whole article (its other numeric and written dates, a US time
zone): dates.find runs this resolver apart from the others, with the order
``numeric_order`` reads once per article.
"""

from __future__ import annotations

import datetime as dt
import re

from sourcediff.extract import patterns as P
from sourcediff.extract.cues import has_digit
from sourcediff.extract.datebase import _valid_day, span_value, unresolved
from sourcediff.values import DateValue

# How an article writes numeric dates: month first, day first, or undecided ("").
MONTH_FIRST, DAY_FIRST = "mdy", "dmy"


def _numeric_parts(m: re.Match[str]) -> tuple[int, int, str]:
    """The first two parts and the year digits of a numeric date match."""
    return int(m["a"]), int(m["b"] or m["bd"]), m["y2"] or m["y4"]


def _numeric_is_code(m: re.Match[str]) -> bool:
    """ "lot 11/28/26", "version 1.12.2026": a code or a version, not a date."""
    return P.DATE_NUMERIC_CODE_BEFORE.search(m.string, max(0, m.start() - 20), m.start()) is not None


def numeric_order(text: str) -> str:
    """How ``text`` (a whole article) writes numeric dates, by the module rules; "" when nothing decides."""
    if not has_digit(text) or ("/" not in text and "." not in text):
        return ""
    matches = [m for m in P.DATE_NUMERIC.finditer(text) if not _numeric_is_code(m)]
    if not matches:  # nothing to decide: spare the article the scans below
        return ""
    votes = set()
    for m in matches:
        a, b, _ = _numeric_parts(m)
        if (a > 12) != (b > 12) and max(a, b) <= 31:
            votes.add(DAY_FIRST if a > 12 else MONTH_FIRST)
    if len(votes) == 1:
        return votes.pop()
    if votes:
        return ""
    written = ({MONTH_FIRST for _ in P.DATE_MDY.finditer(text)}
               | {DAY_FIRST for _ in P.DATE_DMY.finditer(text)})
    if len(written) == 1:
        return written.pop()
    return MONTH_FIRST if P.US_ZONE.search(text) else ""


# An unresolved numeric date's words, as fold() keeps them ("4/6/2027", "04.06.2027").
_UNDECIDED = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2([12]\d{3})")


def undecided_readings(words: str) -> frozenset[dt.date] | None:
    """The days an unresolved numeric date may be ("4/6/2027": 4 June or 6 April); None for other words.

    An article that never shows its order leaves "4/6/2027" unresolved; it
    still names one of two days, so another outlet's "May 1, 2027" is not it,
    while "6 April 2027" may be.
    """
    m = _UNDECIDED.fullmatch(words.strip())
    if m is None:
        return None
    a, b, year = int(m[1]), int(m[3]), int(m[4])
    return frozenset(dt.date(year, month, day) for day, month in ((a, b), (b, a))
                     if 1 <= month <= 12 and _valid_day(year, month, day))


def _two_digit_year(yy: int, published: dt.date | None) -> int:
    """The year nearest the published date ending in ``yy`` (2000-2099 without a published date)."""
    if published is None:
        return 2000 + yy
    century = published.year - published.year % 100
    return min((century - 100 + yy, century + yy, century + 100 + yy), key=lambda y: abs(y - published.year))


def _numeric(m: re.Match[str], published: dt.date | None, order: str | None) -> DateValue | None:
    """A numeric date read in the article's order (None: the order of the text matched in)."""
    if _numeric_is_code(m):
        return None
    if order is None:
        order = numeric_order(m.string)
    a, b, year_text = _numeric_parts(m)
    year = int(year_text) if len(year_text) == 4 else _two_digit_year(int(year_text), published)
    readings = {(a, b)} if order == DAY_FIRST else {(b, a)} if order == MONTH_FIRST else {(a, b), (b, a)}
    days = {dt.date(year, month, day) for day, month in readings
            if 1 <= month <= 12 and 1 <= day <= 31 and _valid_day(year, month, day)}
    if not days:
        return None
    if len(days) > 1:
        return unresolved(m.group(), "day")
    return span_value(days.pop())
