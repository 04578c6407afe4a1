"""A possessive weekday after a noun of consequence (invented text).

"Saturday's concert will be held in the square" looks ahead: the future
verb after the day's noun is the concert's. In "the cost of Monday's
move will fall on the growers" the future verb is the cost's; the move
may be done, and reading it as still to come sent a Monday two days
gone, said on a Wednesday, to the Monday after. With no cue of its own
the day takes the nearer occurrence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract import dates

_WEDNESDAY = dt.date(2026, 11, 18)


def _days(text: str) -> list[str]:
    return [f.value.canonical() for f in dates.find(text, _WEDNESDAY)]


@pytest.mark.parametrize("text", [
    "Growers warn that the cost of Monday's move will find its way back to the farms.",
    "Analysts say the fallout from Monday’s vote will last for months.",
    "The impact of Monday's closure will be felt across the valley.",
])
def test_sequel_noun_leaves_the_day_to_the_nearer_rule(text: str) -> None:
    assert _days(text) == ["2026-11-16"]


@pytest.mark.parametrize("text", [
    "Saturday's concert will be held in the square.",
    "The winner of Saturday's race will take home the trophy.",
])
def test_possessive_day_with_a_future_verb_still_looks_ahead(text: str) -> None:
    assert _days(text) == ["2026-11-21"]
