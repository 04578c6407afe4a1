"""One word between a count and its unit of time leaves a span: "eight bone-dry months" is eight months.

A kind of day ("14 Earth days", "five working days") or a word that colours
the span ("four agonising minutes", "six long weeks", "48 nail-biting hours")
sits where a wire writes the bare span ("14 days", "for 94 seconds"). Read as
a bare count, the tabloid's figure was no span at all and met the wire's
"four-wheeled rover" instead. A noun there is no such word: "evacuated 2,000
residents hours before" counts residents (patterns._SPAN_WORD).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.extract import numbers
from sourcediff.model import Kind, Mention, Passage, Span, Verdict
from sourcediff.pipeline import analyse
from sourcediff.text import fold
from sourcediff.values import Quantity


def figures(text: str) -> list[tuple[str, Decimal, str | None]]:
    s = analyse(Article.from_text(text, id="s0", published="2026-11-19"))
    return [(m.raw, m.value.amount, m.value.unit) for m in s.mentions if isinstance(m.value, Quantity)]


def mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text, id="t")
    return numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))


@pytest.mark.parametrize(("text", "raw", "amount", "unit"), [
    # a kind of day
    ("The rover is planned to work for 14 Earth days before the lunar night.", "14 Earth days", 14, "day"),
    ("Refunds reach customers within five business days of a claim.", "five business days", 5, "day"),
    ("The council has ten working days to answer the objection.", "ten working days", 10, "day"),
    ("Appeals must be lodged within 28 calendar days of the ruling.", "28 calendar days", 28, "day"),
    ("The index fell for six straight trading days.", "six straight trading days", 6, "day"),
    ("Staff at the Harlow plant work 37 working hours a week.", "37 working hours a week", 37,
     "hour per week"),
    # a word that colours the span, by its shape or listed
    ("Engineers lost all contact for four agonising minutes as the craft fell.", "four agonising minutes", 4,
     "minute"),
    ("She spent three painful years in the Corvin clinic before the ruling.", "three painful years", 3,
     "year"),
    ("Families waited six long weeks for the inquiry's findings.", "six long weeks", 6, "week"),
    ("It took 10 frantic minutes to clear the Harlow concert hall.", "10 frantic minutes", 10, "minute"),
    ("The strikers held out for five miserable days in the rain.", "five miserable days", 5, "day"),
    ("After two anxious hours the divers surfaced at the Velmar quarry.", "two anxious hours", 2, "hour"),
    ("After eight bone-dry months the dams are low.", "eight bone-dry months", 8, "month"),
    ("He spent three long years in prison.", "three long years", 3, "year"),
    ("It took two whole days to clear the road.", "two whole days", 2, "day"),
    ("The deal came after six gruelling weeks of talks.", "six gruelling weeks", 6, "week"),
    ("Refunds arrive within five working days.", "five working days", 5, "day"),
    ("The ward endured 48 nail-biting hours.", "48 nail-biting hours", 48, "hour"),
    # the union of both readings: any unit of time, after "more", a headline's capitals
    ("The region has endured two bone-dry decades.", "two bone-dry decades", 2, "decade"),
    ("The town spent three whole fortnights without power.", "three whole fortnights", 3, "fortnight"),
    ("The talks dragged on for six more long weeks.", "six more long weeks", 6, "week"),
    ("Four Long Years after the flood, the Velmar bridge reopened.", "Four Long Years", 4, "year"),
    ("Farmers face three more bone-dry months, the Corvin board said.", "three more bone-dry months", 3,
     "month"),
    ("The valley has known two tumultuous decades of decline.", "two tumultuous decades", 2, "decade"),
    ("Tenants must be given six calendar months' notice.", "six calendar months", 6, "month"),
])
def test_a_word_before_a_unit_of_time_keeps_the_span(text: str, raw: str, amount: int, unit: str) -> None:
    assert figures(text) == [(raw, Decimal(amount), unit)]


@pytest.mark.parametrize(("text", "canonical", "slot"), [
    ("After eight bone-dry months the dams are low.", "8 month", "number:month"),
    ("He spent three long years in prison.", "3 year", "number:year"),
    ("It took two whole days to clear the road.", "2 day", "number:day"),
    ("The deal came after six gruelling weeks of talks.", "6 week", "number:week"),
    ("Refunds arrive within five working days.", "5 day", "number:day"),
    ("The ward endured 48 nail-biting hours.", "48 hour", "number:hour"),
])
def test_the_span_has_its_unit_slot_and_modifies_no_noun(text: str, canonical: str, slot: str) -> None:
    [m] = mentions(text)
    assert (m.canonical, m.slot, m.cues) == (canonical, slot, ())


@pytest.mark.parametrize("text", [
    "The Corvin works runs 4 working groups and offers 12 stunning views.",  # no unit of time after the word
    "The 3 winning tickets were sold in the Harlow kiosk.",
    "Police found 14 missing documents in the Velmar archive.",
    "The agency runs 14 working groups on the lander's design.",
    "Three Earth stations tracked the probe on Thursday.",
    "The district closed 12 school buildings after the storm.",
    "Crews flew 12 long-haul flights from Harlow.",
    "The 12 dry-stone walls of the Corvin estate stand.",
])
def test_a_word_without_a_unit_of_time_leaves_a_bare_figure(text: str) -> None:
    assert all(unit is None for _, _, unit in figures(text))


@pytest.mark.parametrize(("text", "unit_word"), [
    ("Police evacuated 2,000 residents hours before the storm.", "hours"),  # a count of residents
    ("The quake killed 300 people days after the first tremor.", "days"),
    ("Some 40 Viking years later the town was rebuilt.", "years"),  # a capital: a name, not a description
])
def test_a_noun_between_count_and_unit_is_no_description(text: str, unit_word: str) -> None:
    assert all(unit_word not in m.raw for m in mentions(text))


def test_light_years_are_a_distance_not_a_span_of_years() -> None:
    # "light" is no describing word: "3 light years" is a distance (test_astronomy_units.py), never 3 years
    assert [(m.raw, m.slot) for m in mentions("The probe will travel 3 light years.")] == [
        ("3 light years", "number:light year")]


def test_a_plain_span_is_unchanged() -> None:
    assert figures("The 3 winning tickets were sold within 2 minutes.") == [
        ("3", Decimal(3), None), ("2 minutes", Decimal(2), "minute")]


def test_a_hyphenated_measure_still_names_its_noun() -> None:
    [m] = mentions("They signed a five-year deal.")
    assert (m.raw, m.cues) == ("five-year", ("deal",))


def test_a_described_span_meets_the_plain_one() -> None:
    [a] = mentions("After eight bone-dry months we must save water.")
    [b] = mentions("After eight months of low rainfall we must save water.")
    assert (a.value, a.slot) == (b.value, b.slot)


def test_earth_days_agree_with_days_in_another_outlet() -> None:
    wire = "The Corvin lander is due to operate for about 14 days, until the sun sets over Harrow crater."
    paper = "The Corvin lander's mission is planned to last 14 Earth days in Harrow crater."
    report = compare([Article.from_text(wire, id="a", published="2026-11-19"),
                      Article.from_text(paper, id="b", published="2026-11-19")])
    [fact] = [f for f in report.facts if f.kind is Kind.NUMBER and "14" in f.mentions[0].raw]
    assert fact.status is Verdict.AGREE
    assert sorted(m.source for m in fact.mentions) == ["a", "b"]
