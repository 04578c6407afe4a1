"""Publication dates from the many ways sources write them.

Only a complete date (year, month and day all written) becomes ``published``:
a guessed day would silently shift every "Thursday" and "today" the article
says, which is worse than not knowing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from sourcediff.regexcache import regex

# An ISO date at the start of a value ("2026-02-26T18:38:00", "2026-02-26").
_ISO_DATE = regex(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# A day range inside one month ("February 26-27, 2026", "26–27 Feb 2026"): group 1 is the first day.
_DAY_RANGE = regex(r"(?<![\d\-/.])\b(\d{1,2})\s*[-–—]\s*(\d{1,2})\b(?!\s*[-–—:/]\s*\d)")
# A range between two full dates ("Feb 26 - Mar 1, 2026", "2026-02-26 to 2026-02-27").
_DATE_RANGE_SPLIT = regex(r"\s+(?:[-–—]|to|until|through)\s+", re.IGNORECASE)
# Parenthesised remarks after a date ("(Reported)", "(updated)").
_PAREN = regex(r"\([^)]*\)")
# An all-numeric date ("05/11/2026", "20.11.2026"): groups 1 and 2 are day and month in some order.
_NUMERIC = regex(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/.])")
# Zones that tell which order an all-numeric date uses: British/European (day first) or US (month first).
_DAY_FIRST_ZONE = regex(r"\b(?:GMT|BST|CET|CEST|WET|WEST|EET|EEST|IST|AEST|AEDT)\b")
_MONTH_FIRST_ZONE = regex(r"\b(?:E[SD]?T|C[SD]T|M[SD]?T|P[SD]?T)\b")
# A metadata field that dates the article: "Published: 20 November 2026", "Updated 20/11/2026 14:05 GMT",
# "Posted on Nov. 20, 2026", "Date - 2026-11-20"; group 1 is the value after the key.
_META_DATE = regex(
    r"^\s*(?:first\s+|last\s+)?(?:published|publication\s+date|date|dated|updated|posted)\b(?:\s+on)?"
    r"\s*[:\-–—]?\s*(.+?)\s*$",
    re.IGNORECASE,
)
# What separates metadata fields on one line: "Published: ... | Category: ...", "Updated ... · 3 min read".
_FIELD_SEP = regex(r"\s*[|·•]\s*")
# Metadata lines are short; a long line starting "Posted" is a sentence.
MAX_METADATA_LINE = 160
# Plain text has no markup to say where metadata ends; it sits under the headline and byline.
HEAD_LINES = 12
# A date line with no key sits right under the headline or byline ("March 4, 2026").
BARE_HEAD_LINES = 4
# A field that is a whole date and nothing else: an optional weekday, a named-month or ISO date, an
# optional clock time and zone ("Wednesday, March 4, 2026 10:15 AM ET"), or a slashed numeric date
# ("12/5/2026", read in the order the article writes its dates). Group 1 is the date.
_BARE_DATE_FIELD = regex(
    r"\A(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/[12]\d{3}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+[12]\d{3}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+[12]\d{3})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?\s*\Z",
    re.IGNORECASE,
)

# The commonest dated byline, "February 27, 2026" or "27 Feb 2026", read without dateutil (whose import
# costs 5 ms); anything else (a weekday, a time, an ordinal, "Sept.", "February 30") goes to dateutil.
_MONTH_NUMBER = {name: i for i, month in enumerate(
    "january february march april may june july august september october november december".split(), 1)
    for name in (month, month[:3])}
_NAMED_MONTH_DATE = regex(
    r"\s*(?:(?P<month>[A-Za-z]{3,9})\s+(?P<day>\d{1,2}),?|(?P<day2>\d{1,2})\s+(?P<month2>[A-Za-z]{3,9}),?)"
    r"\s+(?P<year>[12]\d{3})\s*")


def _named_month_date(m: re.Match[str]) -> dt.date | None:
    """The date of a ``_NAMED_MONTH_DATE`` match as dateutil reads it; None to leave it to dateutil."""
    month = _MONTH_NUMBER.get((m["month"] or m["month2"]).lower())
    if month is None:
        return None
    try:
        return dt.date(int(m["year"]), month, int(m["day"] or m["day2"]))
    except ValueError:
        return None


# Two defaults that differ in every field: a field the text does not give shows
# up as a difference between the two parses.
_DEFAULT_A = dt.datetime(2000, 1, 1)
_DEFAULT_B = dt.datetime(2001, 2, 2)


def parse_date(value: str, dayfirst: bool | None = None) -> dt.date | None:
    """A date written in full (any common format), else None; never guesses a field.

    ``dayfirst`` settles a numeric date that cannot be told apart alone ("05/12/2026") when
    the caller knows how the article writes its dates; None leaves such a date unread.
    """
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
    order = _numeric_order(value)
    if order is None:
        order = dayfirst
    if order is None:
        return None
    return _parse_complete(value, order)


def _numeric_order(value: str) -> bool | None:
    """Whether an all-numeric date is day-first; None when "05/11/2026" cannot be told apart.

    Dotted dates are European; a slashed one is read by its zone (GMT: day first, ET: month
    first) or when one part is over 12. Text dates need no decision (False, dateutil's default).
    """
    m = _NUMERIC.search(value)
    if m is None:
        return False
    first, second = int(m.group(1)), int(m.group(3))
    if m.group(2) == "." or first > 12:
        return True
    if second > 12 or first == second:
        return False
    if _DAY_FIRST_ZONE.search(value):
        return True
    return False if _MONTH_FIRST_ZONE.search(value) else None


def _parse_complete(value: str, dayfirst: bool = False) -> dt.date | None:
    named = _NAMED_MONTH_DATE.fullmatch(value)
    fast = _named_month_date(named) if named else None
    if fast is not None:
        return fast
    # dateutil loads on the first date neither pattern reads: most inputs never pay its ~5 ms.
    from dateutil import parser as date_parser

    try:
        first = date_parser.parse(value, default=_DEFAULT_A, dayfirst=dayfirst, ignoretz=True)
        second = date_parser.parse(value, default=_DEFAULT_B, dayfirst=dayfirst, ignoretz=True)
    except (ValueError, OverflowError):
        return None
    return first.date() if first.date() == second.date() else None


# A first of January written out: "2026-01-01", "01/01/2026", "1 January", "Jan. 1st", "January 01".
# The first day of a month as a page may write it: "2026-11-01", a path's "/2026/11/01/", "01/11/2026" or
# "11/01/2026", "1 November", "1st Nov", "November 1", "Nov. 1st". The groups hold the month (a number or a
# name).
_FIRST_OF_MONTH = regex(
    r"\b\d{4}[-/](?P<iso>\d\d?)[-/]0?1(?!\d)"
    r"|(?<![\d/.])0?1([/.])(?P<after>\d{1,2})\2\d{4}(?![\d/.])"
    r"|(?<![\d/.])(?P<before>\d{1,2})([/.])0?1\4\d{4}(?![\d/.])"
    r"|\b0?1(?:st)?\s+(?P<name>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?P<name2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+0?1(?:st)?\b",
    re.IGNORECASE)


def _writes_first_of(month: int, raw: str) -> bool:
    """Whether the page writes the first day of ``month`` anywhere (in any of the usual forms)."""
    for m in _FIRST_OF_MONTH.finditer(raw):
        name = m["name"] or m["name2"]
        numbers = (m["iso"], m["after"], m["before"])
        if (name and _MONTH_NUMBER[name.lower()] == month) or any(n and int(n) == month for n in numbers):
            return True
    return False


def page_date(value: str, raw: str) -> dt.date | None:
    """A page's date as its metadata reader gives it, unless that is a guessed day.

    htmldate, finding no full date, falls back on a bare year (a "(c) 2026" footer)
    and reports it as 1 January of that year, or on the year and month of a path
    ("/img/2026/11/harbour.jpg", "/2026/11/story-slug") and reports the 1st of that
    month: a guessed day, which would move every "yesterday" and "on Tuesday" of the
    story by days or months. A 1st is kept only when the page writes that date
    somewhere; otherwise the caller may look for a date the page states in words
    (:func:`first_metadata_date` on its "Published 11 November 2026" line).
    """
    date = parse_date(value)
    if date is not None and date.day == 1 and not _writes_first_of(date.month, raw):
        return None
    return date


def metadata_date(line: str, dayfirst: bool | None = None) -> dt.date | None:
    """The first full date after a Published/Date/Updated/Posted key on a metadata line, else None.

    Keys are case-insensitive and fields may share the line, separated by "|" or "·"
    ("Published: 20 November 2026 | Category: Courts"); the first field that yields a date wins.
    """
    return _field_date(line, _META_DATE, lambda value: parse_date_or_range(value, dayfirst))


def _field_date(line: str, field_date: re.Pattern[str],
                parse: Callable[[str], dt.date | None]) -> dt.date | None:
    """The first of a line's "|"/"·" fields that ``field_date`` matches and ``parse`` dates, else None."""
    if len(line) > MAX_METADATA_LINE:
        return None
    for field in _FIELD_SEP.split(line.strip()):
        for value in (field, *_byline_tails(field)):
            m = field_date.match(value)
            date = parse(m.group(1)) if m else None
            if date is not None:
                return date
    return None


def _byline_tails(field: str) -> list[str]:
    """What follows each comma of a byline field ("By Jess Nguyen, 14/01/2026" -> "14/01/2026").

    A byline writes its date after a comma as often as after a bar; the comma
    also sits inside a date ("March 4, 2026"), so every tail is tried, the
    longest first. Only a field that opens with "By": elsewhere a comma
    before a date is a sentence's.
    """
    if not field.lstrip().lower().startswith("by "):
        return []
    return [field[i + 1:].strip() for i, ch in enumerate(field) if ch == ","]


def first_metadata_date(lines: Iterable[str], dayfirst: bool | None = None) -> dt.date | None:
    """The date of the first metadata line among ``lines`` (see :func:`metadata_date`)."""
    for line in lines:
        date = metadata_date(line, dayfirst)
        if date is not None:
            return date
    return None


def parse_date_or_range(value: str, dayfirst: bool | None = None) -> dt.date | None:
    """A date, or for a range ("February 26-27, 2026") its last day.

    An article reporting events over a range cannot have been written before
    the range ends, so the last day is the earliest possible date of writing:
    the day its "today" and "on Thursday" most plausibly count from.
    """
    value = _PAREN.sub(" ", value).strip()
    parts = _DATE_RANGE_SPLIT.split(value)
    if len(parts) == 2:
        return parse_date(parts[1], dayfirst)
    if _ISO_DATE.match(value):
        return parse_date(value)
    return parse_date(_DAY_RANGE.sub(r"\2", value, count=1), dayfirst)


def head_metadata_date(text: str, dayfirst: bool | None = None) -> dt.date | None:
    """The date of a metadata line among the first lines of a plain text (title, byline, date line).

    A line under the headline that holds only a date ("March 4, 2026", "By Ana Ruiz | 4 March
    2026") is the dateline of text pasted from a page; without it every "Monday" went unresolved.
    ``dayfirst`` reads a "05/12/2026" line as the article writes its other dates (see parse_date).
    """
    lines = text.split("\n")
    return (first_metadata_date(lines[:HEAD_LINES], dayfirst)
            or _bare_head_date(lines[:BARE_HEAD_LINES], dayfirst))


def line_date(line: str, dayfirst: bool | None = None) -> dt.date | None:
    """The date one head line gives, keyed ("Published: 4 March 2026") or as a bare field
    ("By Ana Ruiz | Wednesday, March 4, 2026"), else None."""
    return metadata_date(line, dayfirst) or _bare_head_date([line], dayfirst)


def _bare_head_date(lines: Iterable[str], dayfirst: bool | None = None) -> dt.date | None:
    """The date of the first line among ``lines`` with a field that is only a date."""
    for line in lines:
        date = _field_date(line, _BARE_DATE_FIELD, lambda value: parse_date(value, dayfirst))
        if date is not None:
            return date
    return None
