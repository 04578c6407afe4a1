"""Weekdays that name no day of the article's weeks (invented text).

"The trust funds 14 of the line's evening and Saturday trains" names the
Saturdays of every week; read as a date it became this week's Saturday, a
unique date no outlet stated. After "on" or a verb, or as the second of a
pair, the weekday still dates the event. "The last Saturday before the
festival" is placed by the festival, not the week before the article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract import dates

_PUBLISHED = dt.date(2027, 5, 12)


def _days(text: str) -> list[str]:
    return [text[f.start:f.end] for f in dates.find(text, _PUBLISHED)]


@pytest.mark.parametrize(("text", "day"), [
    ("The trust funds 14 of the line's evening and Saturday trains.", "Saturday"),
    ("The ferry firm will cut its Sunday sailings from June.", "Sunday"),
    ("Staff who work the Saturday shifts were not balloted.", "Saturday"),
])
def test_weekday_before_a_plural_noun_is_no_date(text: str, day: str) -> None:
    assert day not in _days(text)


@pytest.mark.parametrize(("text", "day"), [
    ("The ferry firm said on Sunday sailings would be cut.", "Sunday"),
    ("The ferry firm said Tuesday sailings would be cut.", "Tuesday"),
    ("Crews will walk out on Saturday and Sunday mornings.", "Sunday"),
    ("The line's trains will not run on Saturday.", "Saturday"),
])
def test_weekday_that_dates_an_event_stays_a_date(text: str, day: str) -> None:
    assert day in _days(text)


@pytest.mark.parametrize(("text", "day"), [
    ("Traders say the last Saturday before the festival is their busiest day.", "Saturday"),
    ("Markets open on the first Sunday of each month.", "Sunday"),
])
def test_weekday_placed_by_a_period_after_it_is_no_day_of_this_week(text: str, day: str) -> None:
    assert not any(day in found for found in _days(text))


def test_last_weekday_alone_is_still_the_week_before() -> None:
    assert _days("The depot was raided last Saturday.") == ["last Saturday"]
