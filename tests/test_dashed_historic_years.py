"""A dashed span of early years after a preposition is one date: "dated to 1390–1420" (invented text).

A culture outlet dating a building's timbers "to 1390–1420" named a span
of years that no pattern read (the dashed form was read only in
brackets), so the date was lost. Years before 1800 are needed, as for
"from 1135 to 1154", and the span may not run on into a noun ("1200-1500
tonnes" is a range of weights).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import DateValue


def _dates(text: str) -> dict[str, DateValue]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-04"))
    return {m.raw: m.value for m in info.mentions if m.kind is Kind.DATE and isinstance(m.value, DateValue)}


@pytest.mark.parametrize(("text", "raw", "first", "last"), [
    ("The oak beams of the granary were dated to 1512–1530 by tree-ring analysis.", "1512–1530", 1512, 1530),
    ("The chapel was built in 1610-25, the parish records show.", "1610-25", 1610, 1625),
    ("The guild hall dates from 1450-1480 and was restored twice.", "1450-1480", 1450, 1480),
])
def test_a_dashed_span_of_early_years_is_one_date(text: str, raw: str, first: int, last: int) -> None:
    value = _dates(text)[raw]
    assert (value.start, value.end) == (dt.date(first, 1, 1), dt.date(last, 12, 31))


def test_a_range_of_quantities_is_no_date() -> None:
    assert _dates("The mill stored between 1200-1500 tonnes of grain a year.") == {}
