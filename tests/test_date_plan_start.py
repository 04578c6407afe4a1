"""A start date a past decision set: "agreed yesterday to cut output from January 1" (invented text).

A December story reports a decision in the past tense ("struck a deal",
"voted") and the date it takes effect with "from", "starting", "effective"
or "as of" after an infinitive ("to pump", "to raise"). The past form is
the decision's, not the date's: read as a past clause, the coming January 1
went to the January eleven months back, while a wire's "agreed on Sunday to
cut ... from January 1" (no strong past form) went to the coming one.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return [(m.raw, str(m.value.start)) for m in info.mentions if m.kind is Kind.DATE]


@pytest.mark.parametrize(("text", "raw", "day"), [
    ("The Halvern Grain Board struck a deal yesterday to export 40,000 fewer tonnes a month from January 1.",
     "January 1", "2027-01-01"),
    ("Councillors voted on Thursday to raise parking fees starting February 2, the council said.",
     "February 2", "2027-02-02"),
    ("The regulator decided last week to ban the additive effective January 15.", "January 15", "2027-01-15"),
    ("Ministers met on Monday and agreed to lift the curfew as of March 1.", "March 1", "2027-03-01"),
    ("Tessor Rail announced plans to close the Dunley line from January 12 for repairs.",
     "January 12", "2027-01-12"),
])
def test_a_start_date_set_by_a_past_decision_is_the_coming_one(text: str, raw: str, day: str) -> None:
    assert (raw, day) in _dates(text, "2026-12-02")


@pytest.mark.parametrize(("text", "raw", "day"), [
    ("Exports rose 5% from January 1 to the end of June.", "January 1", "2026-01-01"),
    ("The new levy took effect from January 1.", "January 1", "2026-01-01"),
    ("Output was cut to 20 million barrels from March 1.", "March 1", "2026-03-01"),
    ("In March the board voted to raise fees from April 1.", "April 1", "2026-04-01"),
    ("Staff at the plant had returned to work from January 3.", "January 3", "2026-01-03"),
    ("Pike was moved to Calder from January 3, the club said.", "January 3", "2026-01-03"),
])
def test_a_past_clause_without_a_plan_keeps_its_past_reading(text: str, raw: str, day: str) -> None:
    assert (raw, day) in _dates(text, "2026-12-02")


def test_early_in_the_year_the_nearer_date_is_still_the_past_one() -> None:
    # Said in March, a January start already passed: the nearer reading is this year's.
    got = _dates("The board voted to raise fees from January 1.", "2026-03-10")
    assert ("January 1", "2026-01-01") in got


def test_a_plan_start_and_its_end_stay_in_one_year() -> None:
    got = _dates("The city decided to shut the Orm bridge from January 12 to January 20.", "2026-12-02")
    assert got == [("January 12", "2027-01-12"), ("January 20", "2027-01-20")]
