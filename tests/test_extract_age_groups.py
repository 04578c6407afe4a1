"""An age group written with a suspended hyphen ("18- to 20-year-olds") is the age range 18-20.

Policy stories name age bands this way ("the rate for 18- to 20-year-olds",
"vaccines for 12- to 15-year-olds"); read as a lone "20-year" modifier, the
band met neither another outlet's "workers aged 18 to 20" nor anything else.
"""

from __future__ import annotations

import re

import pytest

from sourcediff import Article, compare
from sourcediff.extract import numbers
from sourcediff.model import Kind
from sourcediff.segment import segment


def found(text: str) -> list[tuple[str, str, str]]:
    article = Article.from_text(text, id="t", published="2026-11-12")
    return [(m.raw, m.value.canonical(), m.slot) for m in numbers.extract(article, segment(article))]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("The rate for 18- to 20-year-olds goes up.", "18- to 20-year-olds", "18-20 year"),
    ("Vaccines for 12- to 15-year-olds arrive in May.", "12- to 15-year-olds", "12-15 year"),
    ("Children between 10- and 12-year-olds were tested.", "between 10- and 12-year-olds", "10-12 year"),
    ("The 16-year-olds sat their exams.", "16-year-olds", "16 year"),
    ("A 20-year-old student was hurt.", "20-year-old", "20 year"),
])
def test_age_groups(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical, "number:age") in found(text)


@pytest.mark.parametrize("text", [
    "The 12 - or so - people inside were safe.",  # a dash in prose, not a suspended hyphen
    "The band won 3- to the surprise of many.",  # no second figure
])
def test_no_range_without_two_figures_joined(text: str) -> None:
    assert not any(re.match(r"\d+-\d+ ", canonical) for _, canonical, _ in found(text))


def test_an_age_band_meets_the_same_band_written_out() -> None:
    texts = ["Workers aged 18 to 20 will be paid €11.40 an hour from April.",
             "The rate for 18- to 20-year-olds goes up to €11.40 an hour in April."]
    articles = [Article.from_text(t, id=f"s{n}", published="2026-11-12") for n, t in enumerate(texts)]
    ages = [f for f in compare(articles).facts if f.kind is Kind.NUMBER and "18" in f.mentions[0].raw]
    assert ages and ages[0].status.value == "agree" and len({m.source for m in ages[0].mentions}) == 2
