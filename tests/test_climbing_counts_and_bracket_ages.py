"""A climber's ordinal ascent and an age in brackets after a full name (invented text).

"her 14th ascent" and "her 14th summit" say the same career count, so they
are one noun ("ascent") and meet "has made 14 ascents"; "his third summit
attempt" counts attempts and is left alone. "Ana Ruiz (81) of Chile" gives
her age as "Ana Ruiz, 81," does; a table of tallies in brackets
("Norway (16), Chile (12)") gives no age.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind, compare
from sourcediff.extract import ordinals
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def counts(text: str) -> list[tuple[str, int, str]]:
    return [(text[s:e], int(v.amount), noun) for s, e, v, noun in ordinals.event_counts(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Guide Dawa Tashi completed his 14th ascent of the peak on Friday.", [("14th ascent", 14, "ascent")]),
    ("Mountain legend Dawa, 47, bagged his 14th summit – a record.", [("14th summit", 14, "ascent")]),
    ("She has now made nine ascents of the mountain.", [("nine ascents", 9, "ascent")]),
    ("It was her fifth climb of the north face.", [("fifth climb", 5, "ascent")]),
])
def test_an_ascent_is_counted_by_any_of_its_words(text: str, want: list[tuple[str, int, str]]) -> None:
    assert counts(text) == want


@pytest.mark.parametrize("text", [
    "It was his third summit attempt in four years.",
    "The ministers met for a second summit day in Lisbon.",
])
def test_a_summit_that_is_not_an_ascent_is_no_count(text: str) -> None:
    assert counts(text) == []


def test_a_summit_and_an_ascent_of_one_career_agree() -> None:
    a = Article.from_text("Guide Dawa Tashi, 47, completed his 14th ascent of Mount Kelder on Friday.",
                          id="a", published="2026-06-09")
    b = Article.from_text("Climbing legend Dawa Tashi, 47, bagged his 14th summit of Mount Kelder on Friday.",
                          id="b", published="2026-06-09")
    facts = [f for f in compare([a, b]).facts if f.kind is Kind.NUMBER
             and any(m.raw.endswith(("ascent", "summit")) for m in f.mentions)]
    assert facts and {m.source for m in facts[0].mentions} == {"a", "b"}
    assert facts[0].status.value == "agree"


def ages(text: str) -> list[Decimal]:
    ms = analyse(Article.from_text(text, id="x", published="2026-06-09")).mentions
    return [m.value.amount for m in ms
            if m.kind is Kind.NUMBER and m.slot == "number:age" and isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "age"), [
    ("Ana Ruiz (81) of Chile became the oldest woman to reach the top.", 81),
    ("The expedition was led by Tomas Varga (56), a mountain guide.", 56),
])
def test_an_age_in_brackets_after_a_full_name(text: str, age: int) -> None:
    assert ages(text) == [age]


@pytest.mark.parametrize("text", [
    "Norway (16), Chile (12) and Peru (9) topped the medal table.",
    "The medal table was led by Norway (16) and Chile (12).",
    "Sales rose at Harlow Mills (12) stores.",  # one capital word before the bracket is no full name
])
def test_brackets_that_are_no_age(text: str) -> None:
    assert ages(text) == []
