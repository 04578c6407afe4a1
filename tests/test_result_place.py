"""A place named by what it was, without a verb of finishing: "Its previous best was fourth place".

A country's or a club's record is told as "previous best was fourth place",
"took third place in the league"; positions.py read a place only after a
verb of standing or finishing, so these were dropped.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.positions import find


def _places(text: str) -> list[Decimal]:
    return [value.amount for _, _, value in find(text)]


def test_a_best_result_given_as_a_place() -> None:
    assert _places("It is Norland's first title. Its previous best was fourth place.") == [Decimal(4)]
    assert _places("Her best finish was third place behind Ada Lind in 2019.") == [Decimal(3)]
    assert _places("Their best result so far remains fifth place.") == [Decimal(5)]


def test_a_place_taken() -> None:
    assert _places("The Harbour Lions took third place in the league.") == [Decimal(3)]
    assert _places("Okafor claimed second place, two seconds down.") == [Decimal(2)]


def test_a_place_that_names_no_standing_is_left_alone() -> None:
    assert _places("They will meet in the third place play-off on Sunday.") == []
    assert _places("It was the fourth place she visited that week.") == []
    assert _places("Riders took first place finishes in both heats.") == []
    assert _places("Safety took second place to speed in the design.") == []
