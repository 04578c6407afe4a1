"""Megalitres and gigalitres are litres: "178 megalitres a day", "178Ml/d" and "178 million litres" meet."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff.compat import compatible
from sourcediff.extract import numbers
from sourcediff.extract.numbers import parse_quantity
from sourcediff.extract.volumes import in_liters
from sourcediff.model import Article, Mention, Passage, Span
from sourcediff.text import fold
from sourcediff.values import Quantity

MILLION = Decimal(10) ** 6


def mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text, id="t")
    return numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))


def volume(text: str) -> Mention:
    [m] = [m for m in mentions(text) if isinstance(m.value, Quantity) and m.value.unit
           and "liter" in m.value.unit]
    return m


@pytest.mark.parametrize(("text", "raw", "value"), [
    ("The utility loses 178 megalitres a day through leaks.", "178 megalitres a day",
     Quantity(178 * MILLION, "liter per day")),
    ("Leakage stands at 178Ml/d across the network.", "178Ml/d", Quantity(178 * MILLION, "liter per day")),
    ("The plant treats 500 MLD of sewage.", "500 MLD", Quantity(500 * MILLION, "liter per day")),
    ("Demand peaked at 2,150 Ml/d in July.", "2,150 Ml/d", Quantity(2150 * MILLION, "liter per day")),
    ("Some 40 megaliters per day are pumped from the aquifer.", "Some 40 megaliters per day",
     Quantity(40 * MILLION, "liter per day", "approx")),
    ("The dam holds 1,200 GL when full.", "1,200 GL", Quantity(1200 * MILLION * 1000, "liter")),
    ("The new reservoir will store 3.5 gigalitres.", "3.5 gigalitres",
     Quantity(Decimal("3.5") * MILLION * 1000, "liter")),
])
def test_megalitres_and_gigalitres_are_litres(text: str, raw: str, value: Quantity) -> None:
    m = volume(text)
    assert (m.raw, m.value) == (raw, value)


def test_the_short_and_long_forms_meet_million_litres() -> None:
    a = volume("The company loses about 178 megalitres a day through leaking pipes.")
    b = volume("The firm loses a staggering 178 million litres a day through leaky pipes.")
    c = volume("The network loses 178Ml/d through leaks.")
    assert compatible(a, b) and compatible(b, c) and compatible(c, a)
    other = volume("The firm loses 187 million litres a day through leaky pipes.")
    assert not compatible(c, other)


@pytest.mark.parametrize("text", [
    "Give the child 5 ml of the syrup.",  # lower-case ml is a millilitre, never a megalitre
    "Each dose is 10ml twice a day.",
    "The sample held 12 mg/ml of lead.",
])
def test_millilitres_are_never_megalitres(text: str) -> None:
    for m in mentions(text):
        assert not (isinstance(m.value, Quantity) and m.value.unit and m.value.unit.startswith("liter")
                    and m.value.amount >= MILLION)


def test_a_stock_is_no_flow_and_other_units_pass_through() -> None:
    assert in_liters(Decimal(2), "megaliter", None) == (2 * MILLION, "liter", None)
    flow = in_liters(Decimal(2), "megaliter per day", Decimal(3))
    assert flow == (2 * MILLION, "liter per day", 3 * MILLION)
    assert in_liters(Decimal(2), "gallon", None) == (Decimal(2), "gallon", None)
    assert parse_quantity("178000000 liter per day") == Quantity(178 * MILLION, "liter per day")
