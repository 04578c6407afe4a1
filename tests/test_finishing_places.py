"""A finishing place in a race's result ("finished fifth", "trailed home fourth", "came in 12th", "was
runner-up") is a place like a table's, slot number:position: two outlets giving one runner two places
diverge. An ordinal that counts or ranks something else ("fifth straight win", "the fourth time",
"fifth-largest") is no place."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import positions


def places(text: str) -> list[tuple[str, int]]:
    return [(text[s:e], int(v.amount)) for s, e, v in positions.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Tinder Blue, the 7-2 favourite, finished sixth of the 11 runners.", [("sixth", 6)]),
    ("Backers of the jolly groaned as Tinder Blue trailed home seventh.", [("seventh", 7)]),
    ("The Kenyan came in 12th in 2:14:09 after cramping.", [("12th", 12)]),
    ("Marsh Hollow finished a distant third behind the winner.", [("third", 3)]),
    ("The Oxley crew crossed the line second, half a length down.", [("second", 2)]),
    ("Bell Rock was badly hampered and finished ninth, beaten eight lengths.", [("ninth", 9)]),
    ("Pellow ended up in fourth after a late puncture.", [("fourth", 4)]),
    ("Harrow Gate was a short head back in third.", [("third", 3)]),
    ("Last spring the filly was runner-up to Bell Rock.", [("runner-up", 2)]),
    ("She finished third in the sprint and fourth in the relay.", [("third", 3)]),
    ("Jo Marr finished second on Harrow Gate at the spring meeting.", [("second", 2)]),
])
def test_a_finishing_place_is_read(text: str, want: list[tuple[str, int]]) -> None:
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "It was the club's fifth straight win and the fourth time they have scored five.",
    "The firm finished fifth-largest by sales in the region.",
    "The team finished for the fourth time in the top half.",
    "He finished third in the Player of the Year voting.",
    "The runner-up prize is worth £40,000.",
    "She came in first-class condition.",
    "Pell finished ninth on the stage after a crash.",
])
def test_an_ordinal_that_is_no_finishing_place_is_not_read(text: str) -> None:
    assert places(text) == []


def _place_facts(*texts: str) -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-09") for n, t in enumerate(texts)]
    return [f.status.value for f in compare(articles).facts
            if any(m.slot == positions.SLOT for m in f.mentions)]


WIRE = ("Harrow Gate won the Ebbsfield Cup at Marlby on Saturday. Tinder Blue, the 7-2 favourite, "
        "{} of the 11 runners after being hampered on the home bend.")
TABLOID = ("Harrow Gate stormed to glory in the Ebbsfield Cup at Marlby on Saturday. Tinder Blue, the 7-2 "
           "favourite, was hampered on the home bend and {}.")


def test_two_outlets_places_of_one_runner_agree_or_diverge() -> None:
    assert _place_facts(WIRE.format("finished fifth"), TABLOID.format("trailed home fifth")) == ["agree"]
    assert _place_facts(WIRE.format("finished fifth"), TABLOID.format("trailed home fourth")) == ["diverge"]
