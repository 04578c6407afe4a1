"""`ranks.ordinal_value`: the one reading of "3rd" or "third" the ordinal scans share."""

import pytest

from sourcediff.extract.positions import place_number
from sourcediff.extract.ranks import ordinal_value


@pytest.mark.parametrize(("word", "value"), [("1st", 1), ("22nd", 22), ("103rd", 103), ("third", 3),
                                             ("twentieth", 20)])
def test_digits_and_words(word: str, value: int) -> None:
    assert ordinal_value(word) == value


def test_a_place_is_read_the_same_way_whatever_its_case() -> None:
    assert place_number("Fourth") == place_number("4TH") == 4
