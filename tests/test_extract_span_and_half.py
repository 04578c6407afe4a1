""""A minute and a half" is 1.5 minutes: a half after the unit of an "a" span (moonlanding).

A specialist paper writes "about a minute and a half" where a wire writes "94
seconds", a tabloid "an hour and a half" where a council says "90 minutes".
The half after the unit leaves the "a" no other reading than the figure one.
"""

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


@pytest.mark.parametrize(("text", "unit"), [
    ("The probe lost its radio link for about a minute and a half during the descent.", "minute"),
    ("The council meeting ran for an hour and a half before the vote was called.", "hour"),
    ("Crews needed a day and a half to clear the rubble from the Halder road.", "day"),
    ("She spent a year and a half in the Corvin research station.", "year"),
    ("Power was out for nearly an hour and a half in the old town.", "hour"),
])
def test_an_a_span_with_a_half_after_its_unit_is_one_and_a_half(text: str, unit: str) -> None:
    [(_, value)] = spans(text)
    assert (value.amount, value.unit) == (Decimal("1.5"), unit)


@pytest.mark.parametrize("text", [
    "The freight train was doing 40 miles an hour and a half-empty tanker followed it.",  # a rate
    "Drivers earn $16 an hour and a half day off each month.",  # a wage, then a half day
    "A minute's silence was held, and a half-time show followed.",  # no span at all
    "The council meets once a week and a half of its members stay away.",  # a frequency
])
def test_no_span_and_a_half_where_the_half_belongs_elsewhere(text: str) -> None:
    assert [raw for raw, v in spans(text) if v.amount == Decimal("1.5")] == []


def test_a_minute_and_a_half_agrees_with_94_seconds_in_another_outlet() -> None:
    wire = ("Controllers at Vantor Space lost contact with the Orrin probe for 94 seconds during its final "
            "descent on Thursday.")
    paper = ("The Orrin probe of Vantor Space lost its radio link for about a minute and a half during its "
             "final descent on Thursday.")
    report = compare([Article.from_text(wire, id="a", published="2026-11-19"),
                      Article.from_text(paper, id="b", published="2026-11-19")])
    [fact] = [f for f in report.facts if f.kind is Kind.NUMBER
              and any(m.raw.endswith(("seconds", "minute")) for m in f.mentions)]
    assert fact.status is Verdict.AGREE
    assert sorted(m.source for m in fact.mentions) == ["a", "b"]


@pytest.mark.parametrize(("text", "amount", "unit", "raw"), [
    ("The start was set an hour and a quarter before high water at Dunmere.",
     Decimal("1.25"), "hour", "an hour and a quarter"),
    ("The ferry crossing took a day and a quarter in the autumn gales.", Decimal("1.25"), "day",
     "a day and a quarter"),
    ("She spent a year and three quarters at the Corvin station.", Decimal("1.75"), "year",
     "a year and three quarters"),
    ("The vote came after an hour and three-quarters of debate.", Decimal("1.75"), "hour",
     "an hour and three-quarters"),
])
def test_an_a_span_with_a_quarter_after_its_unit(text: str, amount: Decimal, unit: str, raw: str) -> None:
    [(found, value)] = spans(text)
    assert (value.amount, value.unit, found) == (amount, unit, raw)


@pytest.mark.parametrize("text", [
    "The freight train was doing 40 miles an hour and a quarter of the wagons were empty.",  # a rate
    "Drivers earn $16 an hour and a quarter of them work nights.",  # a wage, then a share
])
def test_no_span_and_a_quarter_where_the_quarter_belongs_elsewhere(text: str) -> None:
    assert [raw for raw, v in spans(text) if v.amount in (Decimal("1.25"), Decimal("1.75"))] == []


def test_an_hour_and_a_quarter_agrees_with_75_minutes_in_another_outlet() -> None:
    wire = "The Dunmere regatta started an hour and a quarter before high water on Saturday."
    paper = "Organisers set the Dunmere regatta start for 75 minutes before high tide on Saturday."
    report = compare([Article.from_text(wire, id="a", published="2026-11-19"),
                      Article.from_text(paper, id="b", published="2026-11-19")])
    [fact] = [f for f in report.facts if f.kind is Kind.NUMBER
              and any(m.raw.endswith(("minutes", "quarter")) for m in f.mentions)]
    assert fact.status is Verdict.AGREE
    assert sorted(m.source for m in fact.mentions) == ["a", "b"]
