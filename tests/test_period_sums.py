"""A sum stated per month (or week) is the yearly sum another source states, read twelve (52) times over.

A trade site writes a bill as "£115,000 a month" where a wire writes "1.38
million pounds a year": one cost over two periods. Sums of two periods are
never rivals (compat.same_thing), so the monthly sum stood alone as the
trade site's own fact. extract/periodsums.annualise reads it per year when
another source's yearly sum meets the product; otherwise nothing changes.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import compare
from sourcediff.extract import periodsums
from sourcediff.extract.periodsums import ANNUALISED, annualise
from sourcediff.model import Article
from sourcediff.pipeline import analyse_all
from sourcediff.values import Money


def _articles(*texts: str) -> list[Article]:
    return [Article.from_text(t, id=f"s{n}", published="2026-04-14") for n, t in enumerate(texts)]


def _money_facts(*texts: str) -> list[tuple[str, list[str]]]:
    return sorted((f.status.value, sorted(m.raw for m in f.mentions))
                  for f in compare(_articles(*texts)).facts if f.kind.value == "money")


def _sums(*texts: str) -> list[tuple[str, Decimal, bool]]:
    infos = annualise(analyse_all(_articles(*texts), {}, jobs=1))
    return [(m.raw, m.value.amount, ANNUALISED in m.cues) for s in infos for m in s.mentions
            if isinstance(m.value, Money)]


def test_a_monthly_bill_joins_the_yearly_bill_another_source_states() -> None:
    facts = _money_facts(
        "Running the two libraries costs the district 1.2 million pounds a year in heating and staff, "
        "the finance report said.",
        "The two libraries cost the district around £100,000 a month in heating and staff, "
        "according to the finance report.",
    )
    assert facts == [("agree", ["1.2 million pounds", "around £100,000"])]


def test_the_monthly_sum_is_read_per_year_and_keeps_its_text() -> None:
    sums = _sums("The ferry line loses 2.4 million euros a year on the winter crossing, its owner said.",
                 "The winter crossing loses about €200,000 a month, the owner told the trade paper.")
    assert ("about €200,000", Decimal(2400000), True) in sums
    assert ("2.4 million euros", Decimal("2400000.0"), False) in sums


def test_a_weekly_sum_is_read_per_year_too() -> None:
    sums = _sums("The hospital spends 2.6 million dollars a year on agency nurses, officials said.",
                 "Agency nurses cost the hospital $50,000 a week, officials said.")
    assert ("$50,000", Decimal(2600000), True) in sums


def test_a_monthly_sum_no_yearly_sum_meets_stays_as_written() -> None:
    # rent per month and a fee per year are two facts: nothing is read per year, nothing diverges
    sums = _sums("Tenants pay 1,100 euros a month in rent, the housing office said.",
                 "The housing office charges a 5,000-euro fee a year for parking, it said.")
    assert all(not annualised for _raw, _amount, annualised in sums)
    assert ("1,100 euros", Decimal(1100), False) in sums


def test_a_monthly_sum_in_the_same_source_as_the_yearly_one_stays() -> None:
    # one writer giving both is telling two things, or converting for the reader: no other source to meet
    sums = _sums("The club pays £4,000 a month for pool time, or £48,000 a year, its treasurer said.")
    assert ("£4,000", Decimal(4000), False) in sums


def test_a_weekly_aside_of_the_writers_own_yearly_sum_stays() -> None:
    # "up £104, or £2 a week": the writer gives the yearly sum too; the week is an aside for the reader
    sums = _sums("The average bill will rise by £104 a year, the water company said.",
                 "Bills will go up £104, or £2 a week, the water company said.")
    assert ("£2", Decimal(2), False) in sums


def test_a_monthly_price_another_source_states_as_such_stays() -> None:
    # the story states the price per month and the cost per year as two facts: neither is read as the other
    sums = _sums("The drug will cost £900 a month, or £10,800 a year for each patient, the maker said.",
                 "The maker will charge £900 a month for the drug from June.",
                 "Each patient's treatment will cost the health service £10,800 a year.")
    assert ("£900", Decimal(900), False) in sums
    assert not any(annualised for _raw, _amount, annualised in sums)


# perf63: the other sources' sums are gathered once a source, not once for each of its sums per month or
# week (at many sources those lists cost sources x short-period sums x all sums).
def _annualised(*texts: str) -> list[tuple[str, Decimal, bool]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-04-21") for n, t in enumerate(texts)]
    return [(m.raw, m.value.amount, ANNUALISED in m.cues) for s in annualise(analyse_all(arts, {}, jobs=1))
            for m in s.mentions if isinstance(m.value, Money)]


STORY = ("The county pays 3.6 million pounds a year to run the night buses, the transport office said.",
         "Night buses cost the county about £300,000 a month, and the depot lease adds £20,000 a month.",
         "The night bus contract runs to £300,000 a month, drivers' union officials said.")


def test_other_sources_sums_are_gathered_once_a_source(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = periodsums._sums_elsewhere
    monkeypatch.setattr(periodsums, "_sums_elsewhere",
                        lambda sums, sid: calls.append(sid) or real(sums, sid))
    _annualised(*STORY)
    # s1 and s2 each state sums per month (s1 two of them): one list each; s0 states none
    assert sorted(calls) == ["s1", "s2"]


def test_annualise_reads_as_before() -> None:
    sums = _annualised(*STORY)
    # another source (s2) states the very monthly sum: a price per month of its own, read as written
    assert ("about £300,000", Decimal(300000), False) in sums
    assert ("3.6 million pounds", Decimal("3600000.0"), False) in sums
    two = _annualised(STORY[0], STORY[1])
    assert ("about £300,000", Decimal(3600000), True) in two
    assert ("£20,000", Decimal(20000), False) in two  # no yearly sum meets it
