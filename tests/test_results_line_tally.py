"""A contest's results line of two names with their figures is one tally (invented text)."""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Tally


def _tallies(text: str) -> list[tuple[int, int]]:
    article = Article.from_text(text, published="2026-09-14")
    return [(m.value.ayes, m.value.noes) for m in analyse(article).mentions
            if m.kind is Kind.NUMBER and isinstance(m.value, Tally)]


@pytest.mark.parametrize(("text", "tally"), [
    ("Round two: Harlow 53, Keswick 39. Ninety delegates voted.", (53, 39)),
    ("Full time: Rovers 2, United 1.", (2, 1)),
    ("Final ballot: Port Ellery 61, New Marston 40.", (61, 40)),
])
def test_a_results_line_is_a_tally(text: str, tally: tuple[int, int]) -> None:
    assert _tallies(text) == [tally]


@pytest.mark.parametrize("text", [
    "Fleet: Boeing 737, Airbus 320.",
    "The roads: Route 66, Highway 1.",
    "Round one: Harlow 41, Keswick 29, Lower Dunmore 22.",
])
def test_names_with_numbers_are_no_tally(text: str) -> None:
    assert _tallies(text) == []
