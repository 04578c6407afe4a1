"""Hours a scheme pays for, "30 free hours" or a tabloid's scare-quoted "30 “free” hours", are hours.

A wire writes "30 hours a week of childcare"; a tabloid "30 “free” hours a
week". The adjective, bare or in quotation marks, stood between the figure
and its unit, so the tabloid's figure counted nothing and was dropped (a
bare 30 is no fact): its agreement with the wire was never seen.
patterns._SPAN_WORD reads "free", "paid", "unpaid", "funded" and any one
word in quotation marks before a unit of time as it reads "working" in "20
working days".
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.pipeline import analyse


@pytest.mark.parametrize(("text", "raw", "unit"), [
    ("Families are promised 30 “free” hours a week from the government.", "30 “free” hours a week",
     "hour per week"),
    ("Parents of three-year-olds get 15 'free' hours of childcare.", "15 'free' hours", "hour"),
    ("Working parents can claim 30 free hours a week.", "30 free hours a week", "hour per week"),
    ("Staff were given 12 unpaid days off over the winter.", "12 unpaid days", "day"),
    ("The council pays for 570 funded hours a year per child.", "570 funded hours a year", "hour per year"),
])
def test_a_word_before_the_unit_keeps_the_figure_a_span(text: str, raw: str, unit: str) -> None:
    found = [(m.raw, getattr(m.value, "unit", None)) for m in analyse(Article.from_text(text)).mentions
             if m.kind is Kind.NUMBER]
    assert (raw, unit) in found


def test_a_quoted_noun_after_a_count_stays_a_count() -> None:
    # only a unit of time follows the quoted word: "40 “luxury” flats" counts flats as before
    text = "The developer is building 40 “luxury” flats."
    found = [m for m in analyse(Article.from_text(text)).mentions if m.kind is Kind.NUMBER]
    assert all(getattr(m.value, "unit", None) is None for m in found)


def test_the_tabloid_hours_agree_with_the_wire() -> None:
    arts = [Article.from_text("Working parents get 30 hours a week of funded childcare for children "
                              "aged nine months and over, the ministry said.",
                              id="wire", published="2027-04-12"),
            Article.from_text("Working parents are supposed to get 30 “free” hours a week of childcare "
                              "from the government.", id="tabloid", published="2027-04-13")]
    facts = [f for f in compare(arts).facts if any("30" in m.raw for m in f.mentions)]
    assert any(set(f.sources) == {"wire", "tabloid"} and f.status is Verdict.AGREE for f in facts), \
        [(f.sources, f.status, [m.raw for m in f.mentions]) for f in facts]
