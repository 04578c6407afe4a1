"""'This <weekday>' with no tense in its clause is the coming day, not the one just gone.

Invented sentences: an article written on a Sunday that speaks of "this
Thursday's final" means the Thursday four days ahead; the -3..+3 rule for a
bare weekday sent it to the Thursday three days before. A past tense still
sends the day back, and a bare weekday keeps the rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract import dates

SUNDAY = dt.date(2031, 3, 9)
FRIDAY = dt.date(2031, 3, 14)


def _days(text: str, published: dt.date) -> list[dt.date | None]:
    return [f.value.start for f in dates.find(text, published)]


@pytest.mark.parametrize("text", [
    "Ticket holders are waiting to hear whether they can watch this Thursday's final in Pellow.",
    "The ruling leaves the Harriers to play this Thursday's tie against Ostley in an empty ground.",
])
def test_this_weekday_without_tense_is_the_coming_one(text: str) -> None:
    assert _days(text, SUNDAY) == [dt.date(2031, 3, 13)]


def test_this_weekday_in_a_past_clause_stays_behind() -> None:
    assert _days("The mayor of Pellow resigned this Monday after the vote.", FRIDAY) == [dt.date(2031, 3, 10)]


def test_bare_weekday_keeps_the_rule() -> None:
    assert _days("The board of the Harriers met on Thursday.", SUNDAY) == [dt.date(2031, 3, 6)]
