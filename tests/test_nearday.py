"""nearday: the bisection over the days' edges picks the day the plain scan picked.

The plain rule (times' old `_nearest_day`): every day's distance is that of its nearer edge to the
clock, and the first day found at the least distance wins. Pinned on days drawn at random
(overlapping, nested, out of order, sharing edges, clocks inside a day and past both ends) and
on a passage of invented text.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcediff.extract import dates, times
from sourcediff.extract.dates import Found
from sourcediff.extract.nearday import NearestDay
from sourcediff.values import ClockTime, DateValue

FALLBACK = dt.date(2026, 3, 4)


def _plain(anchors: tuple[Found, ...], at: int, fallback: dt.date | None) -> dt.date | None:
    if not anchors:
        return fallback
    return min(anchors, key=lambda f: min(abs(f.start - at), abs(f.end - at))).value.start


def _day(n: int, start: int, length: int) -> Found:
    day = dt.date(2026, 1, 1) + dt.timedelta(days=n)
    return Found(start, start + length, DateValue(day, day))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=25),
       st.lists(st.integers(-10, 80), min_size=1, max_size=20))
def test_nearest_day_is_the_plain_scans(spans: list[tuple[int, int]], clocks: list[int]) -> None:
    anchors = tuple(_day(n, start, length) for n, (start, length) in enumerate(spans))
    days = NearestDay(anchors)
    for at in clocks:
        assert days.day(at, FALLBACK) == _plain(anchors, at, FALLBACK)
    assert NearestDay(()).day(5, None) is None


def test_a_passage_naming_several_days_places_each_clock_by_the_nearest() -> None:
    # New York moves its clocks on Sunday, March 8, 2026: 9 a.m. ET is 14:00 UTC before, 13:00 after.
    text = ("Talks opened on Friday, March 6, at 9 a.m. ET and broke off at noon; they resumed on "
            "Monday, March 9, at 9 a.m. ET, and a vote is due on Tuesday, March 10.")
    anchors = dates.day_anchors(text, FALLBACK)
    assert len(anchors) >= 3
    days = NearestDay(anchors)
    for at in range(len(text) + 1):
        assert days.day(at, FALLBACK) == _plain(anchors, at, FALLBACK)
    clocks = [f.value for f in times.find(text, FALLBACK) if isinstance(f.value, ClockTime) and f.value.zone]
    assert [c.utc for c in clocks] == [14 * 60, 13 * 60]
