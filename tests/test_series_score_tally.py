"""A series' score told after it is a tally: "took the series 3-1" (invented text)."""

from __future__ import annotations

import pytest

from sourcediff.extract.tallies import find
from sourcediff.values import Tally


@pytest.mark.parametrize(("text", "tally"), [
    ("Kestrel won the five-match series 3-1 on Sunday.", Tally(3, 1)),
    ("The visitors took the series against Ireland 2-1 with a day to spare.", Tally(2, 1)),
    ("Series: Kestrel win 3-1", Tally(3, 1)),
    ("They grab the series 4-0.", Tally(4, 0)),
])
def test_a_series_score_is_one_tally(text: str, tally: Tally) -> None:
    assert [t for _, _, t in find(text)] == [tally]


def test_years_after_series_are_no_score() -> None:
    assert find("The 2019-21 series was long.") == ()
    assert find("The series ran 2019-2021.") == ()
