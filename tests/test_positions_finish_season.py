"""A finishing place followed by the season it was won in ("finished 14th last season") is a place.

A club's last standing is mostly written with the season after it, not a standing's name: "Dunmore, who
finished 14th last season". The finishing verb's place stopped at anything but the clause's end or the words
of a result, so one outlet's "finished 14th in the third tier last season" was a place and another's
"finished 14th last season" was nothing, and the two never met.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import positions


def places(text: str) -> list[int]:
    return [int(value.amount) for _, _, value in positions.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Brindle Town, who finished 14th last season, have signed three defenders.", [14]),
    ("The club finished ninth this season despite a poor start.", [9]),
    ("Harcourt United ended fifth last year and hope to go higher.", [5]),
    ("The filly finished second last time out at Marwick.", [2]),
    ("Ossory finished seventh the previous season, their best since 2009.", [7]),
])
def test_a_finish_before_its_season_is_a_place(text: str, want: list[int]) -> None:
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "The club finished its fifth season last year with a profit.",
    "She finished the first year of her degree last summer.",
    "They finished fourth-quarter sales last year above target.",
])
def test_no_place_without_an_ordinal_standing(text: str) -> None:
    assert places(text) == []
