"""A hedged "a minute" is one minute: "at least a minute" and "one full minute" state one span (boilwater)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity

_SPANS = ("second", "minute", "hour", "day", "week", "month", "year")


def spans(text: str) -> list[tuple[str, Quantity]]:
    s = analyse(Article.from_text(text, id="s0", published="2026-11-19"))
    return [(m.raw, m.value) for m in s.mentions
            if isinstance(m.value, Quantity) and m.value.unit in _SPANS]


@pytest.mark.parametrize(("text", "unit", "qualifier"), [
    ("Residents should boil their water for at least a minute before drinking it.", "minute", "floor"),
    ("The blackout lasted almost an hour in the old town, the operator said.", "hour", "approx"),
    ("The strike at the Velmar depot ran for nearly a year before a deal was struck.", "year", "approx"),
    ("Offenders face up to a month in jail under the new bylaw.", "month", "ceiling"),
    ("The last ferry left just over an hour late.", "hour", "above"),
    ("The pumps must run for at least a day before the tank is tested.", "day", "floor"),
])
def test_a_hedged_unit_of_time_is_one_of_it(text: str, unit: str, qualifier: str) -> None:
    [(_, value)] = spans(text)
    assert (value.amount, value.unit, value.qualifier) == (Decimal(1), unit, qualifier)


@pytest.mark.parametrize("text", [
    "Cleaners at the Velmar depot earn at least $16 an hour.",  # a wage: the figure is the money
    "The freight train was doing nearly 40 miles an hour.",  # a speed
    "The committee meets at least once a week in term time.",  # a frequency
    "She made a short film about a day in the life of a ferry pilot.",  # "about" is a preposition here
    "The council collects bins twice a week.",
    "A minute's silence was held before kick-off.",  # no hedge: not a span of one minute
    # an open comparison bounds nothing near one: "more than a week" is any number of weeks
    "The blackout lasted more than an hour in the old town, the operator said.",
    "The repairs took less than a week, the utility said.",
])
def test_no_span_of_one_without_a_hedge_before_its_a(text: str) -> None:
    assert [raw for raw, v in spans(text) if v.amount == 1] == []


def test_a_hedged_minute_agrees_with_one_minute_in_another_outlet() -> None:
    wire = ("Marlow Water told residents of Tessing on Thursday to boil tap water for at least a minute "
            "after a main burst near the Orley reservoir.")
    blog = ("Marlow Water says residents of Tessing must boil tap water for one full minute after the "
            "main burst near the Orley reservoir.")
    report = compare([Article.from_text(wire, id="a", published="2026-11-19"),
                      Article.from_text(blog, id="b", published="2026-11-19")])
    [fact] = [f for f in report.facts if f.kind is Kind.NUMBER and "minute" in f.mentions[0].raw]
    assert fact.status is Verdict.AGREE
    assert sorted(m.source for m in fact.mentions) == ["a", "b"]
