"""A month of last, this or next year ("June last year", "in March of last year") is one month."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.align.features import value_family_keys
from sourcediff.align.similarity import fact_keys
from sourcediff.pipeline import analyse
from sourcediff.segment import segment


def dates(text: str, published: str | None = "2026-11-17") -> list[tuple[str, str]]:
    article = Article.from_text(text, published=published)
    return [(m.raw, m.canonical) for m in analyse(article).mentions if m.kind.value == "date"]


@pytest.mark.parametrize(("text", "want"), [
    ("She joined from Harlow in June last year.", [("June last year", "2025-06-01..2025-06-30")]),
    ("The plant opened in March of last year.", [("March of last year", "2025-03-01..2025-03-31")]),
    ("The second phase is due in May next year.", [("May next year", "2027-05-01..2027-05-31")]),
    ("Fares rose in September this year.", [("September this year", "2026-09-01..2026-09-30")]),
    ("Since April last year the line has lost money.", [("April last year", "2025-04-01..2025-04-30")]),
])
def test_a_month_of_a_relative_year_is_that_one_month(text: str, want: list[tuple[str, str]]) -> None:
    assert dates(text) == want


def test_without_a_published_date_it_stays_unresolved() -> None:
    assert dates("She joined in June last year.", None) == [("June last year", "unresolved june last year")]


@pytest.mark.parametrize("text", [
    "Last year's June figures were poor.",
    "By June, last year's champion had retired.",
    "The report, published last year, found June the wettest month.",
    "In June last year's winner withdrew.",
])
def test_a_month_and_a_relative_year_in_two_phrases_are_not_joined(text: str) -> None:
    assert not any("June" in raw and "year" in raw for raw, _ in dates(text))


def test_it_meets_another_outlets_month_and_year() -> None:
    a = Article.from_text("Lund was appointed in June 2025 and sacked on Monday.", id="a",
                          published="2026-11-16")
    b = Article.from_text("Lund, appointed in June last year, was sacked yesterday.", id="b",
                          published="2026-11-17")
    facts = [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare([a, b]).facts
             if any("June" in m.raw for m in f.mentions)]
    assert facts == [("agree", ["June 2025", "June last year"])]


def test_the_aligner_keys_it_by_its_month_and_its_year() -> None:
    """As "June" and "last year" were keyed before it was read whole: the story's year still links it."""
    article = Article.from_text("She joined in June last year.", published="2026-11-17")
    [passage] = segment(article)
    [month] = [m for m in analyse(article).mentions if m.kind.value == "date"]
    assert value_family_keys(passage, month) == ("date:date=2025-01-01..2025-12-31",
                                                 "date:date=2025-06-01..2025-06-30")
    assert set(fact_keys([month])) == {"date:date:2025-01-01..2025-12-31", "date:date:2025-06-01..2025-06-30"}
