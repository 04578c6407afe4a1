"""The quoted-nickname pattern reads its word boundary after the capital: the same matches as before."""

from __future__ import annotations

import random
import re

import pytest

from sourcediff.extract import people

# The pattern as first written, with the boundary before the given name.
_BOUNDARY_FIRST = re.compile(
    r"\b([A-Z][a-z]+)[^\S\n]+['‘\"“]([A-Z][a-z]+)['’\"”][^\S\n]+([A-Z][A-Za-z'’-]*[a-z])\b")


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Gareth 'Gaz' Pennock scored twice.", [("Gareth", "Gaz", "Pennock")]),
    ("Tributes to Margaret “Peggy” Orme poured in.", [("Margaret", "Peggy", "Orme")]),
    ("McGareth 'Gaz' Pennock", []),  # "Gareth" inside a longer word is no given name
    ("_Gareth 'Gaz' Pennock", []),
    ("9Gareth 'Gaz' Pennock", []),
    ("éGareth 'Gaz' Pennock", []),  # a letter outside ASCII is a word character too
    ("(Gareth 'Gaz' Pennock)", [("Gareth", "Gaz", "Pennock")]),
    ("Line one.\nGareth 'Gaz' Pennock", [("Gareth", "Gaz", "Pennock")]),
    ("Gareth\n'Gaz' Pennock", []),  # a line break is no gap within a name
])
def test_nicknames_found_as_before(text: str, wanted: list[tuple[str, str, str]]) -> None:
    assert [m.groups() for m in people._QUOTED_NICKNAME.finditer(text)] == wanted
    assert _found(people._QUOTED_NICKNAME, text) == _found(_BOUNDARY_FIRST, text)


def test_random_name_soup_matches_as_before() -> None:
    """Names, quotes and word characters in every order, so that matches do occur."""
    rnd = random.Random(21)
    pieces = ["Gareth", "Gaz", "Pennock", "Ann", "x", "_", "é", "9", " ", " ", "\n", "'", "’", "“", "”", '"',
              "Mc", "O’"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 9)))
        assert _found(people._QUOTED_NICKNAME, text) == _found(_BOUNDARY_FIRST, text), text
