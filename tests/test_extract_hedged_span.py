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


@pytest.mark.parametrize(("text", "unit"), [
    # "little more than a year" is "just over a year": near one, not any number of years above it
    ("Engineers say the probe could fall back within little more than a year.", "year"),
    ("The inquiry took a little more than a week, the ministry said.", "week"),
    ("The last ferry left a little over an hour late.", "hour"),
    ("Power came back after slightly more than a day in the eastern suburbs.", "day"),
    ("The crossing took slightly over a minute at full speed.", "minute"),
])
def test_a_little_more_than_a_unit_of_time_is_just_above_one(text: str, unit: str) -> None:
    [(_, value)] = spans(text)
    assert (value.amount, value.unit, value.qualifier) == (Decimal(1), unit, "above")


@pytest.mark.parametrize(("text", "unit", "qualifier"), [
    ("The closure ran slightly over two hours on Sunday.", "hour", "above"),  # the degree word keeps "over"
    ("Heavy rain fell over two days across the valley.", "day", None),  # a span, not a hedge
])
def test_over_is_a_hedge_only_after_a_word_of_degree(text: str, unit: str, qualifier: str | None) -> None:
    [(_, value)] = spans(text)
    assert (value.amount, value.unit, value.qualifier) == (Decimal(2), unit, qualifier)


@pytest.mark.parametrize("text", [
    "The old bridge was little more than a footpath.",  # no unit of time after the "a"
    "There is little more than a rumour behind the story.",
])
def test_little_more_than_a_noun_is_no_span(text: str) -> None:
    assert spans(text) == []


def test_little_more_than_a_year_agrees_with_fourteen_months() -> None:
    wire = ("Agency engineers said the Corla-4 satellite would fall back to Earth within about 14 months "
            "unless its orbit is raised from 300 km.")
    tabloid = ("Experts warned that at 300 km the Corla-4 satellite will fall back to Earth within little "
               "more than a year unless its orbit is raised.")
    report = compare([Article.from_text(wire, id="a", published="2026-11-10"),
                      Article.from_text(tabloid, id="b", published="2026-11-11")])
    [fact] = [f for f in report.facts if f.kind is Kind.NUMBER and any("year" in m.raw or "month" in m.raw
                                                                        for m in f.mentions)]
    assert fact.status is Verdict.AGREE
    assert sorted(m.source for m in fact.mentions) == ["a", "b"]
