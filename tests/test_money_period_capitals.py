"""The period after a sum is read in capitals too: a tabloid's "about £62 a MONTH" is a sum per month.

`patterns.MONEY_PERIOD_AFTER` took only lower-case period words, so a
shouted "a MONTH" named no period and the monthly sum was a rival of every
yearly sum of its claim (`compat.same_thing`), and could not be read per
year (`periodsums.annualise`) (benchmarks/notes/floodinsurance_story.md;
invented texts).
"""

from __future__ import annotations

import pytest

from sourcediff.model import Article, Kind
from sourcediff.pipeline import analyse


def _periods(text: str) -> list[tuple[str, str | None]]:
    sums = [m for m in analyse(Article.from_text(text, id="s0", published="2027-03-17")).mentions
            if m.kind is Kind.MONEY]
    return [(m.raw, next((c for c in m.cues if c.startswith("period:")), None)) for m in sums]


@pytest.mark.parametrize(("text", "period"), [
    ("Tenants at Carnbrook Court will now pay about £640 a MONTH for a flat.", "period:month"),
    ("Drivers face paying £9 A DAY to enter the Vellmar zone.", "period:day"),
    ("Nurses at Ostrel General earn £31,000 PER YEAR on average.", "period:year"),
    ("Tenants at Carnbrook Court will now pay about £640 a month for a flat.", "period:month"),
])
def test_a_period_after_a_sum_in_any_case(text: str, period: str) -> None:
    assert [p for _, p in _periods(text)] == [period]


def test_a_time_after_a_sum_in_capitals_is_still_no_period() -> None:
    assert [p for _, p in _periods("The club paid £2m A YEAR EARLIER for the striker.")] == [None]
