"""A day counted back from the published one: "three days ago", "a week ago today" (invented text).

No date pattern read such a span: "the hall was closed a week ago today",
written on a Saturday, kept only its "today" (the day of writing), and
another source's date of the closing, a week earlier, was reported as a
divergence. A count of days, or of weeks tied to a day word, names that day;
a bare count of weeks ("two weeks ago") is looser and is a range of a few
days either side; a bound ("more than a week ago") names no day.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _dates(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: m.value.canonical() for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize(("text", "raw", "day"), [
    ("The Orlen hall was closed a week ago today after the roof cracked.", "a week ago today", "2026-05-09"),
    ("The ferry to Brellin sank three days ago in a storm.", "three days ago", "2026-05-13"),
    ("The Vask bridge was shut a fortnight ago yesterday.", "a fortnight ago yesterday", "2026-05-01"),
    ("Pickets were set up 10 days ago outside the Dunmere depot.", "10 days ago", "2026-05-06"),
    ("The Lorvik mine flooded two weeks ago tomorrow.", "two weeks ago tomorrow", "2026-05-03"),
])
def test_a_day_counted_back_is_that_day(text: str, raw: str, day: str) -> None:
    assert _dates(text, "2026-05-16")[raw] == day


def test_a_bare_count_of_weeks_is_a_range_around_its_day() -> None:
    assert _dates("The Orlen hall reopened two weeks ago.", "2026-05-16")["two weeks ago"] == \
        "2026-04-29..2026-05-05"


@pytest.mark.parametrize("text", [
    "The Orlen hall was closed more than a week ago.",
    "The Orlen hall was closed over two weeks ago.",
    "The Orlen hall was closed at least ten days ago.",
])
def test_a_bound_names_no_day(text: str) -> None:
    assert not any("ago" in raw for raw in _dates(text, "2026-05-16"))


def test_months_and_years_ago_stay_unread() -> None:
    dates = _dates("Prices rose 4% from a year ago; the mill shut three months ago.", "2026-05-16")
    assert not any("ago" in raw for raw in dates)


def test_two_sources_agree_on_the_day_a_week_ago_today_names() -> None:
    from sourcediff import compare

    a = Article.from_text("The 240 residents of Haldern were moved out on Saturday as the river rose.",
                          id="a", published="2026-05-11")
    b = Article.from_text("Haldern's 240 residents were moved out a week ago today as the river rose.",
                          id="b", published="2026-05-16")
    report = compare([a, b])
    dates = [f for f in report.facts if f.kind is Kind.DATE]
    assert dates and all(f.status.value != "diverge" for f in dates)
    assert any({m.source for m in f.mentions} == {"a", "b"} and f.status.value == "agree" for f in dates)
