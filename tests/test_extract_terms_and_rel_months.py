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


@pytest.mark.parametrize(("text", "raw", "value"), [
    ("The line will be closed for a week and two days over the holiday.", "a week and two days", "9 day"),
    ("The hearing is set to last two weeks and three days.", "two weeks and three days", "17 day"),
    ("Repairs took one week and six days, the council said.", "one week and six days", "13 day"),
    ("The trial ran for 3 weeks and 2 days.", "3 weeks and 2 days", "23 day"),
])
def test_weeks_and_days_are_one_duration(text: str, raw: str, value: str) -> None:
    assert (raw, value) in figures(text)


@pytest.mark.parametrize("text", [
    "The bridge was shut for a week, two days after the flood.",  # a comma starts a clause
    "The depot opened for a week and closed for two days.",
    "Strikes ran for two weeks in May and three days in June.",
])
def test_weeks_and_days_apart_stay_two_figures(text: str) -> None:
    found = dict(figures(text))
    assert not any(" and " in raw or "," in raw for raw in found)


def test_a_closure_in_weeks_and_days_agrees_with_the_same_closure_in_days() -> None:
    arts = [Article.from_text("Ferry sailings from Port Amberlee will stop for a week and two days in May.",
                              id="a", published="2026-11-19"),
            Article.from_text("Ferry sailings from Port Amberlee will stop for nine days in May.",
                              id="b", published="2026-11-19")]
    spans = [f for f in compare(arts).facts
             if f.kind is Kind.NUMBER and len({m.source for m in f.mentions}) == 2]
    assert spans and spans[0].status is Verdict.AGREE


def test_a_closure_in_weeks_and_days_diverges_from_another_count_of_days() -> None:
    arts = [Article.from_text("Ferry sailings from Port Amberlee will stop for a week and two days in May, "
                              "the operator said.", id="a", published="2026-11-19"),
            Article.from_text("Ferry sailings from Port Amberlee will stop for 12 days in May, "
                              "the operator said.", id="b", published="2026-11-19")]
    spans = [f for f in compare(arts).facts
             if f.kind is Kind.NUMBER and len({m.source for m in f.mentions}) == 2]
    assert spans and spans[0].status is Verdict.DIVERGE


def test_weeks_and_days_key_the_aligner_by_their_two_parts() -> None:
    """Keyed as its nine days, a lead's "a week and two days" drew another outlet's nine-day sentence to it
    and regrouped a story's passages (facts64); it keys as "a week" and "two days" did before."""
    from sourcediff.align.features import value_family_keys
    from sourcediff.align.similarity import fact_keys
    from sourcediff.extract.numbers import week_and_day_parts
    from sourcediff.pipeline import analyse

    info = analyse(ModelArticle.from_text("The Corrowick line will close for two weeks and three days.",
                                          id="t", published="2026-11-19"))
    span, = [m for m in info.mentions if m.raw == "two weeks and three days"]
    assert span.value.canonical() == "17 day"
    assert week_and_day_parts(span) == (2, 3)
    keys = value_family_keys(info.passages[span.passage], span)
    assert keys and all(k.endswith(("=2", "=3")) for k in keys)
    assert not any(k.endswith(":17") for k in fact_keys([span]))
    eight, = [m for m in analyse(ModelArticle.from_text("He was jailed for eight years and six months.",
                                                        id="t", published="2026-11-19")).mentions
              if m.raw == "eight years and six months"]
    assert week_and_day_parts(eight) is None
