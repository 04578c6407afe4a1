"""Publication dates from the many ways sources write them.

Only a complete date (year, month and day all written) becomes ``published``:
a guessed day would silently shift every "Thursday" and "today" the article
says, which is worse than not knowing.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser

# An ISO date at the start of a value ("2026-02-26T18:38:00", "2026-02-26").
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# A day range inside one month ("February 26-27, 2026", "26–27 Feb 2026"): group 1 is the first day.
_DAY_RANGE = re.compile(r"(?<![\d\-/.])\b(\d{1,2})\s*[-–—]\s*(\d{1,2})\b(?!\s*[-–—:/]\s*\d)")
# A range between two full dates ("Feb 26 - Mar 1, 2026", "2026-02-26 to 2026-02-27").
_DATE_RANGE_SPLIT = re.compile(r"\s+(?:[-–—]|to|until|through)\s+", re.IGNORECASE)
# Parenthesised remarks after a date ("(Reported)", "(updated)").
_PAREN = re.compile(r"\([^)]*\)")

# Two defaults that differ in every field: a field the text does not give shows
# up as a difference between the two parses.
_DEFAULT_A = dt.datetime(2000, 1, 1)
_DEFAULT_B = dt.datetime(2001, 2, 2)


def parse_date(value: str) -> dt.date | None:
    """A date written in full (any common format), else None; never guesses a field."""
    value = _PAREN.sub(" ", value).strip()
    if not value:
        return None
    iso = _ISO_DATE.match(value)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    if _DAY_RANGE.search(value):
        return None  # a range is not one date; see parse_date_or_range
    return _parse_complete(value)


def _parse_complete(value: str) -> dt.date | None:
    try:
        first = date_parser.parse(value, default=_DEFAULT_A)
        second = date_parser.parse(value, default=_DEFAULT_B)
    except (ValueError, OverflowError):
        return None
    return first.date() if first.date() == second.date() else None


def parse_date_or_range(value: str) -> dt.date | None:
    """A date, or for a range ("February 26-27, 2026") its last day.

    An article reporting events over a range cannot have been written before
    the range ends, so the last day is the earliest possible date of writing:
    the day its "today" and "on Thursday" most plausibly count from.
    """
    value = _PAREN.sub(" ", value).strip()
    parts = _DATE_RANGE_SPLIT.split(value)
    if len(parts) == 2:
        return parse_date(parts[1])
    if _ISO_DATE.match(value):
        return parse_date(value)
    return parse_date(_DAY_RANGE.sub(r"\2", value, count=1))
