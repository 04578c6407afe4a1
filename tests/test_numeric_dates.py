"""Numeric dates ("4/17/2027", "17.04.2027"): the order of day and month, and what is no date."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract import dates
from sourcediff.model import Article
from sourcediff.segment import segment
from sourcediff.values import DateValue

PUB = dt.date(2027, 3, 9)


def _days(text: str, published: dt.date | None = PUB) -> list[tuple[str, str]]:
    """(raw, canonical) of every date the extractor finds in an article of ``text``."""
    article = Article(id="x", text=text, published=published)
    return [(m.raw, m.value.start.isoformat() if isinstance(m.value, DateValue) and m.value.start else "?")
            for m in dates.extract(article, segment(article))]


def _iso(text: str) -> list[str | None]:
    return [None if f.value.start is None else f.value.start.isoformat() for f in dates.find(text, PUB)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Refunds close on 4/17/2027.", "2027-04-17"),  # a part above 12 decides: month first
    ("Refunds close on 17/4/2027.", "2027-04-17"),  # day first
    ("Refunds close on 17.04.2027.", "2027-04-17"),  # dotted
    ("Refunds close on 4/17/27.", "2027-04-17"),  # two-digit year
    ("The depot opened on 6/6/2025.", "2025-06-06"),  # both readings the same day
])
def test_decided_by_the_date_itself(text: str, expected: str) -> None:
    assert _iso(text) == [expected]


def test_month_first_from_another_date_in_the_article() -> None:
    text = "Orchard Lane said the offer runs from 3/5/2027 to 3/19/2027.\n\nThe first event is on 3/5/2027."
    assert {v for _, v in _days(text)} == {"2027-03-05", "2027-03-19"}


def test_day_first_from_another_date_in_the_article() -> None:
    text = "The fair ran from 3/5/2027 to 19/5/2027.\n\nTickets went on sale 2/4/2027."
    assert {v for _, v in _days(text)} == {"2027-05-03", "2027-05-19", "2027-04-02"}


def test_month_first_from_a_us_time_zone() -> None:
    text = "The vote is set for 1 p.m. EST.\n\nBallots must arrive by 3/5/2027."
    assert ("3/5/2027", "2027-03-05") in _days(text)


def test_day_first_from_written_dates() -> None:
    text = "The board met on 2 March.\n\nIts report is due on 3/5/2027."
    assert ("3/5/2027", "2027-05-03") in _days(text)


def test_ambiguous_when_nothing_decides() -> None:
    (found,) = dates.find("Its report is due on 3/5/2027.", PUB)
    assert found.value.start is None and found.value.relative == "3/5/2027"


def test_conflicting_evidence_leaves_it_ambiguous() -> None:
    (found,) = [f for f in dates.find("Due 3/5/2027, after 4/17/2027 and 17/4/2027.", PUB)
                if f.value.start is None]
    assert found.value.relative == "3/5/2027"


@pytest.mark.parametrize("text", [
    "Kestrel won 3/1 and the stake was 5/2 at kick-off.",  # scores and odds
    "About 2/3 of voters and 1/4 of members agreed.",  # fractions
    "The mix is 1:2:4 by volume.",  # ratios
    "The app reached version 2.10.14 and then 3.1.2027-beta.",  # version numbers
    "Read it at https://example.org/news/4/17/2027/story or example.org/4/17/27.",  # URL paths
    "Call 312/55/0147 or 1.800.555.0199 today.",  # phone numbers
    "Affected packs carry lot 4/17/27 or codes L4/17/27B and 4/17/27-C.",  # lot codes
    "Batch no. 12.05.2027 was withdrawn.",
])
def test_not_dates(text: str) -> None:
    raws = [text[f.start:f.end] for f in dates.find(text, PUB)]
    assert [raw for raw in raws if "/" in raw or "." in raw] == []


def test_two_digit_year_nearest_publication() -> None:
    assert dates.find("It opened on 12/31/99.", PUB)[0].value.start == dt.date(1999, 12, 31)
    assert dates.find("It opened on 12/31/99.", None)[0].value.start == dt.date(2099, 12, 31)


def test_invalid_days_are_no_dates() -> None:
    assert dates.find("Filed 2/30/2027 and 13/13/2027.", PUB) == ()
