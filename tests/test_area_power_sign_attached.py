"""An "m" with a power sign after it is square (or cubic) metres, never "million": "a 6.5m² room".

Trade and property copy writes a floor area with the sign attached to the
figure ("a typical room measures 4.2m²", "a 90m2 flat"); the scanner read
the "m" as the million of "£6.5m", so the area became a count of 4,200,000
and never met another outlet's "4.2 square metres".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sourcediff.extract import extract
from sourcediff.model import Article
from sourcediff.segment import segment
from sourcediff.values import Money, Quantity


def _mentions(text: str) -> list[tuple[str, object, str]]:
    article = Article(id="x", text=text, published=dt.date(2026, 3, 4))
    return [(m.raw, m.value, m.slot) for m in extract(article, segment(article))]


@pytest.mark.parametrize(("text", "raw", "amount"), [
    ("A typical room at the Saltney hostel measures 4.2m² and sleeps two.", "4.2m²", Decimal("4.2")),
    ("The cheapest flats in the Drewhill tower are 38m2 and cost a fortune.", "38m2", Decimal("38")),
])
def test_attached_power_sign_is_square_metres(text: str, raw: str, amount: Decimal) -> None:
    found = [(r, v, s) for r, v, s in _mentions(text) if r == raw]
    assert found, _mentions(text)
    _, value, slot = found[0]
    assert slot == "number:square meter"
    assert isinstance(value, Quantity) and value.amount == amount


def test_spaced_area_is_unchanged() -> None:
    assert any(s == "number:square meter" for _, _, s in _mentions("The new hall covers 1,400 m² of floor."))


@pytest.mark.parametrize("text", [
    "The Kilmory club paid £4.2m for the striker.",
    "Some 4m viewers watched the final in Pentlow.",
])
def test_millions_stay_millions(text: str) -> None:
    values = [v for _, v, _ in _mentions(text)]
    assert any(isinstance(v, (Quantity, Money)) and v.amount in (Decimal("4200000"), Decimal("4000000"))
               for v in values), values


def test_area_meets_spelled_square_metres() -> None:
    a = _mentions("Each cell measures 4.2 square metres.")
    b = _mentions("Each cell measures 4.2m².")
    assert [(v, s) for _, v, s in a if s.startswith("number:square")] == [
        (v, s) for _, v, s in b if s.startswith("number:square")]
