"""Weekday ranges and plural weekdays that describe a schedule are not dates; other weekday ranges are."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract import dates

PUB = dt.date(2027, 3, 10)  # a Wednesday


def _raws(text: str) -> list[str]:
    return [text[f.start:f.end] for f in dates.find(text, PUB)]


@pytest.mark.parametrize("text", [
    "The advice line is staffed Tuesday to Saturday, 9am-5pm.",
    "Customers can reach the depot Monday–Friday.",
    "Queries: 0800 555 0123, Monday through Friday, 7 a.m. to 7 p.m. Eastern Time.",
    "The branch opens Mondays through Thursdays.",
    "Counters serve the public Monday to Friday, 08:30-16:00.",
    "The library is open on Saturdays and on weekdays.",
])
def test_schedules_are_not_dates(text: str) -> None:
    assert _raws(text) == []


@pytest.mark.parametrize("text", [
    "The inquiry sits from Monday to Friday.",
    "Rovers won 2-1 and travel Saturday to Monday.",
])
def test_weekday_ranges_without_a_schedule_cue_stay_dates(text: str) -> None:
    assert len(_raws(text)) == 2


def test_a_single_weekday_near_opening_words_stays_a_date() -> None:
    assert _raws("The new depot will open Friday.") == ["Friday"]


def test_schedule_times_get_no_day_from_the_range() -> None:
    text = "Call Monday through Friday, 8 a.m. to 6 p.m."
    assert dates.day_anchors(text, PUB) == ()
