"""The decimal-comma reading tries its pattern only at comma-digit sites: a full search's answers."""

from __future__ import annotations

import random

import pytest

from sourcediff.extract import numberstyle
from sourcediff.extract.numberstyle import writes_decimal_comma


@pytest.mark.parametrize(("text", "wanted"), [
    ("Inflation rose to 3,5 % in March, the bureau said.", True),
    ("The bid was worth 1.200,50 euro a share.", True),
    ("Some 1,200 jobs go; 1,2,3 was the count.", False),  # thousands and a list, no decimal comma
    ("A figure of 12,750 and a ratio of 4,25.", True),  # the second comma is a decimal one
    ("No figures at all here, only words, and commas.", False),
    ("Rainfall reached ٣,٥ millimetres overnight.", True),  # digits outside ASCII read as \d reads them
    ("Shares 1.234.567,8 and 9,123456", True),
    ("Ends on a comma 7,", False),
])
def test_sites_give_the_full_search_answer(text: str, wanted: bool) -> None:
    assert numberstyle._has_decimal_comma(text) is wanted
    assert (numberstyle._DECIMAL_COMMA.search(text) is not None) is wanted


def test_a_decimal_point_after_comma_groups_still_wins() -> None:
    assert writes_decimal_comma("Growth of 2,5 % was reported.")
    assert not writes_decimal_comma("Growth of 2,5 % on revenue of 1,250.75 million.")


def test_random_figure_soup_agrees_with_the_pattern() -> None:
    """Digits, commas, dots and other marks in every order: the answer is the full search's."""
    rnd = random.Random(13)
    marks = list("0123456789,,,..  a%-٣")
    for _ in range(20000):
        text = "".join(rnd.choice(marks) for _ in range(rnd.randint(0, 16)))
        full = numberstyle._DECIMAL_COMMA.search(text) is not None
        assert numberstyle._has_decimal_comma(text) is full, text
