"""Intervals between events: "an hour after the quake" is a typed span, compared across sources."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pairverdict import pair_verdict
from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract import intervals
from sourcediff.extract.intervals import parse_interval
from sourcediff.values import APPROX, CEILING, Interval, Quantity


def q(amount: str, unit: str, qualifier: str | None = None, high: str | None = None) -> Quantity:
    return Quantity(Decimal(amount), unit, qualifier, Decimal(high) if high else None)


@pytest.mark.parametrize(("text", "raw", "value"), [
    ("Rescuers arrived an hour after the quake.", "an hour after",
     Interval(q("1", "hour"), "after", "quake")),
    ("Rescuers arrived about an hour after the quake struck.", "about an hour after",
     Interval(q("1", "hour", APPROX), "after", "quake struck")),
    ("Hours before the vote, protesters gathered.", "Hours before",
     Interval(q("2", "hour", None, "23"), "before", "vote")),
    ("Police arrived within 30 minutes of the blast.", "within 30 minutes of",
     Interval(q("0", "minute", None, "30"), "after", "blast")),
    ("Two days later, the minister resigned.", "Two days later", Interval(q("2", "day"), "after")),
    ("Half an hour later the polls closed.", "Half an hour later", Interval(q("0.5", "hour"), "after")),
    ("He was freed an hour and a half after his arrest.", "an hour and a half after",
     Interval(q("1.5", "hour"), "after", "arrest")),
    ("A few days before the election, he quit.", "A few days before",
     Interval(q("2", "day", None, "6"), "before", "election")),
    ("She resigned 3 weeks earlier.", "3 weeks earlier", Interval(q("3", "week"), "before")),
    ("Shares fell up to 10 minutes after the announcement.", "up to 10 minutes after",
     Interval(q("10", "minute", CEILING), "after", "announcement")),
    ("Staff were told within a fortnight of the leak.", "within a fortnight of",
     Interval(q("0", "fortnight", None, "1"), "after", "leak")),
])
def test_interval_phrasings(text: str, raw: str, value: Interval) -> None:
    found = [(text[s:e], v) for s, e, v in intervals.find(text)]
    assert found == [(raw, value)]


@pytest.mark.parametrize("text", [
    "The talks followed two hours of debate.",  # a duration, not a span between events
    "The day after the vote, markets fell.",  # no amount
    "He waited for hours.",
    "Fortnights later, the talks resumed.",  # no next unit's worth bounds a bare "fortnights"
    "The jockey was suspended for six months after a failed test.",  # how long, after its cause
])
def test_no_interval(text: str) -> None:
    assert intervals.find(text) == ()


@pytest.mark.parametrize("value", [
    Interval(q("1", "hour"), "after", "quake"), Interval(q("1", "hour", APPROX), "before", "poll closed"),
    Interval(q("0", "minute", None, "30"), "after", "blast"), Interval(q("2", "day"), "after"),
])
def test_canonical_parses_back(value: Interval) -> None:
    assert parse_interval(value.canonical()) == value


BASE = "Rescue teams reached the flattened market in Dorvik {} the earthquake, the civil defence agency said."


def verdict(a: str, b: str) -> Verdict:
    return pair_verdict(BASE, a, b, "2026-03-02",
                        lambda f: f.kind is Kind.NUMBER and f.mentions[0].slot.startswith("interval:"))


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("an hour after", "two hours after", Verdict.DIVERGE),
    ("about an hour after", "an hour after", Verdict.AGREE),
    ("an hour after", "60 minutes after", Verdict.AGREE),
    ("within 30 minutes of", "20 minutes after", Verdict.AGREE),
    ("within 30 minutes of", "an hour after", Verdict.DIVERGE),
    ("hours after", "three hours after", Verdict.AGREE),
    ("two days after", "a day after", Verdict.DIVERGE),
    ("a fortnight after", "14 days after", Verdict.AGREE),
    ("a fortnight after", "three weeks after", Verdict.DIVERGE),
])
def test_intervals_compare_across_sources(a: str, b: str, expected: Verdict) -> None:
    assert verdict(a, b) is expected


@pytest.mark.parametrize(("a", "b"), [
    # spans from different events
    ("Rescue teams reached the market an hour after the earthquake, the agency said.",
     "Rescue teams reached the market two hours after the evacuation order, the agency said."),
    # a span before an event and one after it
    ("Protesters gathered outside parliament two hours before the vote, police said.",
     "Protesters gathered outside parliament an hour after the vote, police said."),
    # a gap after an event that happened is no period, even with a near figure nearby
    ("Medics arrived within 20 minutes of the collapse, the fire service said.",
     "Medics spent a 30-minute shift at the site, the fire service said."),
    # a time limit is a period, but an age never is
    ("Parents may register a child within three years of birth, the council said.",
     "Parents may register a 4-year-old child, the council said."),
])
def test_intervals_of_different_facts_never_diverge(a: str, b: str) -> None:
    report = compare([Article.from_text(a, id="a", published="2026-03-02"),
                      Article.from_text(b, id="b", published="2026-03-02")])
    assert [f for f in report.facts if f.mentions[0].slot.startswith("interval:")]
    assert not [f for f in report.facts if f.status is Verdict.DIVERGE]


# A time limit written as "within N of" after a modal is one period with "an N-day window" or
# "N days to appeal": the two grammars meet; a gap between two events that happened never does.
WINDOW = "The tenants' union {} against the eviction order, its lawyer said."


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("may file an objection within 21 days of receiving it", "has a 21-day window to object",
     Verdict.AGREE),
    ("may file an objection within 14 days of receiving it", "has a 21-day window to object",
     Verdict.DIVERGE),
    ("must file an objection within two weeks of the notice", "has a 14-day window to object",
     Verdict.AGREE),
    ("must file an objection within a fortnight of the notice", "has a 14-day window to object",
     Verdict.AGREE),
    ("must file an objection within a fortnight of the notice", "has a 21-day window to object",
     Verdict.DIVERGE),
])
def test_time_limit_meets_its_period(a: str, b: str, expected: Verdict) -> None:
    assert pair_verdict(WINDOW, a, b, "2026-03-02", lambda f: f.kind is Kind.NUMBER) is expected


def test_time_limit_drops_its_event() -> None:
    (_, _, limit), = intervals.find("Growers may claim the grant within 60 days of planting.")
    (_, _, gap), = intervals.find("Medics arrived within 20 minutes of the collapse.")
    assert (limit.anchor, gap.anchor) == ("", "collapse")


@pytest.mark.parametrize("text", [
    "The inspectorate has promised its findings within 45 days of the fire.",
    "The council plans to rule within a week of the hearing.",
    "The regulator expects to publish a decision within 60 days of the complaint.",
    "A first report is due within 30 days of the outage.",
])
def test_a_promise_or_plan_makes_a_time_limit(text: str) -> None:
    """ "has promised a report within 30 days of the incident" is the period 30 days, like a modal's limit."""
    (_, _, limit), = intervals.find(text)
    assert limit.anchor == ""


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("has promised a ruling within 21 days of the appeal", "expects to give its ruling within 21 days",
     Verdict.AGREE),
])
def test_promised_limit_meets_a_plain_period(a: str, b: str, expected: Verdict) -> None:
    assert pair_verdict(WINDOW, a, b, "2026-03-02", lambda f: f.kind is Kind.NUMBER) is expected



@pytest.mark.parametrize(("a", "b", "expected"), [
    ("for two fortnights", "for four weeks", Verdict.AGREE),
    ("for two fortnights", "for 21 days", Verdict.DIVERGE),
])
def test_fortnights_are_a_measure_of_time(a: str, b: str, expected: Verdict) -> None:
    text = "The ferry terminal at Karsby stayed closed {} after the storm, the port authority said."
    assert pair_verdict(text, a, b, "2026-03-02", lambda f: f.kind is Kind.NUMBER) is expected
