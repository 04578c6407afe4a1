"""A scoreline between two sides' names ("Ostley Rovers 3–1 Pellow Harriers") is the match's tally.

Invented texts: a results box gives the score with no verb, the names where
"beat" would stand; read as two loose figures it never met a report's "won
3-1", so two outlets' scores were never compared. A month, a weekday, a
page or a time zone next to a dash-joined pair makes no scoreline.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import tallies
from sourcediff.values import Tally


@pytest.mark.parametrize(("text", "tally"), [
    ("Full result: Ostley Rovers 3–1 Pellow Harriers; crowd 12,400.", Tally(3, 1)),
    ("Brinmouth 0-2 Castleby Athletic", Tally(0, 2)),
])
def test_scoreline_between_names_is_a_tally(text: str, tally: Tally) -> None:
    assert [t for _, _, t in tallies.find(text)] == [tally]
    start, end, _ = tallies.find(text)[0]
    assert tallies.match_result(text, start, end)


@pytest.mark.parametrize("text", [
    "The fair in Ostley runs March 2-3 Pellow time.",
    "The shop is Open 9-5 Monday to Saturday.",
    "See Chapter 11-12 Notes for the rules.",
    "Gates open at 7-8 GMT Saturday.",
])
def test_no_scoreline_without_two_sides(text: str) -> None:
    assert tallies.find(text) == ()
