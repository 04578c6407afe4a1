"""A figure apposed to a superlative of a plural noun ("holds the most seats, 118,") is a count, not an age.

The appositive-age rule reads "the marathon ace, 28, has" as a person's age;
"the most seats, 118," has the same shape but gives how many of the noun, and
read as an age it could never meet another outlet's "118 seats".
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.extract import numbers
from sourcediff.model import Article
from sourcediff.segment import segment


def slots(text: str) -> dict[str, str]:
    article = Article.from_text(text)
    return {m.raw: m.slot for m in numbers.extract(article, segment(article))}


def test_a_figure_after_the_most_plural_noun_is_a_count() -> None:
    found = slots("The Harbour Party of Ola Vinter still holds the most seats, 96, but lost its majority.")
    assert found["96"] == "number:count"


def test_the_fewest_and_the_largest_number_of_are_counts_too() -> None:
    assert slots("The Upland League won the fewest votes, 41, of any party.")["41"] == "number:count"
    assert slots("Brockford has the largest number of clinics, 57, in the region.")["57"] == "number:count"


def test_a_person_described_by_a_noun_phrase_keeps_the_age() -> None:
    assert slots("The marathon ace, 28, has won again.")["28"] == "number:age"
    assert slots("The most decorated officer, 54, retired on Friday.")["54"] == "number:age"
    assert slots("One guard, 56, was struck.")["56"] == "number:age"


def test_the_apposed_count_meets_another_outlets_count() -> None:
    a = Article.from_text("The Harbour Party won 96 of the 200 seats, down from 110.", id="a")
    b = Article.from_text("The Harbour Party still holds the most seats, 96, but 14 fewer than in 2021.",
                          id="b")
    facts = compare([a, b]).to_dict()["facts"]
    status = {(m["source"], m["text"]): f["status"] for f in facts for m in f["mentions"]}
    assert status[("b", "96")] == "agree"
