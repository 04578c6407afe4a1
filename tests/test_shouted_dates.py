"""A month or weekday name set in capitals for emphasis is a date: "soar by 18 PER CENT from JUNE 1".

A tabloid shouted the day price rises start ("from JUNE 1") where three
other outlets wrote "May 1" / "1 May": every date pattern wanted the name
capitalized as running text writes it, so the tabloid's date was no date
and its divergence was hidden by the others' agreement
(benchmarks/notes/floodinsurance_story.md). extract/shouteddates writes a
shouted name back in running-text case, letter for letter, where it is a
date; a month alone in capitals, or "MARCH" / "MAY" used as a verb, stays
unread (invented texts).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract import dates
from sourcediff.extract.shouteddates import recase

PUBLISHED = dt.date(2027, 3, 17)


def _dates(text: str) -> list[tuple[str, dt.date | None]]:
    return [(text[f.start:f.end], f.value.start) for f in dates.find(text, PUBLISHED)]


@pytest.mark.parametrize(("text", "raw", "day"), [
    ("Carnbrook water bills will jump by 11 PER CENT from JUNE 1.", "JUNE 1", dt.date(2027, 6, 1)),
    ("The Ostrel depot will SHUT on 24 MARCH, bosses confirmed.", "24 MARCH", dt.date(2027, 3, 24)),
    ("Fans must queue from 1st AUGUST 2027 for tickets.", "1st AUGUST 2027", dt.date(2027, 8, 1)),
    ("The fare rise starts on MAY 31, the council said.", "MAY 31", dt.date(2027, 5, 31)),
])
def test_a_shouted_month_beside_a_day_is_a_date(text: str, raw: str, day: dt.date) -> None:
    assert (raw, day) in _dates(text)


def test_a_shouted_weekday_is_a_day() -> None:
    found = _dates("Pickets will return to the Vellmar plant on MONDAY morning.")
    assert [raw for raw, _ in found] == ["MONDAY"]


@pytest.mark.parametrize("text", [
    "HUNDREDS MARCH 12 MILES TO THE TOWN HALL",  # the verb, with a count after it
    "YOU MAY 2 OR 3 TIMES A WEEK",  # the verb
    "THE MARCH ON THE TOWN HALL drew a crowd.",  # a month alone in capitals is no date
    "MAYHEM 2 as the roads flood again.",  # a name inside a longer word
])
def test_capitals_that_are_no_date_stay_unread(text: str) -> None:
    assert _dates(text) == []


def test_recase_keeps_the_text_length_and_leaves_other_capitals() -> None:
    text = "RENTS UP 9% from JUNE 1 on TUESDAY"
    out = recase(text)
    assert out == "RENTS UP 9% from June 1 on Tuesday"
    assert len(out) == len(text)
    assert recase("no capitals here, June 1") == "no capitals here, June 1"


def test_a_line_all_in_capitals_is_left_as_it_was() -> None:
    # a page's stamp or a headline, not running text shouting one word
    text = "Crowds gathered on Sunday.\nPUBLISHED: WEDNESDAY, MARCH 17, 2027, 2:29 PM\nVOTE ON JUNE 1"
    assert recase(text) == text
