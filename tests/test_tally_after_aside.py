"""A division after an aside between the vote's noun and its "was": "The vote, taken at dawn, was 4-1"."""

from __future__ import annotations

import pytest

from sourcediff.extract import tallies
from sourcediff.values import Tally


@pytest.mark.parametrize(("text", "tally"), [
    ("The vote, taken just after dawn on Friday, was 4-1.", Tally(4, 1)),
    ("The ruling, handed down by the appeals panel, was six to three.", Tally(6, 3)),
    ("The final tally, read out by the clerk, was 31 to 9 in favour of the levy.", Tally(31, 9)),
    ("The decision, after a long night of debate, was 7-2, with one abstention.", Tally(7, 2)),
])
def test_division_after_an_aside_is_a_tally(text: str, tally: Tally) -> None:
    assert [t for _, _, t in tallies.find(text)] == [tally]


@pytest.mark.parametrize("text", [
    "The decision, expected in the spring, was 2-3 weeks away.",  # a range of weeks, not a division
    "The vote, a formality for most members, was 3 to 4 hours long.",
    "Their meeting, held in the old library, was 5-2 on the agenda.",  # no vote noun
])
def test_range_or_other_pair_after_an_aside_is_no_tally(text: str) -> None:
    assert tallies.find(text) == ()
