"""A lead time written as a duration ("a lead time of 14 minutes"): the interval before the event."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.intervals import find
from sourcediff.values import Interval


@pytest.mark.parametrize("text, raw, minutes", [
    ("Residents had a lead time of 12 minutes between the alert and the landfall.", "12 minutes", 12),
    ("The valley got 25 minutes' warning before the dam gave way.", "25 minutes", 25),
    ("Villagers had only ten minutes of warning, officials said.", "only ten minutes", 10),
    ("The sirens gave the district a 20-minute warning.", "20-minute", 20),
    ("That left families nine minutes to take cover in cellars.", "nine minutes", 9),
    ("Forecasters gave an hour's notice of the flash flood.", "an hour", 60),
])
def test_a_lead_time_is_an_interval_before_an_unnamed_event(text: str, raw: str, minutes: int) -> None:
    found = [(text[s:e], v) for s, e, v in find(text)]
    assert len(found) == 1
    written, value = found[0]
    assert written == raw
    assert isinstance(value, Interval) and value.relation == "before" and value.anchor == ""
    factor = 60 if value.span.unit == "hour" else 1
    assert value.span.amount * factor == minutes


@pytest.mark.parametrize("text", [
    "The home side held on through 14 minutes of stoppage time.",  # a duration of play
    "It is a 20-minute walk from the station to the stadium.",  # a measure of a walk
    "The meeting ran for 40 minutes before the vote.",  # "for": how long, not a gap
    "Staff said the lead singer arrived 10 minutes late.",  # "lead" without "time of"
    "The tenants were evicted with 48 hours' notice.",  # a notice period, of no event named
    "Workers can quit on 30 days' notice under the contract.",
])
def test_no_lead_time_without_words_of_warning(text: str) -> None:
    assert all(v.anchor for _, _, v in find(text))


def test_a_lead_time_meets_the_interval_another_outlet_writes() -> None:
    a = Article.from_text("The weather office issued a flood warning for Lowbridge 18 minutes before the "
                          "river burst its banks on Sunday.", id="a", published="2025-03-02")
    b = Article.from_text("Lowbridge residents had a lead time of 18 minutes between the flood warning and "
                          "the river bursting its banks on Sunday.", id="b", published="2025-03-02")
    c = Article.from_text("Lowbridge got 16 minutes' warning before the river burst its banks on Sunday.",
                          id="c", published="2025-03-02")
    facts = [(f.status.value, sorted(m.source for m in f.mentions)) for f in compare([a, b, c]).facts
             if f.kind.value == "number"]
    assert facts == [("diverge", ["a", "b", "c"])]


def test_a_notice_period_agrees_with_the_time_given_to_leave() -> None:
    texts = ["Brannock council gave the traders 48 hours to leave the market hall on Monday.",
             "The traders have 48 hours to leave the market hall, Brannock council said on Monday.",
             "Brannock council evicted the traders from the market hall on Monday with 48 hours' notice."]
    arts = [Article.from_text(t, id=f"s{n}", published="2025-03-02") for n, t in enumerate(texts)]
    facts = [(f.status.value, sorted(m.source for m in f.mentions)) for f in compare(arts).facts
             if f.kind.value == "number"]
    assert ("agree", ["s0", "s1", "s2"]) in facts
