"""Sums stated for two periods are never rivals: "$4,650 a semester" and "$9,300 a year" (invented text)."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse

TEXT = "Tolvern College will charge students {} from September 2027, the board said on Thursday."


def _money_verdicts(b_fee: str) -> list[Verdict]:
    texts = {"a": TEXT.format("$9,300 a year"), "b": TEXT.format(b_fee), "c": TEXT.format("$9,300 a year")}
    report = compare([Article.from_text(t, id=i, published="2026-11-12") for i, t in texts.items()])
    return [f.status for f in report.facts if f.kind is Kind.MONEY]


def test_a_sum_per_semester_is_no_rival_of_a_sum_per_year() -> None:
    assert Verdict.DIVERGE not in _money_verdicts("$4,650 a semester")


def test_sums_for_one_period_still_diverge() -> None:
    assert Verdict.DIVERGE in _money_verdicts("$9,900 a year")


@pytest.mark.parametrize(("text", "cue"), [
    ("It costs $40 per month.", "period:month"),
    ("Cleaners earn $12 per hour.", "period:hour"),
    ("Fees are $4,650 each semester.", "period:semester"),
    ("Profit was $4bn a year earlier.", None),
])
def test_the_period_a_sum_is_stated_for(text: str, cue: str | None) -> None:
    [m] = [m for m in analyse(Article.from_text(text)).mentions if m.kind is Kind.MONEY]
    assert next((c for c in m.cues if c.startswith("period:")), None) == cue
