"""Time spent per period is one rate in any unit of time ("3 hours a week", "180 minutes a week")."""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.compat import unit_info


def test_a_duration_per_period_keeps_its_factor_per_period() -> None:
    assert unit_info("minute per week") == ("duration per week", Decimal(1) / 60)
    assert unit_info("hour per week") == ("duration per week", Decimal(1))
    # a span of time is still a plain duration, and a rate per day is no rate per week
    assert unit_info("minute") == ("duration", Decimal(1) / 60)
    assert unit_info("hour per day") != unit_info("hour per week")


def _statuses(a_text: str, b_text: str, raws: set[str]) -> set[str]:
    a = Article.from_text(a_text, id="a", published="2026-09-14")
    b = Article.from_text(b_text, id="b", published="2026-09-15")
    return {f.status.value for f in compare([a, b]).facts if raws <= {m.raw for m in f.mentions}}


def test_hours_and_minutes_a_week_of_one_rate_agree() -> None:
    assert _statuses(
        "A survey by the Pellham Reading Trust found that pupils aged 9 to 12 read for 2.5 hours a week.",
        "Pupils aged 9 to 12 read for 150 minutes a week, the Pellham Reading Trust survey found.",
        {"2.5 hours a week", "150 minutes a week"}) == {"agree"}


def test_hours_and_minutes_a_week_of_two_rates_diverge() -> None:
    assert _statuses(
        "A survey by the Pellham Reading Trust found that pupils aged 9 to 12 read for 2.5 hours a week.",
        "Pupils aged 9 to 12 read for 120 minutes a week, the Pellham Reading Trust survey found.",
        {"2.5 hours a week", "120 minutes a week"}) == {"diverge"}
