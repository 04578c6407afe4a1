"""A division told after its measure and the day of the vote: "approved the plan on Tuesday, 38 to 19".

The vote verb, its object and then the day ("on 4 May", "yesterday") stand
before the pair; the day is no preposition's object that could make the pair
a range, so the pair is the division, as it is without the day.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import tallies
from sourcediff.values import Tally


def _tallies(text: str) -> list[tuple[str, Tally]]:
    return [(text[start:end], value) for start, end, value in tallies.find(text)]


@pytest.mark.parametrize("text, raw, value", [
    ("Members approved the contract on Tuesday, 418 to 57, the guild said.", "418 to 57", Tally(418, 57)),
    ("Members ratified the contract on March 3, 418 to 57 (88%); the board followed.", "418 to 57",
     Tally(418, 57)),
    ("Councillors backed the bypass on 4 May by nine to two.", "nine to two", Tally(9, 2)),
    ("The assembly passed the levy yesterday 52-48.", "52-48", Tally(52, 48)),
    ("Delegates endorsed the merger on Friday 301-12 with three abstentions.", "301-12", Tally(301, 12)),
])
def test_pair_after_the_object_and_the_day_is_a_division(text: str, raw: str, value: Tally) -> None:
    assert _tallies(text) == [(raw, value)]


@pytest.mark.parametrize("text", [
    "The board approved the sale on Monday, 2 to 3 hectares at a time.",
    "Shareholders approved the merger on Tuesday, 2 to 3 years after it was first proposed.",
    "The council approved the plan on Monday for 2 to 3 sites.",
])
def test_a_range_after_the_day_stays_a_range(text: str) -> None:
    assert _tallies(text) == []
