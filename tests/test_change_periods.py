"""A month's change is no rival of a year's: "rose 0.4% on the month" against "rose 5.1% over the year".

Price and sales releases state each figure against the month before and
against a year before. The words around the two figures match (sales,
rose), so the rule that pairs values by their context alone read a wire's
monthly figure and a paper's annual one as one figure given two ways: a
false divergence, and the annual figure then missed its true partners.
Invented text.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.changeperiods import change_period, periods_differ
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.pipeline import analyse

PUBLISHED = "2027-04-14"


def _percents(text: str) -> tuple[list[Mention], dict[str, str]]:
    info = analyse(Article.from_text(text, id="s", published=PUBLISHED))
    return [m for m in info.mentions if m.kind is Kind.PERCENT], {"s": info.article.text}


@pytest.mark.parametrize(("text", "period"), [
    ("Retail sales rose 0.4% on the month, the agency said.", "month"),
    ("Clothing sales rose 5.1 per cent over the year to March.", "year"),
    ("Bus fares were 4.5% higher than a year earlier.", "year"),
    ("Output grew 1.2 percent quarter-on-quarter.", "quarter"),
    ("Wages rose 0.3% m/m in February.", "month"),
    ("The index showed a monthly rise of 0.6% in March.", "month"),
    ("Annual inflation fell to 2.8 per cent in March.", "year"),
])
def test_the_period_a_change_is_measured_over(text: str, period: str) -> None:
    ms, texts = _percents(text)
    assert [change_period(m, texts) for m in ms] == [period], [m.raw for m in ms]


def test_a_figure_naming_no_period_names_none() -> None:
    ms, texts = _percents("Sales rose 3.2% after the holiday weekend, the agency said.")
    assert [change_period(m, texts) for m in ms] == [None]


def test_only_two_named_and_different_periods_differ() -> None:
    ms, texts = _percents("Prices rose 0.4% on the month and 3.1% on the year; "
                          "fuel rose 2% after the strike.")
    month, year, bare = ms
    assert periods_differ(month, year, texts)
    assert not periods_differ(month, bare, texts)
    assert not periods_differ(year, year, texts)


def _report(texts: list[str]) -> list[tuple[Verdict, set[str], set[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published=PUBLISHED) for n, t in enumerate(texts)]
    return [(f.status, {m.source for m in f.mentions}, {m.raw for m in f.mentions})
            for f in compare(arts).facts if f.kind is Kind.PERCENT]


def test_a_monthly_and_an_annual_change_of_sales_are_two_facts() -> None:
    facts = _report([
        "Valdora's retail sales rose 2.9% last month from a year earlier, the statistics agency said.\n\n"
        "Analysts had expected growth of 2.5% for the month. Sales rose 0.4% on the month.\n\n"
        "Online sales climbed 7.2% this month, the agency said.",
        "Shoppers in Valdora spent more last month, figures from the statistics agency showed.\n\n"
        "Retail sales were 2.9 per cent higher than a year before.\n\n"
        "But the picture was mixed this month. Clothing sales rose 5.1 per cent over the year. "
        "Online sales were up 7.2 per cent.",
    ])
    assert not any(status is Verdict.DIVERGE for status, _, _ in facts), facts
    assert any(status is Verdict.AGREE and raws == {"7.2%", "7.2 per cent"}
               for status, _, raws in facts), facts


def test_two_monthly_changes_of_one_figure_still_diverge() -> None:
    facts = _report([
        "Valdora's retail sales rose 2.9% last month from a year earlier, the statistics agency said.\n\n"
        "Analysts had expected growth of 2.5% for the month. Sales rose 0.4% on the month.",
        "Shoppers in Valdora spent more last month, figures from the statistics agency showed.\n\n"
        "Retail sales were 2.9 per cent higher than a year before.\n\n"
        "Sales rose 0.6 per cent on the month.",
    ])
    assert any(status is Verdict.DIVERGE and raws == {"0.4%", "0.6 per cent"}
               for status, _, raws in facts), facts
