"""An age in apposition that closes its sentence: "found by a passer-by, Maria Okafor, 52." (invented text).

Wire copy ends a sentence with the age after a full name; the apposition
rule wanted a comma or dash after the figure, so the age was lost and the
outlet that wrote "Maria Okafor, 52, said" stood alone. A single capitalized
word before the figure ("Kent, 34.") may be a score and is left alone.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def ages(text: str) -> list[Decimal]:
    ms = analyse(Article.from_text(text, id="x", published="2026-05-11")).mentions
    return [m.value.amount for m in ms
            if m.kind is Kind.NUMBER and m.slot == "number:age" and isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "age"), [
    ("The dog was pulled from the canal by a passer-by, Maria Okafor, 52.", 52),
    ("The shop is run by its founder, Tomas Lindgren, 67. It opened in 1994.", 67),
    ("The winning ticket was bought by a retired driver, Eamon O'Dwyer, 71.", 71),
])
def test_an_age_closing_the_sentence_after_a_full_name(text: str, age: int) -> None:
    assert ages(text) == [age]


@pytest.mark.parametrize("text", [
    "At the break it was Kent, 34.",
    "The fare on the Northern Line, 12.50, rose again.",
    "Visitors to Castle Rock, 4,500.",
])
def test_no_age_without_a_full_name_and_a_whole_figure(text: str) -> None:
    assert ages(text) == []
