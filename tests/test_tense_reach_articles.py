"""Articles add words, not distance, between a clause's "will" and its weekday.

"Ines Carrow will give a talk on the history of the mill at the library on
Wednesday" in a Saturday paper is the Wednesday to come; counted word by
word, the "a" and "the" of its noun phrases put the "will" beyond the tense
cue's reach, and the day went to the Wednesday before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract import dates

SATURDAY = dt.date(2026, 11, 14)


def _days(text: str) -> list[dt.date | None]:
    return [f.value.start for f in dates.find(text, SATURDAY)]


def test_will_before_article_laden_phrases_looks_ahead() -> None:
    text = "Ines Carrow will give a talk on the history of the mill at the library on Wednesday."
    assert _days(text) == [dt.date(2026, 11, 18)]


@pytest.mark.parametrize("text", [
    "The mill was sold to a trust from the north of the county after a vote on Wednesday.",
    "Ines Carrow gave a talk on the history of the mill at the library on Wednesday.",
])
def test_past_clauses_keep_the_day_before(text: str) -> None:
    assert _days(text) == [dt.date(2026, 11, 11)]


@pytest.mark.parametrize("text", [
    "Ines Carrow will pay the club to end the lease after closing the old mill on Wednesday.",
    "Wreckage thought to be from a small plane that vanished with three men on board on Wednesday",
])
def test_a_subordinate_clause_keeps_its_articles_counted(text: str) -> None:
    assert _days(text) == [dt.date(2026, 11, 11)]
