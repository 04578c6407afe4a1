"""A weekday used as an adjective of a plural noun is a kind of day, not a date (invented text).

"The trust funds 14 of the line's evening and Saturday trains" names the
Saturdays of every week; read as a date it became this week's Saturday, a
unique date no outlet stated. After "on" or a verb, or as the second of a
pair, the weekday still dates the event.
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
