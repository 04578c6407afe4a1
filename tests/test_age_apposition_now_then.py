"""An age in apposition dated by "now" or "then": "Ivo Marsh, now 58, had" (invented text).

A story that spans decades (a trial reopened, a cold case, an old record)
gives a person's age at the time of each event so; the apposition rule
wanted the figure right after the comma, so "now 58" and "then 27" were
read as bare counts of nothing and the age facts lost the source.
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
    ("Ivo Marsh, now 58, had been living with his brother since the spring.", 58),
    ("Marsh, then 27, was arrested at his flat a week after the fire.", 27),
    ("The founder, Greta Holm, now 81, still opens the shop every morning.", 81),
])
def test_an_age_dated_by_now_or_then_after_a_name(text: str, age: int) -> None:
    assert ages(text) == [age]


@pytest.mark.parametrize("text", [
    "The club signed Marsh, then 27 more players joined in the summer.",
    "Profits rose in March, then 12 of the branches closed.",
])
def test_no_age_when_the_figure_counts_a_noun(text: str) -> None:
    assert ages(text) == []
