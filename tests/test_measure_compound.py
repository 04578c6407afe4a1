"""A weight or height in two imperial units is one figure; three-digit figures convert to their last digit.

Invented text. A maternity unit's "7lb 2oz" is the wire's "3.23 kg": read as
"7 pounds" and "2 ounces" apart, neither met the metric figure, and a
changed weight in a third outlet went unseen. Joined (measurecompound.py),
the pair is 114 ounces; the metric "3,230 g" is read in grams; and two
figures of three digits or more in different units agree only to their last
digit (compat._converted), so "3,320 g" is no rounding of 3.23 kg.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.compat import compatible
from sourcediff.model import Mention, Span
from sourcediff.pipeline import analyse
from sourcediff.values import Converted, Quantity


def figures(text: str) -> list[tuple[str, Quantity]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-10-05")).mentions
    return [(m.raw, m.value) for m in ms if m.kind is Kind.NUMBER and isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "raw", "amount", "unit"), [
    ("The boy weighed 7lb 2oz when he was born.", "7lb 2oz", 114, "ounce"),
    ("The twins weighed 5 pounds 11 ounces and 6 pounds.", "5 pounds 11 ounces", 91, "ounce"),
    ("Their daughter weighed 8 pounds, 0 ounces at birth.", "8 pounds, 0 ounces", 128, "ounce"),
    ("She came in at 6 lb and 15 oz, the midwife said.", "6 lb and 15 oz", 111, "ounce"),
    ("The suspect is 5 feet 11 inches tall.", "5 feet 11 inches", 71, "inch"),
])
def test_major_and_minor_units_are_one_figure(text: str, raw: str, amount: int, unit: str) -> None:
    found = figures(text)
    assert (raw, Quantity(Decimal(amount), unit)) in [(r, Quantity(v.amount, v.unit)) for r, v in found]


@pytest.mark.parametrize("text", [
    "The bag held 7 pounds and 20 ounces of flour.",  # twenty ounces is more than a pound: two figures
    "He lost 3 pounds in May and drank 9 ounces of juice a day.",
    "The parcel weighed 2 kilograms, 4 ounces of it packaging.",  # no major unit of the ounce
])
def test_two_figures_stay_two(text: str) -> None:
    assert not any(("pound" in r or "kilogram" in r) and "ounce" in r for r, _ in figures(text))


def test_a_bracketed_compound_is_the_writers_conversion() -> None:
    found = figures("The baby weighed 3.23 kilograms (7 pounds 2 ounces), the hospital said.")
    assert [(r, type(v)) for r, v in found] == [("3.23 kilograms", Quantity),
                                                 ("7 pounds 2 ounces", Converted)]


@pytest.mark.parametrize(("text", "amount"), [
    ("Her birth weight was 3,230 g and her length 49 cm.", 3230),
    ("Officers seized 450g of heroin.", 450),
])
def test_a_lower_case_g_after_a_figure_is_grams(text: str, amount: int) -> None:
    assert Quantity(Decimal(amount), "gram") in [v for _, v in figures(text)]


@pytest.mark.parametrize("text", ["Phones on 5g networks are faster.", "The G7 met; 4G masts went up."])
def test_a_network_generation_is_no_weight(text: str) -> None:
    assert all(v.unit != "gram" for _, v in figures(text))


def _mention(amount: str, unit: str) -> Mention:
    value = Quantity(Decimal(amount), unit)
    return Mention(Kind.NUMBER, "s", 0, Span(0, 1), amount, value, f"number:{unit}")


@pytest.mark.parametrize(("a", "b", "agree"), [
    (("3.23", "kilogram"), ("114", "ounce"), True),  # 7 lb 2 oz is 3.232 kg
    (("3230", "gram"), ("3.23", "kilogram"), True),
    (("3320", "gram"), ("3.23", "kilogram"), False),  # two digits swapped: 90 g apart, under 5%
    (("3320", "gram"), ("114", "ounce"), False),
    (("26.2", "mile"), ("42.2", "kilometer"), True),  # a marathon, both to a tenth
    (("12400", "hectare"), ("30600", "acre"), True),  # 12,400 ha is 30,641 acres
    (("1.9", "mile"), ("3", "kilometer"), True),  # two-digit conversions keep the 5% reach
    (("2", "mile"), ("3", "kilometer"), True),
])
def test_precise_figures_convert_to_their_last_digit(a: tuple[str, str], b: tuple[str, str],
                                                     agree: bool) -> None:
    assert compatible(_mention(*a), _mention(*b)) is agree
    assert compatible(_mention(*b), _mention(*a)) is agree


def _weights(*texts: str) -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-10-05") for n, t in enumerate(texts)]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.NUMBER and any("oz" in m.raw or "g" in m.raw for m in f.mentions)]


def test_a_changed_weight_is_seen_across_units() -> None:
    facts = _weights(
        "The duchess gave birth to a boy on Sunday at the Linden Clinic. He weighed 3.23 kg (7lb 2oz).",
        "The duchess gave birth to a boy on Sunday at the Linden Clinic. He weighed 7lb 2oz.",
        "The duchess gave birth to a boy on Sunday at the Linden Clinic. He weighed 3,320 g.",
    )
    assert [v for v, _ in facts] == [Verdict.DIVERGE]


def test_one_weight_in_three_styles_agrees() -> None:
    facts = _weights(
        "The duchess gave birth to a boy on Sunday at the Linden Clinic. He weighed 3.23 kg.",
        "The duchess gave birth to a boy on Sunday at the Linden Clinic. He weighed 7lb 2oz.",
        "The duchess gave birth to a boy on Sunday at the Linden Clinic. He weighed 3,230 g.",
    )
    assert [v for v, _ in facts] == [Verdict.AGREE]
