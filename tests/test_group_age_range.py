"""An age range right after the people it bounds ("women between 45 and 70 when they enrolled") is an age."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pairverdict import pair_verdict
from sourcediff.extract import numbers
from sourcediff.model import Article, Fact, Mention, Passage, Span, Verdict
from sourcediff.text import fold


def mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text, id="t")
    return numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))


@pytest.mark.parametrize(("text", "raw", "low", "high"), [
    ("The trial enrolled women between 45 and 70 when they first came.", "between 45 and 70", 45, 70),
    ("The survey covered adults 18 to 64, the statistics office said.", "18 to 64", 18, 64),
    ("It recruited patients between 50 and 75 who had never smoked.", "between 50 and 75", 50, 75),
    ("The scheme is open to residents between 16 and 24.", "between 16 and 24", 16, 24),
])
def test_a_range_after_its_people_is_their_ages(text: str, raw: str, low: int, high: int) -> None:
    [m] = [m for m in mentions(text) if m.slot == "number:age"]
    assert m.raw == raw
    assert (m.value.amount, m.value.high) == (Decimal(low), Decimal(high))  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "The county has residents between 2019 and 2021 who moved in.",        # years, not ages
    "Drivers between 40 and 60 kilometres from the city were stopped.",   # a distance
    "Workers between 40 and 69 hours a week earn overtime.",             # hours
    "The ward holds patients between 10 and 20 beds apart.",             # no age: a noun follows
    "Prices for customers between 4.5 and 6.5 rose.",                    # not whole numbers
])
def test_other_ranges_after_people_are_no_ages(text: str) -> None:
    assert [m for m in mentions(text) if m.slot == "number:age"] == []


def _age(f: Fact) -> bool:
    return any(m.slot == "number:age" for m in f.mentions)


_COHORT = ("The Delmont heart study followed 30,000 {} for twelve years and found that regular "
           "swimmers had fewer heart attacks, the researchers said on Monday.")


@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("adults aged 45 to 70 at entry", "men and women between 45 and 70 when they joined", Verdict.AGREE),
    ("adults aged 45 to 70 at entry", "men and women between 40 and 70 when they joined", Verdict.DIVERGE),
])
def test_two_outlets_age_ranges_meet_or_clash(a: str, b: str, verdict: Verdict) -> None:
    assert pair_verdict(_COHORT, a, b, "2026-05-04", _age) is verdict
