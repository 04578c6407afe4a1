"""A division told as two clauses: "612 members backed the deal and only 94 voted against".

Each side's count is the subject of its own verb, the first backing the
measure and the second against it; the pair is the same tally a wire writes
"612-94", so the two agree. A count that backs something with no side
against it stays a count. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import tallies
from sourcediff.values import Tally


def _tallies(text: str) -> list[Tally]:
    return [value for _, _, value in tallies.find(text)]


@pytest.mark.parametrize("text, value", [
    ("In the ballot, 412 nurses backed strike action and only 57 voted against.", Tally(412, 57)),
    ("At the meeting, 21 councillors voted in favour of the bypass, 9 against.", Tally(21, 9)),
    ("Nine members supported the motion and two voted against it.", Tally(9, 2)),
    ("Some 310 shareholders approved the merger, and just 21 voted against.", Tally(310, 21)),
])
def test_two_clauses_for_and_against_are_one_tally(text: str, value: Tally) -> None:
    assert _tallies(text) == [value]


@pytest.mark.parametrize("text", [
    "In 2024, 412 nurses backed the campaign for safer wards.",
    "Nine members supported the motion. Two others spoke against it.",
    "The fund backed 30 start-ups last year and lost money on 12 of them.",
])
def test_no_side_against_no_tally(text: str) -> None:
    assert _tallies(text) == []
