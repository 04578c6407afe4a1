"""Periods of whole months as economic and public-service reports write them.

A report gives a quarter in three forms: "Q2 2027" (`datecalendar._year_part`),
"from April to June 2027" and "the three months to June 2027". Read as two
month mentions, the range made two facts out of one and compared its ends
with other sources' whole quarter; read here it is one span, April 1 to
June 30, the very value the other forms resolve to, so the forms of one
period agree and two different periods diverge.

A run without its year stays two months for now (see `month_range`); a
period named by its end ("the three months to September", "the year to
March") is one being reported, so it is over: the latest that has ENDED by
publication (`months_to`). Candidate years stay inside the calendar
(1..9999), so an article dated at its edges gets the occurrences that exist
rather than an OverflowError.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from sourcediff.extract import patterns as P
from sourcediff.extract.datebase import (
    FUTURE_WINDOW,
    _month_end,
    _month_num,
    _span_or_none,
    shift,
    span_value,
    unresolved,
)
from sourcediff.extract.datetense import _tense
from sourcediff.text import fold
from sourcediff.values import DateValue

__all__ = ["month_parts", "month_range", "months_to"]

_COUNTS = {w: n for n, w in enumerate(
    "two three four five six seven eight nine ten eleven twelve".split(), start=2)}
_REL_YEAR = {"last": -1, "this": 0, "next": 1}
# The months of a period a noun names by its end: "the year to March", "the quarter to September".
_NOUN_MONTHS = {"half": 6, "quarter": 3, "year": 12}


def _period(end_year: int, first: int, last: int) -> tuple[dt.date, dt.date] | None:
    """Months ``first``..``last`` ending in ``end_year`` (begun the year before if ``first`` > ``last``)."""
    start_year = end_year - 1 if first > last else end_year
    if start_year < dt.MINYEAR or end_year > dt.MAXYEAR:
        return None
    return dt.date(start_year, first, 1), _month_end(end_year, last)


def _occurrences(published: dt.date, first: int, last: int) -> list[tuple[dt.date, dt.date]]:
    """The occurrences ending up to two years either side of publication, ascending, in the calendar."""
    spans = (_period(y, first, last) for y in range(published.year - 2, published.year + 3))
    return [s for s in spans if s is not None]


def month_range(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """ "from April to June", "between October and December 2026", "April-June": months first..last.

    "and" makes a range only after "between" ("in April and June" is two
    months). A year after the last month ends the period in it ("December to
    February 2027" began in December 2026); one after the first month too
    must be the year the period starts ("from October 2026 to March 2027").
    """
    if fold(m["sep"]).strip() == "and" and fold(m["lead"] or "") != "between":
        return None
    first, last = _month_num(m["month"]), _month_num(m["month2"])
    if first == last:
        return None
    if m["year"]:
        found = _period(int(m["year"]), first, last)
        if found is None or (m["year1"] and found[0].year != int(m["year1"])):
            return None
        return span_value(*found)
    if m["year1"] or not m["rel"]:
        # "from October 2026 to March": the end's year is not written. A run without its year ("between May
        # and September") stays two months: the article's year of each yearless month is read from its
        # other months (`dates._tense_years`), which reads single months only (facts72.md).
        return None
    if published is None:
        return unresolved(m.group(), "month")
    return _span_or_none(_period(published.year + _REL_YEAR[fold(m["rel"])], first, last))


def months_to(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """ "the three months to September (2027)", "the year to March": the months ending with that month.

    Without a year the period is one being reported, so it is over: the
    latest occurrence that has ENDED by publication ("the 12 months to the
    end of June" in a story of 13 July 2027 is July 2026 - June 2027, not
    the year that began this month). Only a clause that looks ahead ("is
    expected to ... in the three months to June", `datetense._tense`) lets
    the period end up to a month after publication (`FUTURE_WINDOW`), as a
    yearless date looking ahead keeps that slack (`datecalendar._yearless`).
    """
    count = _period_months(m)
    last = _month_num(m["month"])
    first = (last - count) % 12 + 1
    if m["year"]:
        return _span_or_none(_period(int(m["year"]), first, last))
    if published is None:
        return unresolved(m.group(), "month")
    spans = _occurrences(published, first, last)
    ended = [s for s in spans if s[1] <= published]
    window = shift(published, FUTURE_WINDOW.days) or published  # 9999-12-31 has no month after it
    if any(published < s[1] <= window for s in spans) and _tense(m) > 0:
        ended = [s for s in spans if s[1] <= window]  # read only when the window holds a later end
    return _span_or_none(ended[-1] if ended else None)


def _period_months(m: re.Match[str]) -> int:
    """How many months a `DATE_MONTHS_TO` match names: its count, or its noun's ("the financial year": 12)."""
    if m["count"] is None:
        noun = fold(m["noun"])
        return next(n for word, n in _NOUN_MONTHS.items() if word in noun)  # "half-year" before its "year"
    return int(m["count"]) if m["count"].isdigit() else _COUNTS[fold(m["count"])]


@functools.lru_cache(maxsize=4096)
def month_parts(raw: str, v: DateValue) -> tuple[str, ...] | None:
    """The months a period of months was keyed by before it was read whole, as canonicals; else None.

    "April to June" was two month mentions, "the three months to June" its
    June: the aligner's pair model was trained on those keys
    (align.features.value_family_keys, align.similarity.fact_keys), and a
    source's "since September" still meets another's "between September and
    November" through its first month, as `datecalendar.month_year_named`
    keeps "June last year"'s year. Unresolved periods key nothing apart.
    Memoized: the aligner asks it of each mention twice (features and fact keys).
    """
    if v.start is None or v.end is None or (v.start.year, v.start.month) == (v.end.year, v.end.month):
        return None  # unresolved, or one month: most date mentions stop here, before any scan
    last = f"{v.end.replace(day=1).isoformat()}..{v.end.isoformat()}"
    if P.DATE_MONTHS_TO.fullmatch(raw):
        return (last,)
    if P.DATE_MONTH_RANGE.fullmatch(raw):
        return (f"{v.start.isoformat()}..{_month_end(v.start.year, v.start.month).isoformat()}", last)
    return None
