"""Milligrams and micrograms on their own are masses (invented text).

A label's or a health page's "41 µg" (or "mcg") and a paper's "41
micrograms" are one mass. Before, "41 micrograms" was a bare count of
"micrograms" (so it met any count of 41), "41 µg", "41 mcg" and "30mg" were
not read at all, and only a concentration ("5mg/l", "287 µg/m³") was a
measure. Now they are masses in the family of grams (compat.py converts
them), so "0.041mg" meets "41 micrograms" and "52 mcg" diverges from it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract import numbers
from sourcediff.model import Fact
from sourcediff.segment import segment
from sourcediff.values import Quantity


def _measures(text: str) -> list[tuple[str, Decimal, str | None]]:
    article = Article.from_text(text, id="x", published="2026-11-03")
    return [(m.raw, m.value.amount, m.value.unit) for m in numbers.extract(article, segment(article))
            if isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "raw", "unit"), [
    ("The drink contains 41 micrograms of caffeine.", "41 micrograms", "microgram"),
    ("The drink contains 41 µg of caffeine.", "41 µg", "microgram"),
    ("The drink contains 41µg of caffeine.", "41µg", "microgram"),
    ("Each tablet holds 41 mcg of vitamin D.", "41 mcg", "microgram"),
    ("Each tablet holds 30mg of caffeine.", "30mg", "milligram"),
    ("Each tablet holds 30 milligrams of caffeine.", "30 milligrams", "milligram"),
])
def test_a_small_mass(text: str, raw: str, unit: str) -> None:
    ((found_raw, _, found_unit),) = _measures(text)
    assert (found_raw, found_unit) == (raw, unit)


@pytest.mark.parametrize(("text", "unit"), [
    ("Tests found 5mg/l of lead in the tap water.", "milligram per liter"),  # still a concentration
    ("Levels reached 287 µg/m³ in the city centre.", "microgram per cubic meter"),
])
def test_a_concentration_stays_one(text: str, unit: str) -> None:
    assert [u for _, _, u in _measures(text)] == [unit]


def test_a_dose_per_body_weight_is_no_mass() -> None:
    assert _measures("Each patient was given a dose of 5mg/kg.") == []


LEAD = ("Each can of Brisk Fizz holds {} of caffeine, the makers said on Tuesday after tests by the food "
        "standards board.")


def _numbers(first: str, second: str) -> list[Fact]:
    arts = [Article.from_text(LEAD.format(mass), id=name, published="2026-11-03")
            for name, mass in (("wire", first), ("paper", second))]
    return [f for f in compare(arts).facts if f.kind is Kind.NUMBER]


@pytest.mark.parametrize(("first", "second"), [("41 micrograms", "41 µg"), ("41 micrograms", "0.041mg")])
def test_one_mass_agrees(first: str, second: str) -> None:
    facts = _numbers(first, second)
    assert [(f.status, f.sources) for f in facts] == [(Verdict.AGREE, ("wire", "paper"))], facts


def test_two_masses_diverge() -> None:
    facts = _numbers("41 micrograms", "52 mcg")
    assert [(f.status, f.sources) for f in facts] == [(Verdict.DIVERGE, ("wire", "paper"))], facts
