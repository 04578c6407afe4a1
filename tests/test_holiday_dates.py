"""Holidays fixed to one calendar day ("New Year's Day", "Christmas Eve") are dates like "1 January"."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article, compare
from sourcediff.extract.dates import find

PUBLISHED = dt.date(2026, 11, 19)


@pytest.mark.parametrize(("text", "day"), [
    ("The toll bridge will close from New Year's Day for repairs.", dt.date(2027, 1, 1)),
    ("Fireworks are banned on New Year’s Eve in the old town.", dt.date(2026, 12, 31)),
    ("The ferry will not sail on Christmas Day.", dt.date(2026, 12, 25)),
    ("The market opens until late on Christmas Eve.", dt.date(2026, 12, 24)),
    ("The derby will be played on Boxing Day.", dt.date(2026, 12, 26)),
    ("The parade on St. Patrick's Day will take a shorter route.", dt.date(2027, 3, 17)),
    ("Florists expect record orders for Valentine's Day.", dt.date(2027, 2, 14)),
    ("Police logged 40 calls on Halloween, the force said.", dt.date(2026, 10, 31)),
])
def test_a_fixed_holiday_is_its_day(text: str, day: dt.date) -> None:
    assert [(f.value.start, f.value.end) for f in find(text, PUBLISHED)] == [(day, day)]


@pytest.mark.parametrize("text", [
    "Shoppers queued from dawn for the Black Friday sales.",
    "The church was full on Easter Sunday.",
    "The new year brought a fresh round of strikes.",
])
def test_moving_holidays_and_common_words_are_not_read(text: str) -> None:
    assert find(text, PUBLISHED) == ()


def test_a_holiday_meets_the_day_it_names_and_diverges_from_another() -> None:
    def status(*texts: str) -> list[str]:
        articles = [Article.from_text(t, id=f"s{n}", published="2026-11-19") for n, t in enumerate(texts)]
        return [f.status.value for f in compare(articles).facts if f.kind.value == "date"]

    bridge = "The Kessmoor toll bridge will close to traffic from {}, the county said."
    assert status(bridge.format("New Year's Day"), bridge.format("1 January")) == ["agree"]
    assert status(bridge.format("New Year's Day"), bridge.format("1 February")) == ["diverge"]
