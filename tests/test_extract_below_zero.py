"""A temperature below zero keeps its sign: "minus 280 degrees Fahrenheit" is the "−170 °C" of a metric paper.

Read unsigned, 280 F is +138 C and 170 C its opposite, so the two outlets'
one figure stayed two unrelated facts (moonlanding).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse
from sourcediff.values import APPROX, Quantity


def temperatures(text: str) -> list[tuple[str, Quantity]]:
    s = analyse(Article.from_text(text, id="s0", published="2026-11-19"))
    return [(m.raw, m.value) for m in s.mentions
            if isinstance(m.value, Quantity) and (m.value.unit or "").startswith("degree")]


@pytest.mark.parametrize(("text", "amount", "qualifier"), [
    ("At night surface temperatures fall to minus 280 degrees Fahrenheit.", Decimal(-280), None),
    ("After sunset the ground cools to about −170 °C, the agency said.", Decimal(-170), APPROX),
    ("Forecasters in Harlow expect -4C overnight and ice on the roads.", Decimal(-4), None),
    ("Lows of around minus 12 degrees are forecast for the Corlan valley.", Decimal(-12), APPROX),
    ("The thermometer read – 8 °C at the Velmar pass on Monday.", Decimal(-8), None),
])
def test_a_sign_before_a_temperature_makes_it_negative(text: str, amount: Decimal,
                                                       qualifier: str | None) -> None:
    [(_, value)] = temperatures(text)
    assert (value.amount, value.qualifier) == (amount, qualifier)


@pytest.mark.parametrize(("text", "amount"), [
    ("Highs of 10-15 degrees are expected in Corlan this week.", Decimal(10)),  # a range, not minus 15
    ("It was 31°C in the shade at the Velmar depot.", Decimal(31)),
    ("The score was 3-1 and it was 18 degrees at kick-off.", Decimal(18)),
])
def test_no_sign_where_the_hyphen_joins_figures(text: str, amount: Decimal) -> None:
    assert [v.amount for _, v in temperatures(text)] == [amount]


def test_a_measure_other_than_temperature_keeps_no_sign() -> None:
    s = analyse(Article.from_text("The lake level fell by -3 metres, the -5 km stretch closed.", id="s0",
                                  published="2026-11-19"))
    assert all(m.value.amount > 0 for m in s.mentions if isinstance(m.value, Quantity))


def test_fahrenheit_below_zero_agrees_with_celsius_below_zero() -> None:
    wire = "The Corvin lander works until lunar night, when it gets as cold as minus 280 degrees Fahrenheit."
    paper = "The Corvin lander works until lunar night, when temperatures drop to about −170 °C."
    report = compare([Article.from_text(wire, id="a", published="2026-11-19"),
                      Article.from_text(paper, id="b", published="2026-11-19")])
    [fact] = [f for f in report.facts if f.kind is Kind.NUMBER and "degree" in str(f.mentions[0].value)]
    assert fact.status is Verdict.AGREE
    assert sorted(m.source for m in fact.mentions) == ["a", "b"]
