"""A window back from the day of writing is no date of an event (invented text).

"Bus fares have risen 6.1% in the past year" measures a change over a
window ending on the day of writing. It holds any recent day, and beside
another outlet's "the four weeks to January 31" in one claim the two were
reported as one agreed date, though the day is the one outlet's detail.
Calendar spans ("last year", "in January") still link with a day in them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract.datebase import span_value
from sourcediff.factlinks import _trailing_window_beside_day
from sourcediff.model import Kind, Mention, Span


def _date(source: str, raw: str, start: dt.date, end: dt.date) -> Mention:
    return Mention(Kind.DATE, source, 0, Span(0, len(raw)), raw, span_value(start, end), slot="date")


_DAY = _date("wire", "January 31", dt.date(2027, 1, 31), dt.date(2027, 1, 31))


def test_past_year_does_not_link_with_a_day_in_it() -> None:
    window = _date("local", "past year", dt.date(2026, 2, 12), dt.date(2027, 2, 12))
    assert _trailing_window_beside_day(window, _DAY)


@pytest.mark.parametrize(("raw", "start", "end"), [
    ("last year", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    ("January", dt.date(2027, 1, 1), dt.date(2027, 1, 31)),
    ("Jan. 31", dt.date(2027, 1, 31), dt.date(2027, 1, 31)),
])
def test_calendar_spans_and_days_still_may_link(raw: str, start: dt.date, end: dt.date) -> None:
    assert not _trailing_window_beside_day(_date("local", raw, start, end), _DAY)
