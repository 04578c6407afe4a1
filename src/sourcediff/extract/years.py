"""Years and periods written in ways the date patterns leave out.

"A 1988 law" and "the Act of 1964" name a year without a date preposition;
"the 1960s" is a ten-year range; "from 1978 to 2001" names two years, each
read as one; "fiscal 2025" is a company's own year, whose months only the
company knows, so it is kept unresolved with its words rather than guessed
as a calendar year. Each resolver has the
signature of the ones in :mod:`sourcediff.extract.dates`, which runs them.
"""

from __future__ import annotations

import datetime as dt
import re

from sourcediff.extract import patterns as P
from sourcediff.values import DateValue


def _whole_years(first: int, last: int) -> DateValue:
    return DateValue(dt.date(first, 1, 1), dt.date(last, 12, 31), "year")


def year_modifier(m: re.Match[str], published: dt.date | None) -> DateValue:
    """ "a 1988 law", "the Act of 1964": the calendar year."""
    year = int(m["year"])
    return _whole_years(year, year)


def decade(m: re.Match[str], published: dt.date | None) -> DateValue:
    """ "the 1960s": 1960 to 1969."""
    first = int(m["decade"])
    return _whole_years(first, first + 9)


def fiscal_year(m: re.Match[str], published: dt.date | None) -> DateValue:
    """ "fiscal 2025", "FY2025": unresolved, kept as its words (fiscal years start in any month)."""
    return DateValue(None, None, "year", f"fiscal {m['year']}")


def span_end(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """ "from 1978 to 2001": the closing year; None when it comes before the start (no span of years)."""
    first = int(m["lead"].split()[1][:4])
    year = int(m["year"])
    return _whole_years(year, year) if year > first else None


RESOLVERS = (
    (P.DATE_FISCAL_YEAR, fiscal_year),
    (P.DATE_DECADE, decade),
    (P.DATE_YEAR_OF, year_modifier),
    (P.DATE_YEAR_MODIFIER, year_modifier),
    (P.DATE_YEAR_SPAN_START, year_modifier),
    (P.DATE_YEAR_SPAN_END, span_end),
)
