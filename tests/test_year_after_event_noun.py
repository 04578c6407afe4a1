"""A year after an event noun and "of" is a date: "the formal claim of 2019" (patterns.DATE_YEAR_OF).

Invented text throughout. The capitalized form ("the Act of 1964") was read
before; a lower-case event or act noun now leads too, while a bare count
after "of" ("a total of 2019", "a crowd of 1900") stays no year.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def years(text: str) -> list[str]:
    return [m.raw for m in analyse(Article.from_text(text, published="2026-06-01")).mentions
            if m.kind.value == "date"]


@pytest.mark.parametrize("text, year", [
    ("The transfer follows the town's formal claim of 2019 and years of talks.", "2019"),
    ("Residents still speak of the floods of 1953 along the estuary.", "1953"),
    ("The pitch has not been this dry since the summer of 1976.", "1976"),
    ("The amendment of 2023 lets councils sell the land.", "2023"),
    ("Veterans of the expedition of 1896 kept diaries.", "1896"),
])
def test_event_noun_of_year_is_a_year(text: str, year: str) -> None:
    assert any(year in raw for raw in years(text))


@pytest.mark.parametrize("text", [
    "A total of 2019 ballots were spoiled.",
    "A crowd of 1900 filled the square.",
    "The fleet of 1850 buses will be replaced.",
])
def test_a_count_after_of_is_no_year(text: str) -> None:
    assert years(text) == []


def test_the_same_claim_year_agrees_across_outlets() -> None:
    a = Article.from_text("Lindholm council lodged its formal claim for the estate in 2019.", id="a",
                          published="2026-06-01")
    b = Article.from_text("The handover ends the council's formal claim of 2019 for the estate.", id="b",
                          published="2026-06-01")
    facts = [f for f in compare([a, b]).facts if f.kind.value == "date" and "2019" in f.mentions[0].raw]
    assert [(f.status.value, sorted(m.source for m in f.mentions)) for f in facts] == [("agree", ["a", "b"])]
