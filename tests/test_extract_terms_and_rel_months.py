"""A term in years and months is one figure; a month in "last year" is that year's (issue #11).

"jailed for eight years and six months" states one term, the "eight and a
half years" or "8.5 years" of another outlet: read apart, its "eight years"
met another "eight years" and the months stood alone. And "in March last
year" is one date, March of the year before the article's: read apart, the
bare "March" took this year's March and the two words contradicted each
other. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract import dates, numbers
from sourcediff.model import Article as ModelArticle
from sourcediff.segment import segment


def figures(text: str) -> list[tuple[str, str]]:
    article = ModelArticle.from_text(text, id="t", published="2026-11-19")
    return [(m.raw, m.value.canonical()) for m in numbers.extract(article, segment(article))]


def date_mentions(text: str) -> list[tuple[str, str]]:
    article = ModelArticle.from_text(text, id="t", published="2026-11-19")
    return [(m.raw, m.value.canonical()) for m in dates.extract(article, segment(article))]


@pytest.mark.parametrize(("text", "raw", "value"), [
    ("He was jailed for eight years and six months.", "eight years and six months", "8.5 year"),
    ("She must serve eight years, six months before parole.", "eight years, six months", "8.5 year"),
    ("The contract runs 2 years and 3 months.", "2 years and 3 months", "2.25 year"),
    ("He was given two years and four months.", "two years and four months", "28 month"),
    ("He must serve at least eight years and six months.", "at least eight years and six months",
     "floor 8.5 year"),
])
def test_years_and_months_are_one_term(text: str, raw: str, value: str) -> None:
    assert (raw, value) in figures(text)


@pytest.mark.parametrize("text", [
    "He spent two years in Paris and six months in Rome.",  # two stays, not one term
    "The firm is five years old and six months behind on rent.",
    "Prices rose for three years and fell for six months.",
])
def test_years_and_months_apart_stay_two_figures(text: str) -> None:
    found = dict(figures(text))
    assert not any(" and " in raw for raw in found)


def test_a_term_in_years_and_months_agrees_with_the_same_term_in_years() -> None:
    arts = [Article.from_text("Judge Hal Brennick set a non-parole period of eight years and six months.",
                              id="a", published="2026-11-19"),
            Article.from_text("Judge Hal Brennick set a non-parole period of 8.5 years.",
                              id="b", published="2026-11-19")]
    terms = [f for f in compare(arts).facts
             if f.kind is Kind.NUMBER and len({m.source for m in f.mentions}) == 2]
    assert terms and terms[0].status is Verdict.AGREE


@pytest.mark.parametrize(("text", "raw", "value"), [
    ("The fund collapsed in March last year.", "March last year", "2025-03-01..2025-03-31"),
    ("The plant opened in June this year.", "June this year", "2026-06-01..2026-06-30"),
    ("Talks resume in February next year.", "February next year", "2027-02-01..2027-02-28"),
    ("The deal was signed in December of last year.", "December of last year", "2025-12-01..2025-12-31"),
    ("The plant opened in May this year.", "May this year", "2026-05-01..2026-05-31"),
])
def test_a_month_of_last_this_or_next_year(text: str, raw: str, value: str) -> None:
    assert date_mentions(text) == [(raw, value)]


@pytest.mark.parametrize(("text", "expected"), [
    # a wish, not a month
    ("May this year bring peace.", [("this year", "2026-01-01..2026-12-31")]),
    # two dates of two clauses
    ("Sales fell in March, and last year profits doubled.",
     [("March", "2026-03-01..2026-03-31"), ("last year", "2025-01-01..2025-12-31")]),
    # the latest March, no year word
    ("It closed last March.", [("last March", "2026-03-01..2026-03-31")]),
])
def test_near_misses_of_a_month_in_a_relative_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_mentions(text) == expected
