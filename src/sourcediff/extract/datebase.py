"""What every date resolver shares: day, month and season tables, calendar arithmetic, values.

Split out of dates.py so that the resolvers of each kind of date (datecalendar,
daterelative, datenumeric) and the scan that runs them (dates) read one set
of tables and build values one way, without importing each other.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator

from sourcediff.regexcache import regex
from sourcediff.text import fold
from sourcediff.values import DateValue

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {name.casefold(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({"sept": 9})
for _i, _abbr in enumerate(calendar.month_abbr):
    if _abbr:
        _MONTHS[_abbr.casefold()] = _i

# A month and a day written without a year, as an unresolved date keeps them (folded):
# "march 15", "march 2nd", "sept. 4", "15 march", "4th of september".
_MONTH_DAY = regex(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?")


def month_day(words: str) -> tuple[int, int] | None:
    """The (month, day) an unresolved date's words name, if they are exactly a month and a day.

    With no year the date cannot be placed, yet "March 15" and "March 31"
    are still two days whatever the year: compat compares them this way.
    """
    match = _MONTH_DAY.fullmatch(words.strip())
    if match is None:
        return None
    name, day = (match[1], match[2]) if match[1] else (match[4], match[3])
    month = _MONTHS.get(name)
    if month is None or not 1 <= int(day) <= calendar.monthrange(2024, month)[1]:
        return None
    return month, int(day)


# Meteorological seasons (northern hemisphere): first month and length in months.
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# How far into the future a month or day without a year may point.
FUTURE_WINDOW = dt.timedelta(days=31)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _season_range(season: str, year: int) -> tuple[dt.date, dt.date]:
    first = SEASONS[season]
    end_year, end_month = (year + 1, 2) if first == 12 else (year, first + 2)
    return dt.date(year, first, 1), _month_end(end_year, end_month)


def precision_of(start: dt.date, end: dt.date) -> str:
    """The precision a range implies, so that a canonical range parses back to an equal value.

    A run of whole months that is neither a season nor a year (a quarter, "mid-2027") is "month".
    """
    if start == end:
        return "day"
    if start.day == 1 and end == _month_end(start.year, start.month):
        return "month"
    if _is_season(start, end):
        return "season"
    if start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31):
        return "year"
    if start.day == 1 and end == _month_end(end.year, end.month):
        return "month"
    return "day" if (end - start).days <= 2 else "week"


def _is_season(start: dt.date, end: dt.date) -> bool:
    return start.day == 1 and any(_season_range(s, start.year) == (start, end) for s in SEASONS)


def span_value(start: dt.date, end: dt.date | None = None) -> DateValue:
    """A resolved date or range with its precision derived from the range."""
    end = end or start
    return DateValue(start=start, end=end, precision=precision_of(start, end))


def unresolved(words: str, precision: str) -> DateValue:
    return DateValue(start=None, end=None, precision=precision, relative=fold(words))


def shift(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days``; None past the calendar's edges (years 1 and 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _latest_before(candidates: Iterator[tuple[dt.date, dt.date]],
                   limit: dt.date) -> tuple[dt.date, dt.date] | None:
    """The latest candidate range starting on or before ``limit`` (candidates in ascending order).

    None when there is none: "February 29" has no candidate in a run of
    non-leap years, and a caller must treat that as no date, not a crash.
    """
    best: tuple[dt.date, dt.date] | None = None
    for cand in candidates:
        if cand[0] <= limit:
            best = cand
    return best


def _span_or_none(found: tuple[dt.date, dt.date] | None) -> DateValue | None:
    return span_value(*found) if found is not None else None


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _month_num(word: str) -> int:
    return _MONTHS[word.rstrip(".").casefold()]


_DAY_WORDS = {w: i for i, w in enumerate(
    ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
     " fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split(), start=1)}


def _day_num(text: str) -> int:
    """The day of "21st", "21" or a spelled ordinal ("twenty-first", "thirtieth": DATE_DMY_WORDS)."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits:
        return int(digits)
    words = text.casefold().replace("-", " ").split()
    if words[-1] == "thirtieth":
        return 30
    tens = {"twenty": 20, "thirty": 30}.get(words[0], 0) if len(words) == 2 else 0
    return tens + _DAY_WORDS[words[-1]]


# Thirds of a year by the words that name them, as (first month, last month).
_YEAR_THIRDS = {"early": (1, 4), "start": (1, 4), "beginning": (1, 4), "mid": (5, 8), "middle": (5, 8),
                "late": (9, 12), "end": (9, 12)}
