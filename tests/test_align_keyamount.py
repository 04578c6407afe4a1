"""align.keyamount: one span of time in two units shares its aligner key ("three days" / "72 hours")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article
from sourcediff.align.features import source_docs
from sourcediff.align.keyamount import key_amount, span_amount
from sourcediff.align.similarity import fact_keys
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def _doc_values(text: str) -> frozenset[str]:
    (doc,) = source_docs(analyse(Article.from_text(text, id="s0", published="2026-03-02")))
    return doc.values


def _terms(text: str) -> set[str]:
    info = analyse(Article.from_text(text, id="s0", published="2026-03-02"))
    return {k for k in fact_keys(info.mentions) if "duration" in k}


@pytest.mark.parametrize(("amount", "unit", "expected"), [
    ("72", "hour", "3"),          # three days
    ("36", "hour", "1.5"),        # a day and a half
    ("1.5", "day", "1.5"),
    ("14", "day", "2"),           # two weeks
    ("1", "fortnight", "2"),      # a fortnight: two weeks, the ladder has no fortnight
    ("18", "month", "1.5"),       # a year and a half
    ("90", "second", "1.5"),      # a minute and a half
    ("120", "minute", "2"),
    ("1", "decade", "10"),        # ten years
])
def test_a_span_is_stated_in_its_coarsest_whole_unit(amount: str, unit: str, expected: str) -> None:
    assert span_amount(Decimal(amount), unit) == Decimal(expected)


@pytest.mark.parametrize(("amount", "unit"), [
    ("30", "hour"),   # 1.25 days would be more precise than the writer was
    ("10", "day"),    # no whole number of weeks
    ("6", "month"),   # half a year is less than one year
    ("3", "day"),
])
def test_a_span_no_coarser_unit_states_as_written_keeps_its_amount(amount: str, unit: str) -> None:
    assert span_amount(Decimal(amount), unit) == Decimal(amount)


def test_a_unit_that_is_no_span_is_left_alone() -> None:
    assert span_amount(Decimal(5000), "meter") is None
    assert span_amount(Decimal(3), "company") is None
    assert key_amount(Quantity(Decimal(5000), "meter"), "number:distance") == Decimal("5E+3")


def test_an_age_keeps_its_amount() -> None:
    """A 24-month-old is no two-year span of anything: ages are not restated."""
    assert key_amount(Quantity(Decimal(24), "month"), "number:age") == Decimal(24)


def test_days_and_hours_share_the_aligner_key() -> None:
    days = _doc_values("The coastal road stayed closed for three days after the rockfall.")
    hours = _doc_values("Engineers kept the coastal road shut for 72 hours while they cleared the rocks.")
    assert {k for k in days if "duration" in k} == {k for k in hours if "duration" in k} != set()


def test_a_fortnight_and_fourteen_days_share_the_similarity_term() -> None:
    assert _terms("The dockers' walkout lasted a fortnight.") == _terms(
        "The walkout by dockers ran for 14 days.")


def test_a_day_and_a_half_meets_thirty_six_hours() -> None:
    assert _terms("The search for the missing climber lasted a day and a half.") == _terms(
        "Rescuers searched for the climber for 36 hours.") != set()


def test_one_unit_keeps_its_figures_apart() -> None:
    """Durations of one unit that differ still differ: the clustering reads them as rival figures."""
    assert not _terms("The hearing was adjourned for three days.") & _terms(
        "The hearing was adjourned for four days.")
