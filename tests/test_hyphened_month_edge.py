"""A wordy month hyphened onto its edge is a date: "a mid-March deadline", "its end-of-May milestone".

Invented text. "May" and "March" are words, so a bare one counts only after
a date's preposition ("in March"); a compound adjective has none, so a trade
site's "missed its end-of-March milestone" and a paper's "by mid-May" named
no date, while "mid-June" did (extract/datecalendar.py `_hyphened_edge`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract.dates import find

PUBLISHED = dt.date(2027, 4, 15)


def _months(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], str(f.value.start)) for f in find(text, PUBLISHED)]


@pytest.mark.parametrize("text, start", [
    ("The operator missed its end-of-March milestone for the western valleys.", "2027-03-01"),
    ("Councillors set a mid-March deadline for the survey, which passed unmet.", "2027-03-01"),
    ("The depot should reopen by mid-May, the operator said.", "2027-05-01"),
    ("The board will meet before its start-of-May review.", "2027-05-01"),
])
def test_the_hyphened_month_is_read(text: str, start: str) -> None:
    assert [start] == [s for raw, s in _months(text) if raw in ("March", "May")]


@pytest.mark.parametrize("text", [
    "The march-past was held on the green.",
    "Residents may-be asked again, the clerk joked.",
    "The firm missed its end-of-year target.",
])
def test_words_stay_words(text: str) -> None:
    assert _months(text) == []
