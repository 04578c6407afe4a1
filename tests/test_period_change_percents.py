"""A percent followed by the period it is measured over is a growth rate: "3.1% y/y", "2.9% on the year".

Wage and price releases are written "grew 0.3% m/m and 3.1% y/y" by one
outlet, "rose 3.1 percent from a year earlier" by another and "3.1 percent
on the year" in a figures box. Only a verb before the figure marked it a
change, so the box's and the trade paper's growth rates read as levels
(they were then compared with a jobless rate instead of each other).
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.pipeline import analyse

DAY = "2026-10-02"


def percents(text: str) -> dict[str, bool]:
    info = analyse(Article.from_text(text, id="t", published=DAY))
    return {m.raw: CHANGE in m.cues for m in info.mentions if m.kind is Kind.PERCENT}


@pytest.mark.parametrize(("text", "raw"), [
    ("Average earnings grew 0.3% m/m and 3.1% y/y.", "3.1%"),
    ("Pay: hourly earnings up 0.3 percent on the month and 2.9 percent on the year.", "2.9 percent"),
    ("Prices rose 0.2 percent from August and 3.1 percent from a year earlier.", "3.1 percent"),
    ("Rents in September: 4.4 per cent year-on-year.", "4.4 per cent"),
    ("Core inflation, 2.7% (yoy), was the lowest since 2021.", "2.7%"),
])
def test_the_period_after_a_percent_makes_it_a_change(text: str, raw: str) -> None:
    assert percents(text).get(raw) is True


@pytest.mark.parametrize(("text", "raw"), [
    ("The jobless rate was 4.6 percent in September.", "4.6 percent"),
    ("Turnout reached 61% on the day.", "61%"),
    ("The rate held at 5.25% for a year.", "5.25%"),
])
def test_a_level_stays_a_level(text: str, raw: str) -> None:
    assert percents(text).get(raw) is False


def test_growth_rates_written_three_ways_are_compared_with_each_other() -> None:
    report = compare([
        Article.from_text("The bureau said on Friday that the jobless rate rose to 4.6 percent from 4.5 "
                          "percent. Prices rose 0.2 percent from August and 3.1 percent from a year earlier.",
                          id="a", published=DAY),
        Article.from_text("Friday's release: unemployment 4.6%, CPI +3.1% y/y. Consumer prices grew 0.2% m/m "
                          "and 3.1% y/y, the bureau said.", id="b", published=DAY),
        Article.from_text("The jobless rate: 4.6 percent, up from 4.5 percent. Prices: up 0.2 percent on the "
                          "month and 2.9 percent on the year, the bureau said on Friday.",
                          id="c", published=DAY),
    ])
    yearly = [f for f in report.facts if f.kind is Kind.PERCENT and f.status is not Verdict.UNIQUE
              and any(m.raw.startswith(("3.1", "2.9")) for m in f.mentions)]
    assert len(yearly) == 1
    assert yearly[0].status is Verdict.DIVERGE
    assert not any(m.raw.startswith(("4.6", "4.5")) for m in yearly[0].mentions)
