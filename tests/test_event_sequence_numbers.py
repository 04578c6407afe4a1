"""A place in a sequence told as noun and cardinal ("on move 44") reads like the ordinal ("the 44th move")."""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def ordinals(text: str) -> list[tuple[str, str]]:
    mentions = analyse(Article.from_text(text)).mentions
    return [(m.raw, m.canonical) for m in mentions if m.slot == "number:ordinal"]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Brannock trapped the bishop on move 27 and won the game.", "move 27", "27"),
    ("The leader spun off on lap 12 of the race in Tarvo.", "lap 12", "12"),
    ("Mirelle resigned after move 58, short of time.", "move 58", "58"),
    ("Her ball found the water at hole 14 on Sunday.", "hole 14", "14"),
])
def test_noun_then_cardinal_is_a_place_in_the_sequence(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in ordinals(text)


@pytest.mark.parametrize("text", [
    "The bus took Route 66 across the plain.",
    "The team will move 200 staff to the new site.",
    "The club sold 4,500 tickets for the stage show.",
    "He was fined on move two, the arbiter said.",
])
def test_other_figures_are_no_place_in_a_sequence(text: str) -> None:
    assert ordinals(text) == []


def test_two_sources_on_the_same_move_agree_and_a_different_move_diverges() -> None:
    from sourcediff import compare
    a = Article.from_text("Brannock trapped the white bishop on move 27, and Okoye resigned an hour later.",
                          id="a")
    b = Article.from_text("Brannock trapped the white bishop on move 29, and Okoye resigned an hour later.",
                          id="b")
    facts = [f for f in compare([a, b]).facts if any(m.slot == "number:ordinal" for m in f.mentions)]
    assert [f.status for f in facts] == ["diverge"]
