"""Dates that used to crash a whole comparison: impossible days and the calendar's edges.

An article can say "Feb. 30" (a typo), "February 29" in a year without one,
or be dated at the far ends of the calendar; each is at worst "no date",
never an exception that stops the run.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract.dates import find
from sourcediff.model import Article
from sourcediff.pipeline import compare

PUBLISHED = dt.date(2026, 3, 5)  # 2025, 2026 and 2027 have no February 29


@pytest.mark.parametrize("text", [
    "The council met on February 29 to vote.",
    "The council met on Feb. 30 to vote.",
    "Hearings ran Feb. 27-31 in the capital.",
    "Hearings ran 28-30 February in the capital.",
])
def test_impossible_days_are_no_dates(text: str) -> None:
    days = [f.value for f in find(text, PUBLISHED) if f.value.precision == "day"]
    assert days == []  # at most the month "February" is kept


def test_february_29_resolves_to_the_leap_year_in_reach() -> None:
    (found,) = find("The council met on February 29 to vote.", dt.date(2025, 3, 5))
    assert found.value.start == dt.date(2024, 2, 29)


@pytest.mark.parametrize("published", [dt.date(9999, 12, 31), dt.date(1, 1, 1), dt.date(9999, 1, 2)])
def test_relative_words_at_the_calendar_edges_do_not_crash(published: dt.date) -> None:
    text = ("Next week the board meets; next month, next year and next quarter too. Last year, last "
            "summer, next summer, last July and next July were busy; in July, Q3 and the summer, on "
            "Feb. 26, tomorrow, yesterday, overnight, early next year, later this week and next Friday.")
    for found in find(text, published):
        assert found.value.start is None or dt.date(1, 1, 1) <= found.value.start <= dt.date(9999, 12, 31)


def test_a_comparison_of_articles_dated_at_the_edges_completes() -> None:
    a = Article(id="a", text="Next week the mayor will sign the $5 million budget.",
                published=dt.date(9999, 12, 31))
    b = Article(id="b", text="On Feb. 26 the mayor signed the $5 million budget.", published=dt.date(1, 1, 1))
    report = compare([a, b])
    assert {s.article.id for s in report.sources} == {"a", "b"}


@pytest.mark.parametrize("published", [dt.date(9999, 12, 31), dt.date(1, 1, 1)])
def test_clock_times_and_day_words_at_the_calendar_edges_do_not_crash(published: dt.date) -> None:
    """Found by the fuzz suite: "Friday evening" on 0001-01-01, "11 p.m. PT" on 9999-12-31."""
    text = ("At 11:59 p.m. ET on Friday, 12:01 a.m. Saturday, last night at 11 p.m. PT, Friday evening, "
            "tonight at 10 p.m. GMT, yesterday morning and overnight, the talks went on.")
    a = Article(id="a", text=text, published=published)
    b = Article(id="b", text=text, published=dt.date(2026, 2, 26))
    report = compare([a, b])
    assert report.to_json()
