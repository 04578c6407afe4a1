"""A year closing a record line after a name and a comma ("Old record: 2:04.18, Maren Esk, 2019") is that
name's year and meets another outlet's "set by Maren Esk in 2019"; a figure going on into a noun, or after
no name, is left alone."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article, compare
from sourcediff.extract import dates


def _found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in dates.find(text, dt.date(2026, 8, 20))]


@pytest.mark.parametrize(("text", "want"), [
    ("Old record: 2:04.18, Maren Esk, 2019", ["2019"]),
    ("Previous best: 61.3 metres, Tovah Lind, 2016.", ["2016"]),
    ("Photograph: Ines Varo, 2018\nThe pier at dusk.", ["2018"]),
])
def test_a_year_closing_a_line_after_a_name_is_read(text: str, want: list[str]) -> None:
    assert [raw for raw in _found(text) if raw[0].isdigit()] == want


@pytest.mark.parametrize("text", [
    "The march set off from Leeds, 2000 people strong.",
    "Fans of Rovers, 1900 of them, filled the away end.",
    "Seats sold: 4,500, up from 2,018 last year.",
    "The stand holds 2019 seats.",
])
def test_other_figures_after_a_comma_are_left_alone(text: str) -> None:
    assert [raw for raw in _found(text) if raw[:2] in ("19", "20")] == []


def test_a_listed_record_year_meets_the_same_year_in_prose() -> None:
    a = Article.from_text("Tilde Marsh won the 200 metres freestyle in Orrin on Friday.\n\n"
                          "- Old record: 1:54.02, Maren Esk, 2019", id="a", published="2026-08-21")
    b = Article.from_text("Tilde Marsh won the 200 metres freestyle in Orrin on Friday, beating the "
                          "1:54.02 record set by Maren Esk in 2019.", id="b", published="2026-08-21")
    years = [f for f in compare([a, b]).facts
             if any(m.raw == "2019" for m in f.mentions)]
    assert len(years) == 1 and {m.source for m in years[0].mentions} == {"a", "b"}
    assert years[0].status.value == "agree"
