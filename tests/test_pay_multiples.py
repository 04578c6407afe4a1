"""A multiple of a worker's pay ("118 times what the median worker earns") is one figure, as is its pay ratio.

Executive-pay and pay-gap reports compare a boss's package with staff pay,
one outlet as "118 times the salary of a typical employee", another as "a
pay ratio of 118:1". To the number scan "118 times the" counted nothing, so
the figure was no fact at all and an outlet's unique ratio was lost
(extract/multiples.py, cue "pay").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import ABOVE, APPROX, Quantity


def multiples(body: str) -> list[tuple[str, object, tuple[str, ...]]]:
    article = Article.from_text("Hospital trust pay\n\n" + body, id="s0", published="2026-03-11")
    return [(m.raw, m.value, m.cues) for m in analyse(article).mentions
            if m.kind is Kind.NUMBER and m.slot == "number:multiple"]


@pytest.mark.parametrize(("body", "raw", "value"), [
    ("The trust's chief executive earned 118 times the salary of a typical porter last year.",
     "118 times the salary", Quantity(Decimal(118))),
    ("Her package is roughly forty times what the average nurse earns, the union said.",
     "roughly forty times what the average nurse earns", Quantity(Decimal(40), qualifier=APPROX)),
    ("Campaigners said the director was paid more than 60 times the national average wage.",
     "more than 60 times the national average wage", Quantity(Decimal(60), qualifier=ABOVE)),
    ("The annual report discloses a pay ratio of 118:1 for the year.",
     "pay ratio of 118:1", Quantity(Decimal(118))),
    ("Shareholders were shown a 74-to-1 pay ratio before the vote.",
     "74-to-1 pay ratio", Quantity(Decimal(74))),
])
def test_a_multiple_of_pay_is_read(body: str, raw: str, value: Quantity) -> None:
    found = multiples(body)
    assert [(r, v) for r, v, _ in found] == [(raw, value)]
    assert found[0][2] == ("pay",)


@pytest.mark.parametrize("body", [
    "The new ward is three times the size of the old one.",
    "Parking now costs four times the price it did in 2019.",
    "Rainfall in March was three times the monthly average.",
    "The ratio of nurses to patients was one to eight on the night shift.",
])
def test_other_multiples_are_no_pay_multiple(body: str) -> None:
    assert all(cues != ("pay",) for _, _, cues in multiples(body))


def _pay_facts(second: str) -> list[tuple[str, list[str]]]:
    first = Article.from_text(
        "Trust boss pay criticised\n\nUnison said the Eastmoor hospital trust's chief executive earned "
        "118 times what the median worker earns at the trust.", id="wire", published="2026-03-11")
    other = Article.from_text("Eastmoor pay row\n\n" + second, id="paper", published="2026-03-12")
    facts = compare([first, other]).to_dict()["facts"]
    assert isinstance(facts, list)
    return [(f["status"], sorted(m["text"] for m in f["mentions"])) for f in facts
            if any("ratio" in m["text"] or "times" in m["text"] for m in f["mentions"])]


def test_a_ratio_and_a_multiple_of_pay_agree() -> None:
    facts = _pay_facts("The Eastmoor hospital trust reported a pay ratio of 118:1 between its chief "
                       "executive and the median worker.")
    assert facts == [("agree", ["118 times what the median worker earns", "pay ratio of 118:1"])]


def test_a_different_ratio_is_not_the_same_figure() -> None:
    facts = _pay_facts("The Eastmoor hospital trust reported a pay ratio of 181:1 between its chief "
                       "executive and the median worker.")
    assert facts and all(status != "agree" for status, _ in facts)
