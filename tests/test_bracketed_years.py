"""A year in brackets after a name ("following Bell Rock (2019)") is that name's year and meets another
outlet's "with Bell Rock in 2019"; a bracket holding more than a year, or after no name, is left alone."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article, compare
from sourcediff.extract import dates


def _found(text: str) -> list[tuple[str, object]]:
    return [(text[f.start:f.end], f.value) for f in dates.find(text, dt.date(2026, 6, 8))]


@pytest.mark.parametrize(("text", "want"), [
    ("For Hugh Pell it was a second Cup, following Bell Rock (2019).", ["2019"]),
    ("The old span, Tarrow Bridge (1998), was closed last month.", ["1998"]),
])
def test_a_bracketed_year_after_a_name_is_read(text: str, want: list[str]) -> None:
    assert [raw for raw, _ in _found(text) if raw[0].isdigit()] == want


@pytest.mark.parametrize("text", [
    "Sales at Harlow Foods (2019 base) rose sharply.",
    "the club's accounts (2019 figures) show a loss",
    "a fall in visitor numbers (2019) was blamed on rain",
])
def test_other_brackets_are_left_alone(text: str) -> None:
    assert [raw for raw, _ in _found(text) if raw.startswith("20")] == []


def test_a_bracketed_year_meets_the_same_year_in_prose() -> None:
    a = Article.from_text("Trainer Hugh Pell won the Ebbsfield Cup on Saturday, his second after Bell Rock "
                          "(2019). Pell is 58.", id="a", published="2026-06-06")
    b = Article.from_text("Trainer Hugh Pell won the Ebbsfield Cup on Saturday, having first won it with "
                          "Bell Rock in 2019. Pell is 58.", id="b", published="2026-06-06")
    years = [f for f in compare([a, b]).facts
             if any(m.kind.value == "date" and m.raw == "2019" for m in f.mentions)]
    assert [f.status.value for f in years] == ["agree"]
    assert {m.source for m in years[0].mentions} == {"a", "b"}
