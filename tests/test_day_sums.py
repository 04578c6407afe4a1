"""A sum stated per week is the daily sum another source states, over a week of five or seven days.

A wire writes a nursery fee as "52 pounds a day", a tabloid as "a full week
of care will go up to £260": one fee over two periods. The week was no
period at all when it was what the sum is the price of rather than words
after it (money.period_cue), and no stage read a weekly sum per day, so
the tabloid's sums stood alone as its own facts. extract/daysums reads a
weekly sum per day when exactly one of 5 and 7 days gives another source's
daily sum; otherwise nothing changes.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import compare
from sourcediff.extract.daysums import PER_DAY, daily_from_weekly
from sourcediff.model import Article, Kind
from sourcediff.pipeline import analyse, analyse_all
from sourcediff.values import Money


def _articles(*texts: str) -> list[Article]:
    return [Article.from_text(t, id=f"s{n}", published="2027-03-09") for n, t in enumerate(texts)]


def _money_facts(*texts: str) -> list[tuple[str, list[str]]]:
    return sorted((f.status.value, sorted(m.raw for m in f.mentions))
                  for f in compare(_articles(*texts)).facts if f.kind is Kind.MONEY)


def _sums(*texts: str) -> list[tuple[str, Decimal, bool]]:
    infos = daily_from_weekly(analyse_all(_articles(*texts), {}, jobs=1))
    return [(m.raw, m.value.amount, PER_DAY in m.cues) for s in infos for m in s.mentions
            if isinstance(m.value, Money)]


@pytest.mark.parametrize(("text", "cue"), [
    ("Parents were told a full week of care will go up from £230 to £260 in May.", "period:week"),
    ("A day at the Brookfield nursery will cost £52 from September.", "period:day"),
    ("The charge for a full day, currently 46 pounds, has been frozen since 2025.", "period:day"),
    ("A week's stay at the lodge is £840 in August.", "period:week"),
    ("In a week of chaos, the carrier lost £5m in bookings.", None),
    ("One year after the flood, the council paid £3m to residents.", None),
])
def test_a_period_named_as_what_the_sum_is_the_price_of(text: str, cue: str | None) -> None:
    sums = [m for m in analyse(Article.from_text(text)).mentions if m.kind is Kind.MONEY]
    assert sums and all(next((c for c in m.cues if c.startswith("period:")), None) == cue for m in sums)


def test_a_weekly_fee_joins_the_daily_fee_another_source_states() -> None:
    facts = _money_facts(
        "The Larchway nursery group will raise its full-day fee to 52 pounds a day from May 1, it said.",
        "Parents at Larchway were told a full week of care will cost £260 from May 1.",
    )
    assert facts == [("agree", ["52 pounds", "£260"])]


def test_the_weekly_sum_is_read_per_day_and_keeps_its_text() -> None:
    sums = _sums("The Larchway nursery group will raise its full-day fee from £46 to £52 per day in May.",
                 "At Larchway a full week of care will go up from £230 to £260 in May.")
    assert ("£230", Decimal(46), True) in sums  # beside "£52 per day", the £46 is a fee per day too
    assert ("£260", Decimal(52), True) in sums


def test_a_week_of_seven_days_for_a_stay() -> None:
    sums = _sums("Rooms at the Kelsby lodge cost £120 a day in August, the owners said.",
                 "A week's stay at the Kelsby lodge is £840 in August.")
    assert ("£840", Decimal(120), True) in sums


def test_a_weekly_sum_no_daily_sum_meets_stays_as_written() -> None:
    sums = _sums("The Larchway nursery group will raise its full-day fee to 52 pounds a day from May 1.",
                 "Parents at Larchway were told a full week of care will cost £275 from May 1.")
    assert ("£275", Decimal(275), False) in sums


def test_a_source_giving_the_daily_sum_itself_keeps_its_weekly_aside() -> None:
    sums = _sums("The Larchway nursery group will raise its full-day fee to 52 pounds a day from May 1.",
                 "Larchway's fee rises to £52 a day, so a full week of care will cost £260 from May 1.")
    assert ("£260", Decimal(260), False) in sums
