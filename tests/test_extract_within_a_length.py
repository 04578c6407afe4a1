"""A zone drawn "within a mile" of a place has a radius of one mile, as "within 1.5 km" has 1.5 km.

Invented sentences. Evacuation, exclusion and stay-indoors zones are drawn
"within" a distance; one outlet writes the metric figure, another the
tabloid's "a mile". Like "within 1.5 km", the "a" is read as the plain
figure (the zone's radius), not as a bound.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def lengths(text: str) -> list[tuple[str, Quantity]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-10-05")).mentions
    return [(m.raw, m.value) for m in ms if m.kind is Kind.NUMBER and isinstance(m.value, Quantity)
            and m.value.unit is not None]


@pytest.mark.parametrize(("text", "unit"), [
    ("Households within a mile of the tannery were told to keep their windows shut.", "mile"),
    ("Everyone within a kilometre of the depot was moved to the sports hall.", "kilometer"),
    ("Boats must stay within a mile of the harbour wall until the storm passes.", "mile"),
])
def test_within_a_length_is_one(text: str, unit: str) -> None:
    found = lengths(text)
    assert len(found) == 1
    raw, value = found[0]
    assert (value.amount, value.unit) == (1, unit)
    assert value.qualifier in (None, "")
    assert "a" in raw.lower().split()


def test_within_a_length_is_the_plain_figure_like_within_digits() -> None:
    (_, word), = lengths("Farms within a mile of the quarry were warned.")
    (_, digits), = lengths("Farms within 1 mile of the quarry were warned.")
    assert (word.amount, word.unit, word.qualifier) == (digits.amount, digits.unit, digits.qualifier)


@pytest.mark.parametrize("text", [
    "The result came within a whisker of a record.",
    "They finished within a year of the deadline.",
])
def test_within_a_non_length_is_not_a_length(text: str) -> None:
    assert lengths(text) == []


def test_within_a_unit_of_time_is_a_span_not_a_length() -> None:
    """"within a week" is the span of one week (facts64: it meets "within seven days"), never a length."""
    assert [(raw, v.amount, v.unit) for raw, v in lengths("The decision was made within a week.")] == [
        ("a week", 1, "week")]
