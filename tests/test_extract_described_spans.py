"""A span of time with a describing word between count and unit: "eight bone-dry months" is eight months."""

from __future__ import annotations

import pytest

from sourcediff.extract import numbers
from sourcediff.model import Article, Mention, Passage, Span
from sourcediff.text import fold


def mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text, id="t")
    return numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.raw, m.canonical, m.slot) for m in mentions(text)]


@pytest.mark.parametrize(("text", "raw", "canonical", "slot"), [
    ("After eight bone-dry months the dams are low.", "eight bone-dry months", "8 month", "number:month"),
    ("He spent three long years in prison.", "three long years", "3 year", "number:year"),
    ("It took two whole days to clear the road.", "two whole days", "2 day", "number:day"),
    ("The deal came after six gruelling weeks of talks.", "six gruelling weeks", "6 week", "number:week"),
    ("Refunds arrive within five working days.", "five working days", "5 day", "number:day"),
    ("The ward endured 48 nail-biting hours.", "48 nail-biting hours", "48 hour", "number:hour"),
])
def test_a_described_span_is_its_unit(text: str, raw: str, canonical: str, slot: str) -> None:
    assert found(text) == [(raw, canonical, slot)]


def test_a_described_span_meets_the_plain_one() -> None:
    [a] = mentions("After eight bone-dry months we must save water.")
    [b] = mentions("After eight months of low rainfall we must save water.")
    assert (a.value, a.slot) == (b.value, b.slot)


@pytest.mark.parametrize(("text", "unit_word"), [
    ("Police evacuated 2,000 residents hours before the storm.", "hours"),  # a count of residents
    ("The quake killed 300 people days after the first tremor.", "days"),
    ("The probe will travel 3 light years.", "years"),  # "light" is no describing word here
    ("Some 40 Viking years later the town was rebuilt.", "years"),  # a capital: a name, not a description
])
def test_a_noun_between_count_and_unit_is_no_description(text: str, unit_word: str) -> None:
    assert all(unit_word not in m.raw for m in mentions(text))


def test_a_hyphenated_measure_still_names_its_noun() -> None:
    [m] = mentions("They signed a five-year deal.")
    assert (m.raw, m.cues) == ("five-year", ("deal",))
