"""A day of a month followed by "next year", "this year" or "last year" is one date in that year.

"on 1 March next year" read as "1 March" and a separate "next year" (all of
2027) gave the passage two dates, and the year range agreed with any other
source's day of that year; the relative year names the day's year instead.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract import dates

NOV = dt.date(2026, 11, 12)  # a Thursday in November
FEB = dt.date(2027, 2, 3)


def _found(text: str, published: dt.date | None = NOV) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.value.canonical()) for f in dates.find(text, published)]


@pytest.mark.parametrize(("text", "published", "raw", "canonical"), [
    ("the rate will go up on 1 March next year, the ministry said", NOV, "1 March next year", "2027-03-01"),
    ("the rate will go up on March 1 next year", NOV, "March 1 next year", "2027-03-01"),
    ("the plant closed on 3 June last year", NOV, "3 June last year", "2025-06-03"),
    ("the ban is backdated to March 14 this year", NOV, "March 14 this year", "2026-03-14"),
    ("works start on September 1 next year", FEB, "September 1 next year", "2028-09-01"),
])
def test_a_day_or_month_takes_the_year_named_after_it(text: str, published: dt.date, raw: str,
                                                      canonical: str) -> None:
    assert (raw, canonical) in _found(text, published)
    assert not any(r.endswith("year") and r != raw for r, _ in _found(text, published))


@pytest.mark.parametrize(("text", "raws"), [
    # the year words belong to another clause or phrase: they stay a date of their own, or none
    ("prices rose in March; next year they will fall", ["March", "next year"]),
    ("on 1 March, next year's budget was published", ["1 March"]),
    ("the March 1 deadline for next year's applicants", ["March 1"]),
    ("by June next year’s figures will be in", ["June"]),
])
def test_year_words_that_are_not_the_day_s_year(text: str, raws: list[str]) -> None:
    assert [raw for raw, _ in _found(text)] == raws


def test_an_undated_article_leaves_the_day_unresolved() -> None:
    (found,) = dates.find("the rise takes effect on 1 March next year", None)
    assert found.value.start is None
