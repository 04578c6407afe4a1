"""A kind of day between a figure and its unit counts days: "14 Earth days" is "14 days" (moonlanding)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def counts(text: str) -> list[tuple[str, Quantity]]:
    s = analyse(Article.from_text(text, id="s0", published="2026-11-19"))
    return [(m.raw, m.value) for m in s.mentions if isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "amount", "unit"), [
    ("The rover is planned to work for 14 Earth days before the lunar night.", Decimal(14), "day"),
    ("Refunds reach customers within five business days of a claim.", Decimal(5), "day"),
    ("The council has ten working days to answer the objection.", Decimal(10), "day"),
    ("Appeals must be lodged within 28 calendar days of the ruling.", Decimal(28), "day"),
    ("The index fell for six straight trading days.", Decimal(6), "day"),
    ("Staff at the Harlow plant work 37 working hours a week.", Decimal(37), "hour per week"),
])
def test_a_kind_of_day_keeps_the_unit(text: str, amount: Decimal, unit: str) -> None:
    [(_, value)] = counts(text)
    assert (value.amount, value.unit) == (amount, unit)


@pytest.mark.parametrize("text", [
    "The agency runs 14 working groups on the lander's design.",  # no unit of time after the kind
    "Three Earth stations tracked the probe on Thursday.",
    "The district closed 12 school buildings after the storm.",
])
def test_a_kind_word_without_a_unit_of_time_stays_a_bare_count(text: str) -> None:
    assert all(v.unit is None for _, v in counts(text))


def test_earth_days_agree_with_days_in_another_outlet() -> None:
    wire = "The Corvin lander is due to operate for about 14 days, until the sun sets over Harrow crater."
    paper = "The Corvin lander's mission is planned to last 14 Earth days in Harrow crater."
    report = compare([Article.from_text(wire, id="a", published="2026-11-19"),
                      Article.from_text(paper, id="b", published="2026-11-19")])
    [fact] = [f for f in report.facts if f.kind is Kind.NUMBER and "14" in f.mentions[0].raw]
    assert fact.status is Verdict.AGREE
    assert sorted(m.source for m in fact.mentions) == ["a", "b"]
