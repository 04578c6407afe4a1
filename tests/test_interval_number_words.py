"""A span written with a number word past twelve is read whole (invented).

An outlet wrote that a ferry's engines failed "and fourteen minutes later
the crew sent a distress call": the interval pattern read number words only
up to twelve, so "fourteen" was skipped and "minutes later" alone became a
vague "2 to 59 minutes after", which set the outlet against another's "14
minutes after the engines failed" as an unrelated figure, and beside its own
plain "fourteen minutes" as a second one. The same held for a journey's length
("took fourteen days to reach"), a warning's lead time ("had fifteen minutes
to take cover") and the larger unit leading a span ("twenty hours and 35
minutes after", read as 35 minutes).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pairverdict import pair_verdict
from sourcediff import Kind, Verdict
from sourcediff.extract import intervals
from sourcediff.values import APPROX, Interval, Quantity


def q(amount: str, unit: str, qualifier: str | None = None) -> Quantity:
    return Quantity(Decimal(amount), unit, qualifier)


@pytest.mark.parametrize(("text", "raw", "value"), [
    ("The engines failed and fourteen minutes later the crew called for help.", "fourteen minutes later",
     Interval(q("14", "minute"), "after")),
    ("Medics reached the quay twenty-two minutes after the alarm.", "twenty-two minutes after",
     Interval(q("22", "minute"), "after", "alarm")),
    ("The ferry was towed in about thirty five hours after the fire.", "about thirty five hours after",
     Interval(q("35", "hour", APPROX), "after", "fire")),
    ("Nineteen days before the ballot, the mayor of Ostrel quit.", "Nineteen days before",
     Interval(q("19", "day"), "before", "ballot")),
])
def test_number_words_past_twelve(text: str, raw: str, value: Interval) -> None:
    found = [(text[s:e], v) for s, e, v in intervals.find(text)]
    assert found == [(raw, value)]


@pytest.mark.parametrize(("text", "raw", "amount", "unit", "relation"), [
    ("It took them fourteen days to reach the summit of Mount Orrel.", "fourteen days", "14", "day",
     "after"),
    ("Residents of Ostrel had fifteen minutes to take cover.", "fifteen minutes", "15", "minute", "before"),
    ("The miners were freed twenty hours and 35 minutes after the collapse.",
     "twenty hours and 35 minutes after", "1235", "minute", "after"),
])
def test_journeys_leads_and_larger_units(text: str, raw: str, amount: str, unit: str, relation: str) -> None:
    found = [(text[s:e], v.span.amount, v.span.unit, v.relation) for s, e, v in intervals.find(text)]
    assert found == [(raw, Decimal(amount), unit, relation)]


BASE = "The lifeboat from Ostrel reached the stricken ferry {} the engines failed, the coastguard said."


def verdict(a: str, b: str) -> Verdict:
    return pair_verdict(BASE, a, b, "2026-03-02",
                        lambda f: f.kind is Kind.NUMBER and f.mentions[0].slot.startswith("interval:"))


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("fourteen minutes after", "14 minutes after", Verdict.AGREE),
    ("fourteen minutes after", "17 minutes after", Verdict.DIVERGE),
    ("forty-five minutes after", "45 minutes after", Verdict.AGREE),
])
def test_spelled_spans_compare_with_digits(a: str, b: str, expected: Verdict) -> None:
    assert verdict(a, b) is expected
