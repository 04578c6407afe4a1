"""A multiple of a named limit ("nearly four times the safe level") is one hedged figure to compare.

To the number scan "four times the" counts nothing, so an outlet's "almost
four times the safe level" and another's "nearly four times the safe level"
were never set side by side (extract/multiples.py).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import ABOVE, APPROX, Quantity


def multiples(body: str) -> list[tuple[str, object, tuple[str, ...]]]:
    article = Article.from_text("Reservoir tests\n\n" + body, id="s0", published="2026-07-02")
    return [(m.raw, m.value, m.cues) for m in analyse(article).mentions
            if m.kind is Kind.NUMBER and m.slot == "number:multiple"]


@pytest.mark.parametrize(("body", "raw", "value"), [
    ("Samples from Millbrook reservoir held nitrate at almost four times the safe level for drinking.",
     "almost four times the safe level", Quantity(Decimal(4), qualifier=APPROX, near=True)),  # just below 4
    ("Lead in the school's taps reached 3.5 times the legal limit, the council said.",
     "3.5 times the legal limit", Quantity(Decimal("3.5"))),
    ("Drivers on the bypass were clocked at more than twice the speed limit.",
     "more than twice the speed limit", Quantity(Decimal(2), qualifier=ABOVE)),
    ("Rainfall in March was three times the monthly average across the county.",
     "three times the monthly average", Quantity(Decimal(3))),
])
def test_a_multiple_of_a_limit_or_average_is_read(body: str, raw: str, value: Quantity) -> None:
    found = multiples(body)
    assert [(r, v) for r, v, _ in found] == [(raw, value)]


def test_what_is_multiplied_is_the_cue() -> None:
    found = multiples("Ozone hit twice the EU threshold, or four times the national average.")
    assert [c for _, _, c in found] == [("limit",), ("average",)]


@pytest.mark.parametrize("body", [
    "The new hall is three times the size of the old one.",
    "Tickets now cost five times the price they did in 2019.",
    "The crew had flown the route four times the previous winter.",
    "Inspectors found levels four times higher than last year.",
    "The level was one times the limit.",
])
def test_other_multiples_and_occasions_are_no_limit_multiple(body: str) -> None:
    assert multiples(body) == []


def _report(second: str) -> dict[str, object]:
    first = Article.from_text(
        "Millbrook reservoir shut\n\nWater officials shut Millbrook reservoir on Tuesday after tests found "
        "nitrate at almost four times the safe level for drinking water.",
        id="wire", published="2026-07-02")
    other = Article.from_text("Reservoir closed\n\n" + second, id="paper", published="2026-07-02")
    return compare([first, other]).to_dict()


def _multiple_facts(report: dict[str, object]) -> list[tuple[str, list[str]]]:
    facts = report["facts"]
    assert isinstance(facts, list)
    return [(f["status"], sorted(m["text"] for m in f["mentions"])) for f in facts
            if any("times the" in m["text"] for m in f["mentions"])]


def test_two_outlets_hedged_multiples_agree() -> None:
    report = _report("Officials closed Millbrook reservoir on Tuesday after nitrate was measured at nearly "
                     "four times the safe level for drinking water.")
    assert _multiple_facts(report) == [
        ("agree", ["almost four times the safe level", "nearly four times the safe level"])]


def test_a_different_multiple_is_not_the_same_figure() -> None:
    report = _report("Officials closed Millbrook reservoir on Tuesday after nitrate was measured at seven "
                     "times the safe level for drinking water.")
    facts = _multiple_facts(report)
    assert ("agree", ["almost four times the safe level", "seven times the safe level"]) not in facts
    assert facts, "both multiples are still read"
