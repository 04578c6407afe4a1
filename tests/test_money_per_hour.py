"""A sum per hour is one rate however it is written (invented text).

"£12.50 an hour", "£12.50 per hour", "an hourly rate of £12.50", "£12.50
hourly" and "$18/hour" each state a sum for one hour. Before, the period was
read only from words right after the sum: "an hourly rate of £13.20" was a
sum of no period, so it was set against another outlet's "£26,000 a year" as
its rival (a false divergence), and "$18/hour" was no sum at all (the slash
made it a path). The period written before the sum, as an adjective, is read
too, as is a period after a slash and an adverb after the sum ("£5bn
annually").
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract import money
from sourcediff.model import Fact
from sourcediff.segment import segment


def _periods(text: str) -> list[tuple[str, tuple[str, ...]]]:
    article = Article.from_text(text, id="x", published="2026-11-03")
    return [(m.raw, tuple(c for c in m.cues if c.startswith("period:")))
            for m in money.extract(article, segment(article))]


@pytest.mark.parametrize(("text", "raw", "period"), [
    ("Care workers will be paid £12.50 an hour from April.", "£12.50", "period:hour"),
    ("Care workers will be paid £12.50 per hour from April.", "£12.50", "period:hour"),
    ("Care workers will get an hourly rate of £12.50 from April.", "£12.50", "period:hour"),
    ("The new hourly minimum wage of £12.50 starts in April.", "£12.50", "period:hour"),
    ("Hourly pay of £12.50 starts in April.", "£12.50", "period:hour"),
    ("Pay rises to an hourly £12.50 in April.", "£12.50", "period:hour"),
    ("They will be paid £12.50 hourly from April.", "£12.50", "period:hour"),
    ("Drivers will be paid $18/hour from May.", "$18", "period:hour"),
    ("Drivers will be paid $18/hr from May.", "$18", "period:hour"),
    ("The parking permit costs $45/month.", "$45", "period:month"),
    ("The scheme costs £5bn annually, the minister said.", "£5bn", "period:year"),
    ("A senior nurse earns £41,000 per annum.", "£41,000", "period:year"),
    ("It carries an annual salary of £26,000.", "£26,000", "period:year"),
])
def test_the_period_of_a_sum(text: str, raw: str, period: str) -> None:
    assert _periods(text) == [(raw, (period,))]


@pytest.mark.parametrize("text", [
    "The annual report said £5m was lost.",  # the report is yearly, the sum is not
    "The Daily Courier, £2 on Sundays, led with the story.",  # a paper's name
    "The council paid £5m for the site.",
])
def test_no_period(text: str) -> None:
    assert [p for _, p in _periods(text)] == [()]


LEAD = "Care workers at Hollin Trust will {} from April under a deal agreed on Tuesday, the trust said."


def _money(first: str, second: str) -> list[Fact]:
    arts = [Article.from_text(LEAD.format(pay), id=name, published="2026-11-03")
            for name, pay in (("wire", first), ("paper", second))]
    return [f for f in compare(arts).facts if f.kind is Kind.MONEY]


@pytest.mark.parametrize(("first", "second"), [
    ("be paid £12.50 an hour", "get an hourly rate of £12.50"),
    ("be paid £12.50 per hour", "be paid £12.50 an hour"),
    ("be paid $18/hour", "be paid $18 an hour"),
])
def test_one_hourly_rate_agrees(first: str, second: str) -> None:
    facts = _money(first, second)
    assert [(f.status, f.sources) for f in facts] == [(Verdict.AGREE, ("wire", "paper"))], facts


@pytest.mark.parametrize(("first", "second"), [
    ("be paid £12.50 an hour", "get an hourly rate of £13.20"),
    ("be paid $18/hour", "be paid $19.50 an hour"),
])
def test_two_hourly_rates_diverge(first: str, second: str) -> None:
    facts = _money(first, second)
    assert [(f.status, f.sources) for f in facts] == [(Verdict.DIVERGE, ("wire", "paper"))], facts


def test_a_yearly_salary_is_no_rival_of_an_hourly_rate() -> None:
    facts = _money("be paid £26,000 a year", "get an hourly rate of £13.20")
    assert sorted((f.status, f.sources) for f in facts) == [
        (Verdict.UNIQUE, ("paper",)), (Verdict.UNIQUE, ("wire",))], facts
