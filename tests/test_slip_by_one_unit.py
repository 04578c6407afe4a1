"""A slip of one unit of time told with an article is a duration: "pushed back by a year" (invented text).

A local paper's "the opening has been pushed back by a year" states the
delay a wire gives as "a year later than planned" and a tabloid as "12
MONTHS LATE". The "a" was read as one only before "later than planned", so
the local paper's delay was no figure and was missing from that fact.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, compare
from sourcediff.extract import intervals
from sourcediff.pipeline import analyse


@pytest.mark.parametrize(("text", "want"), [
    ("The opening of the Harlow Road clinic has been pushed back by a year.", ("a year", 1, "year", None)),
    ("The bypass will open a year late, the council said.", ("a year", 1, "year", None)),
    ("The launch was delayed by about a month.", ("about a month", 1, "month", "approx")),
    ("The tramline is one year behind schedule.", ("one year", 1, "year", None)),
    ("The vote was postponed by one week.", ("one week", 1, "week", None)),
    ("Work on the pier has slipped by a fortnight.", ("a fortnight", 1, "fortnight", None)),
])
def test_a_slip_of_one_unit_is_a_duration(text: str, want: tuple[str, int, str, str | None]) -> None:
    """Read once: an unhedged "by a year" is the numbers' own figure, the other slips are `delays`'."""
    article = Article.from_text("Works update\n\n" + text, id="s0", published="2027-05-10")
    got = [(m.raw, int(m.value.amount), m.value.unit, m.value.qualifier)  # type: ignore[union-attr]
           for m in analyse(article).mentions if m.kind is Kind.NUMBER]
    assert got == [want]


@pytest.mark.parametrize("text", [
    "She is a year behind her brother at school.",
    "The Linmere footbridge will open more than a year behind schedule.",
    "The Linmere footbridge was delayed by more than a year.",
    "The trains ran a day later than the buses.",
    "Rents rose by a third last year.",
    "He was paid £900 a month by the club.",
])
def test_other_spans_are_no_slip(text: str) -> None:
    assert [text[s:e] for s, e, _ in intervals.delays(text)] == []


def _delay_facts(*texts: str) -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published="2027-05-10") for n, t in enumerate(texts)]
    return [f.status.value for f in compare(articles).facts
            if any(getattr(m.value, "unit", None) in ("year", "month") for m in f.mentions)]


WIRE = "The Harlow Road clinic will open in 2029, a year later than planned, the trust said on Monday."


def test_pushed_back_by_a_year_meets_a_year_later_than_planned() -> None:
    local = "The opening of the Harlow Road clinic has been pushed back by a year, the trust said on Monday."
    assert _delay_facts(WIRE, local) == ["agree"]


def test_a_year_late_meets_twelve_months_late() -> None:
    tabloid = "The Harlow Road clinic will open 12 MONTHS LATE, the trust admitted on Monday."
    local = "The Harlow Road clinic will open a year late, the trust said on Monday."
    assert _delay_facts(tabloid, local) == ["agree"]


def test_a_slip_of_a_year_diverges_from_eighteen_months() -> None:
    wire = "The Harlow Road clinic will open in 2029, 18 months later than planned, the trust said on Monday."
    local = "The opening of the Harlow Road clinic has been pushed back by a year, the trust said on Monday."
    assert _delay_facts(wire, local) == ["diverge"]
