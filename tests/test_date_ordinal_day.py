"""A bare ordinal day ("on the 15th") is a date in a month near publication (invented text).

A city paper dated Tuesday 9 March 2027 wrote "The two sides are due to meet
again on the 15th": no date was read, so the day could not meet another
source's "Monday 15 March" and the next round of talks stood as one
outlet's detail.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article
from sourcediff.extract.dateordinalday import ordinal_day
from sourcediff.extract.patterns import DATE_ORDINAL_DAY
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _days(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize(("text", "raw", "value"), [
    # Ahead: the first 15th on or after publication.
    ("The two sides are due to meet again on the 15th.", "the 15th", "2027-03-15"),
    ("Residents must register their bins by the 28th, the council said.", "the 28th", "2027-03-28"),
    # A day already gone this month, in a clause that looks ahead: next month's.
    ("Inspectors will return on the 2nd.", "the 2nd", "2027-04-02"),
    # Back: the last on or before publication.
    ("The previous stoppage ended on the 2nd.", "the 2nd", "2027-03-02"),
    ("Talks were adjourned until the 21st and then abandoned.", "the 21st", "2027-02-21"),
])
def test_a_bare_ordinal_day_is_read_in_the_month_its_tense_gives(text: str, raw: str, value: str) -> None:
    assert _days(text, "2027-03-09")[raw] == value


@pytest.mark.parametrize("text", [
    "The abbey dates from the 14th century.",
    "Orla Brennick birdied on the 18th green and finished 15th.",
    "The striker scored on the 89th minute mark.",
    "It is the 3rd time the depot has closed.",
])
def test_an_ordinal_that_numbers_a_noun_or_a_rank_is_no_day(text: str) -> None:
    assert not [m for m in DATE_ORDINAL_DAY.finditer(text)]


def test_an_undated_article_leaves_the_day_unresolved() -> None:
    m = DATE_ORDINAL_DAY.search("The panel meets again on the 15th.")
    assert m is not None
    value = ordinal_day(m, None)
    assert value is not None and value.start is None


def test_a_past_day_no_month_in_reach_has_is_no_date() -> None:
    # Looking back from 9 March, the last 31st before it would be in January, out of reach: no date,
    # rather than the coming 31 March for a past clause.
    m = DATE_ORDINAL_DAY.search("The fund was closed on the 31st.")
    assert m is not None
    assert ordinal_day(m, dt.date(2027, 3, 9)) is None
    m = DATE_ORDINAL_DAY.search("The fund will close on the 31st.")
    assert m is not None
    value = ordinal_day(m, dt.date(2027, 3, 9))
    assert value is not None and value.start == dt.date(2027, 3, 31)
