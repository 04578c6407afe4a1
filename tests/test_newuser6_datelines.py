"""Plain text pasted from a page: headline, then a dateline with no "Published:" key."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article
from sourcediff.ingest import parse_raw
from sourcediff.ingest.reading import RawInput

BODY = "The Millbrook library will reopen on Monday after a $1.9 million renovation, the town said.\n"


def _published(text: str) -> dt.date | None:
    (article,) = parse_raw(RawInput("pasted.txt", text), ".txt")
    assert isinstance(article, Article)
    return article.published


@pytest.mark.parametrize("dateline", [
    "March 4, 2026",
    "Mar. 4, 2026",
    "4 March 2026",
    "Wednesday, March 4, 2026",
    "WEDNESDAY, MARCH 4TH, 2026 AT 10:15 AM",
    "March 4, 2026 10:15 AM ET",
    "Wednesday 4 March 2026 08.23 GMT",
    "2026-03-04",
    "By Hana Ito | March 4, 2026",
    "March 4, 2026|12:35 pm",
])
def test_dateline_under_headline(dateline: str) -> None:
    assert _published(f"Millbrook library to reopen\n{dateline}\n\n{BODY}") == dt.date(2026, 3, 4)


def test_dateline_above_headline() -> None:
    assert _published(f"March 4, 2026\nMillbrook library to reopen\n\n{BODY}") == dt.date(2026, 3, 4)


@pytest.mark.parametrize("text", [
    # A sentence that holds a date is no dateline.
    "Millbrook library to reopen\nThe library closed on March 4, 2025 for repairs.\n\n" + BODY,
    # A month and year is no day.
    "Millbrook library to reopen\nMarch 2026\n\n" + BODY,
    # A dateline far below the head is part of the story (a timeline entry).
    "Library\n\n" + BODY + "\nMore\n\nEven more\n\nMarch 4, 2026\n",
    # An impossible date.
    "Millbrook library to reopen\nFebruary 30, 2026\n\n" + BODY,
])
def test_no_dateline(text: str) -> None:
    assert _published(text) is None


def test_keyed_date_line_still_wins() -> None:
    text = f"Millbrook library to reopen\nPublished: March 5, 2026\nMarch 4, 2026\n\n{BODY}"
    assert _published(text) == dt.date(2026, 3, 5)


def test_leading_date_prefix_unchanged() -> None:
    assert _published(f"date 2026-03-06\n{BODY}") == dt.date(2026, 3, 6)
