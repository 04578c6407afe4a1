"""A division told after an object that names its sum, or a day with its part: "approved the £3m plan on
Monday evening by 29-6".

A council's vote is often told with the measure's cost as its name ("the
£386 million scheme", "the $4.2bn budget") and the evening of its meeting
("on Tuesday evening"). The sum is a word of the object, not a
preposition's object that could make the pair a range, and the part of the
day is the day of the vote; the pair is the division, as in "approved the
plan on Tuesday, 38 to 19".
"""

from __future__ import annotations

import pytest

from sourcediff.extract import tallies
from sourcediff.values import Tally


def _tallies(text: str) -> list[tuple[str, Tally]]:
    return [(text[start:end], value) for start, end, value in tallies.find(text)]


@pytest.mark.parametrize("text, raw, value", [
    ("Councillors approved the £58 million bypass on Tuesday evening by 29-6, with two abstentions.",
     "29-6", Tally(29, 6)),
    ("The board passed the $4.2bn budget on Monday night 7-2.", "7-2", Tally(7, 2)),
    ("Members backed the €1,250 levy 31 to 12 after a short debate.", "31 to 12", Tally(31, 12)),
    ("The assembly approved the plan on Thursday morning, 44 to 20.", "44 to 20", Tally(44, 20)),
])
def test_pair_after_a_sum_named_object_or_a_part_of_day_is_a_division(text: str, raw: str,
                                                                       value: Tally) -> None:
    assert _tallies(text) == [(raw, value)]


@pytest.mark.parametrize("text", [
    "The council approved the £20m plan 2-3 weeks ago.",
    "Members approved the £1,200 rise on Tuesday evening, 30 to 40 percent of them reluctantly.",
    "The board approved the $5m grant for 2 to 3 schools.",
])
def test_a_range_after_a_sum_named_object_stays_a_range(text: str) -> None:
    assert _tallies(text) == []
