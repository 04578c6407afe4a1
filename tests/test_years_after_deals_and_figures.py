"""A year that dates a deal or a figure without a date preposition is read: "her $40 million deal from 2022"
(the year the deal was made, whatever word follows) and a line closing on a figure and a bracketed year,
"Previous best: 5 years / $60M (2022)", meet another outlet's "signed in 2022"; a bracketed year inside a
sentence, or before a noun it may count, stays unread."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article, compare
from sourcediff.extract import dates


def _years(text: str) -> list[int]:
    return [f.value.start.year for f in dates.find(text, dt.date(2026, 6, 8))
            if f.value.precision == "year" and f.value.start is not None]


@pytest.mark.parametrize(("text", "want"), [
    ("It pushes Ana Ruiz's $40 million deal from 2022 off the top of the list.", [2022]),
    ("The club's lease from 2019 ends next spring.", [2019]),
    ("Previous best: Ana Ruiz, Tarrow Kites, 5 years / $60M (2022)", [2022]),
    ("Record attendance: 41,200 (2019).", [2019]),
    ("Profit margin: 12% (2024)\nStaff: 300", [2024]),
])
def test_the_year_is_read(text: str, want: list[int]) -> None:
    assert _years(text) == want


@pytest.mark.parametrize("text", [
    "A crowd of 1,200 (2019) visitors came back.",
    "Visitor numbers (2019) fell sharply.",
    "Sales rose from 2000 units to 2400.",
])
def test_no_year_without_its_cue(text: str) -> None:
    assert _years(text) == []


def test_a_deal_from_a_year_meets_another_outlets_signed_in() -> None:
    day = dt.date(2026, 6, 8)
    texts = {"site": "It pushes Ana Ruiz's $40 million deal from 2022 off the top of the list.",
             "sheet": "Previous record: Ana Ruiz, Tarrow Kites, 4 years / $40M (2022)",
             "wire": "The deal beats the $40 million contract Ana Ruiz signed in 2022."}
    report = compare([Article(id=key, text=text, published=day) for key, text in texts.items()])
    years = [f for f in report.facts if f.kind.value == "date" and any(m.raw == "2022" for m in f.mentions)]
    assert len(years) == 1
    assert {m.source for m in years[0].mentions} == {"site", "sheet", "wire"}
    assert years[0].status.value == "agree"
