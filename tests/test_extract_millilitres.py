"""A dose or a serving in millilitres is a volume: "330 ml", "330mL" and "330 millilitres" meet, in litres."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff.compat import compatible
from sourcediff.extract import numbers
from sourcediff.model import Article, Mention, Passage, Span
from sourcediff.text import fold
from sourcediff.values import Quantity


def mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text, id="t")
    return numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))


def volume(text: str) -> Mention:
    [m] = [m for m in mentions(text) if isinstance(m.value, Quantity) and m.value.unit
           and "liter" in m.value.unit]
    return m


@pytest.mark.parametrize(("text", "raw", "litres"), [
    ("Each can holds 330 ml of the new lemonade.", "330 ml", Decimal("0.33")),
    ("Volunteers drank 330mL of juice before the test.", "330mL", Decimal("0.33")),
    ("The syrup comes in a bottle of 150 millilitres.", "150 millilitres", Decimal("0.15")),
    ("A standard glass is 175 milliliters.", "175 milliliters", Decimal("0.175")),
    ("Patients were given 0.5 litres of saline.", "0.5 litres", Decimal("0.5")),
])
def test_millilitres_are_read_in_litres(text: str, raw: str, litres: Decimal) -> None:
    m = volume(text)
    assert m.raw == raw
    assert isinstance(m.value, Quantity)
    assert (m.value.amount, m.value.unit) == (litres, "liter")


def test_the_same_serving_written_three_ways_agrees() -> None:
    a = volume("Each can holds 330 ml of the drink.")
    b = volume("Each can holds 330mL of the drink.")
    c = volume("Each can holds 0.33 litres of the drink.")
    assert compatible(a, b) and compatible(a, c)


def test_a_different_serving_does_not_agree() -> None:
    a = volume("Each can holds 330 ml of the drink.")
    b = volume("Each can holds 500 ml of the drink.")
    assert not compatible(a, b)


@pytest.mark.parametrize("text", [
    "Leakage stands at 178Ml/d across the network.",
    "The reservoir holds 40 ML when full.",
])
def test_megalitre_capitals_stay_megalitres(text: str) -> None:
    m = volume(text)
    assert isinstance(m.value, Quantity) and m.value.amount >= 10 ** 6
