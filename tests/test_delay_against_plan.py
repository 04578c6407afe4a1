"""A delay told as "N later than planned" is a duration (invented text).

It meets "twelve months behind schedule".

"Due to open in 2029, a year later than first planned" states how long the
project slipped, as another outlet's "twelve months behind the original
schedule" does. Read as an interval after an unnamed event it met nothing.
A gap between two events ("two days later") stays an interval.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import intervals


@pytest.mark.parametrize(("text", "want"), [
    ("The stadium will open in 2029, a year later than first planned.", ("a year", 1, "year")),
    ("The line opened six months later than scheduled.", ("six months", 6, "month")),
    ("It will finish two weeks later than the original deadline.", ("two weeks", 2, "week")),
])
def test_a_delay_against_a_plan_is_a_duration(text: str, want: tuple[str, int, str]) -> None:
    got = [(text[s:e], int(v.amount), v.unit) for s, e, v in intervals.delays(text)]
    assert got == [want]
    assert intervals.find(text) == ()


def test_a_gap_between_events_stays_an_interval() -> None:
    text = "The dam failed two days later, after the storm."
    assert intervals.delays(text) == ()
    assert len(intervals.find(text)) == 1


def _delay_facts(*texts: str) -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-06-10") for n, t in enumerate(texts)]
    return [f.status.value for f in compare(articles).facts
            if any(getattr(m.value, "unit", None) in ("year", "month") for m in f.mentions)]


A_YEAR = "The Orrin stadium will open in 2029, a year later than first planned, the club said."


def test_a_year_late_meets_twelve_months_behind() -> None:
    other = "The Orrin stadium is twelve months behind the original schedule, the club said."
    assert _delay_facts(A_YEAR, other) == ["agree"]


def test_a_different_delay_diverges() -> None:
    other = "The Orrin stadium will open 18 months later than planned, the club said."
    assert _delay_facts(A_YEAR, other) == ["diverge"]


@pytest.mark.parametrize(("text", "want"), [
    ("Crowds crossed the Vell viaduct at noon, 18 months after it was first meant to be finished.",
     ("18 months", 18, "month")),
    ("The Carrow tram lines opened two years after they were due to open.", ("two years", 2, "year")),
    ("The museum reopened more than a year after it was originally scheduled to.",
     ("more than a year", 1, "year")),
])
def test_a_span_after_the_planned_date_is_a_delay(text: str, want: tuple[str, int, str]) -> None:
    got = [(text[s:e], int(v.amount), v.unit) for s, e, v in intervals.delays(text)]
    assert got == [want]
    assert intervals.find(text) == ()


def test_a_span_after_an_event_stays_an_interval() -> None:
    text = "The Carrow tram line closed two days after the vote was due to be held."
    assert intervals.delays(text) == ()
    assert len(intervals.find(text)) == 1


def test_a_delay_after_the_planned_date_diverges_from_a_delay_later_than_planned() -> None:
    other = "The Orrin stadium opened on Saturday, 18 months after it was first meant to open, the club said."
    assert _delay_facts(A_YEAR, other) == ["diverge"]
