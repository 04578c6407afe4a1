"""A payment made every period, named by its adjective, gives its sums that period ("annual premium").

A wire wrote "The average annual premium for a high-risk home will go up
from 634 pounds to 748 pounds" and a tabloid "The average high-risk
household will now pay about £62 a MONTH": one premium over two periods.
The yearly sums named no period ("annual" is too far before them for
`MONEY_PERIOD_BEFORE`), so nothing yearly met twelve times the monthly sum
(`periodsums.annualise`) and the tabloid's premium stood against every
sum of the claim (benchmarks/notes/floodinsurance_story.md). Only nouns of
a payment made each period count: "the annual report" dates a report
(invented texts).
"""

from __future__ import annotations

import pytest

from sourcediff import compare
from sourcediff.model import Article, Kind
from sourcediff.pipeline import analyse


def _periods(text: str) -> list[tuple[str, str | None]]:
    sums = [m for m in analyse(Article.from_text(text, id="s0", published="2027-03-16")).mentions
            if m.kind is Kind.MONEY]
    return [(m.raw, next((c for c in m.cues if c.startswith("period:")), None)) for m in sums]


@pytest.mark.parametrize(("text", "expected"), [
    ("The average annual premium for a riverside flat will go up from £512 to £590.",
     [("£512", "period:year"), ("£590", "period:year")]),
    ("The monthly rent at Carnbrook Court rose to £950 in April.", [("£950", "period:month")]),
    ("Its yearly membership fee moves from £120 to £135 next season.",
     [("£120", "period:year"), ("£135", "period:year")]),
])
def test_the_payment_adjective_names_the_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert _periods(text) == expected


@pytest.mark.parametrize("text", [
    "The annual report said profits at Ostrel Foods rose to £5m.",  # a report's year, no sum per year
    "The weekly market in Vellmar raised £4,000 for the hospice.",  # no payment noun
])
def test_no_payment_noun_no_period(text: str) -> None:
    assert all(p is None for _, p in _periods(text))


def test_a_monthly_sum_meets_the_yearly_premium_another_source_states() -> None:
    facts = compare([
        Article.from_text("The average annual premium for a riverside flat will go up from £512 to "
                          "£590, insurers said on Tuesday.", id="s0", published="2027-03-16"),
        Article.from_text("Riverside households will now pay about £49 a MONTH for cover, insurers said "
                          "yesterday.", id="s1", published="2027-03-17"),
    ]).facts
    money = sorted((f.status.value, sorted(m.raw for m in f.mentions)) for f in facts if f.kind is Kind.MONEY)
    assert ("agree", ["about £49", "£590"]) in money
