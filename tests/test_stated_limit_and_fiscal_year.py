"""A stated limit is no rounding, a fiscal year is a year (compat; invented text).

"Up to €15 billion" of central bank money is a limit someone set: it does
not round another outlet's "€14.6 billion" turnover, though 15 rounds
14.6. A company's "fiscal 2025", whose months are unknown, names the year
2025 of its accounts: another outlet's "in 2025" or "last year" (in 2026)
meets it, a day or another year does not.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.compat import compatible
from sourcediff.model import Mention, Span
from sourcediff.values import CEILING, DateValue, Money


def _eur(amount: str, qualifier: str | None = None, source: str = "a") -> Mention:
    value = Money(currency="EUR", amount=Decimal(amount) * 10**9, qualifier=qualifier)
    return Mention(kind=Kind.MONEY, source=source, passage=0, span=Span(0, 1), raw=amount, value=value,
                   slot="money:EUR")


@pytest.mark.parametrize(("a", "b", "agree"), [
    (("15", CEILING), ("14.6", None), False),  # a limit does not round a figure
    (("10", CEILING), ("10", None), True),     # "up to €10bn" and "a €10bn lifeline"
    (("10", CEILING), ("10", CEILING), True),
    (("15", None), ("14.6", None), True),      # two plain sums: 15 may round 14.6
    (("10", CEILING), ("15", CEILING), False),
])
def test_a_limit_against_a_sum_is_judged_figure_for_figure(
        a: tuple[str, str | None], b: tuple[str, str | None], agree: bool) -> None:
    assert compatible(_eur(*a), _eur(*b, source="b")) is agree


def _date(value: DateValue, source: str = "a") -> Mention:
    return Mention(kind=Kind.DATE, source=source, passage=0, span=Span(0, 1), raw="x", value=value,
                   slot="date:year")


FISCAL_2025 = DateValue(None, None, "year", "fiscal 2025")


@pytest.mark.parametrize(("other", "agree"), [
    (DateValue(dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year"), True),   # "in 2025", "last year"
    (DateValue(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year"), False),
    (DateValue(dt.date(2026, 3, 9), dt.date(2026, 3, 9), "day"), False),     # "on Monday"
    (DateValue(None, None, "year", "fiscal 2025"), True),
    (DateValue(None, None, "year", "fiscal 2024"), False),
])
def test_a_fiscal_year_meets_only_the_year_it_names(other: DateValue, agree: bool) -> None:
    assert compatible(_date(FISCAL_2025), _date(other, "b")) is agree
    assert compatible(_date(other, "b"), _date(FISCAL_2025)) is agree


def _facts(*texts: str, day: str = "2026-04-14") -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published=day) for n, t in enumerate(texts)]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts]


def test_fiscal_2025_joins_in_2025_and_last_year_not_the_day_of_the_news() -> None:
    facts = _facts("Harbeck Foods said on Monday that it lost 310 million euros on its dairy arm in 2025.",
                   "Harbeck Foods disclosed on Monday a EUR 310m loss on dairy for fiscal 2025.",
                   "Harbeck Foods told investors on Monday it had lost €310 million on dairy last year.")
    years = [(status, raws) for status, raws in facts if "fiscal 2025" in raws]
    assert years == [(Verdict.AGREE, ["2025", "fiscal 2025", "last year"])]


def test_a_limit_beside_an_agreed_one_diverges_and_stays_out_of_a_nearby_sum() -> None:
    facts = _facts(
        "The Central Bank of Ostria said it would lend banks up to 8 billion euros.\n\n"
        "Turnover on the exchange reached 11.7 billion euros.",
        "The Central Bank of Ostria offered banks up to EUR 8bn in liquidity.\n\n"
        "Turnover on the exchange reached EUR 11.7bn.",
        "The Central Bank of Ostria said it would lend banks up to €12 billion.",
        day="2026-04-14")
    limits = [(status, raws) for status, raws in facts if "up to €12 billion" in raws]
    assert limits == [(Verdict.DIVERGE, ["up to 8 billion euros", "up to EUR 8bn", "up to €12 billion"])]
