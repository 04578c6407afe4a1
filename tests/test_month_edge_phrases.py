"""'By the end of March', 'at the start of May': the month is the date the source gives (invented text).

"March" and "May" are words as well as months, so a bare one is read only after a date word; "the end
of", "the start of", "the beginning of" and "the middle of" are such words. A deadline written "by the
end of March" by one outlet and "by March 31" by another then meets as one date and agrees.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def dates(text: str, published: str = "2026-12-04") -> list[tuple[str, str]]:
    return [(m.raw, m.canonical) for m in analyse(Article.from_text(text, published=published)).mentions
            if m.kind.value == "date"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The trust must raise the money by the end of March.", [("March", "2027-03-01..2027-03-31")]),
    ("The depot closed at the end of March after a long dispute.", [("March", "2026-03-01..2026-03-31")]),
    ("Building work will begin at the start of May.", [("May", "2027-05-01..2027-05-31")]),
    ("Ticket sales open at the beginning of February.", [("February", "2027-02-01..2027-02-28")]),
])
def test_a_month_after_its_edge_words_is_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "Supporters will march to the end of the street.",
    "The end may come sooner than anyone thinks.",
])
def test_month_words_that_are_not_months_stay_no_date(text: str) -> None:
    assert dates(text) == []


def test_end_of_a_month_agrees_with_a_day_in_it() -> None:
    arts = [
        Article.from_text("The Brayford gallery has until March 31 to raise the money for the bowl.", id="a",
                          published="2026-12-04"),
        Article.from_text("The Brayford gallery has to raise the money for the bowl by the end of March.",
                          id="b", published="2026-12-04"),
    ]
    facts = [f for f in compare(arts).facts if f.kind.value == "date"]
    assert [f.status for f in facts if len(f.sources) == 2] == ["agree"]
