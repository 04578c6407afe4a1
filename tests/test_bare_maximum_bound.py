"""A bare "maximum"/"minimum" before a figure is a bound: list and spec-sheet copy clips "a maximum of"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse
from sourcediff.values import CEILING, FLOOR, Quantity


def quantities(text: str) -> list[Quantity]:
    s = analyse(Article.from_text(text, id="s0", published="2026-10-02"))
    return [m.value for m in s.mentions if isinstance(m.value, Quantity) and m.value.unit is not None]


@pytest.mark.parametrize(("text", "amount", "qualifier"), [
    ("Luggage allowance: maximum 8 kg per passenger in the cabin.", "8", CEILING),
    ("The new ferries will sail at maximum 30 knots across the Brenna strait.", "30", CEILING),
    ("Entry rules for the Oskel climbing wall: minimum 12 years, with a parent.", "12", FLOOR),
    ("Towed loads are limited to a maximum of 750 kg on the Carrow road.", "750", CEILING),
])
def test_bare_bound_word_bounds_the_figure(text: str, amount: str, qualifier: str) -> None:
    found = [q for q in quantities(text) if q.amount == Decimal(amount)]
    assert found, quantities(text)
    assert all(q.qualifier == qualifier for q in found)


def test_maximum_as_a_noun_after_the_figure_is_no_bound() -> None:
    found = quantities("The lift holds 8 kg, the maximum the makers allow, on each shelf.")
    assert [q.qualifier for q in found if q.amount == Decimal(8)] == [None]
