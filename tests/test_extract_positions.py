"""League positions ("19th in the table", "sit 19th", "the 19th-placed side") are one whole place each."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.extract import positions
from sourcediff.extract.cues import FIGURE_ORDINAL
from sourcediff.pipeline import analyse


def places(text: str) -> list[int]:
    return [int(value.amount) for _, _, value in positions.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Harlow Rovers are 17th in the table after a fourth straight defeat.", [17]),
    ("The club sacked its coach with the team 19th in the Northern League on nine points.", [19]),
    ("Fenwick finished the night third in the standings.", [3]),
    ("Saints are second in Group C with two games left.", [2]),
    ("The 18th-placed club have not won since August.", [18]),
    ("Eighth-placed Dunmore travel to the leaders on Friday.", [8]),
    ("They were in 12th place at Christmas.", [12]),
    ("Ashby stay in fourth position despite the draw.", [4]),
    ("Bramley sit 14th with 20 points from 16 games.", [14]),
    ("The Reds climbed to sixth after the win over Corby.", [6]),
    ("Westcombe dropped to 20th, three points adrift of safety.", [20]),
    ("Torrin have 12 points from 14 matches and are 18th, a point from safety.", [18]),
    ("With 40 points the club is now fifth, behind Alderley on goal difference.", [5]),
])
def test_positions_are_read(text: str, want: list[int]) -> None:
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "The chapel dates from the 19th century.",
    "The hearing resumes on the 21st of May.",
    "He was first to arrive at the scene.",
    "Kelby became the first in the league to sack a manager this season.",
    "He finished third in the Northern League Player of the Year voting.",
    "The striker remains ninth on the all-time scoring list.",
    "Tickets for the third-place play-off go on sale today.",
    "The motion was third on the agenda.",
    "The world No. 3 is seeded second here.",
])
def test_an_ordinal_that_places_no_team_in_a_standing_is_not_read(text: str) -> None:
    assert places(text) == []


def test_a_copula_place_needs_a_sentence_about_a_table() -> None:
    assert places("The company is 14th, its chief executive said.") == []
    assert places("The company is 14th in the league of employers, its chief executive said.") == [14]


def test_its_ordinal_is_a_position_mention_and_not_a_count() -> None:
    article = Article.from_text("Harlow are 17th in the table on 14 points.", id="a", published="2026-03-02")
    numbers = [(m.raw, m.slot, m.value) for m in analyse(article).mentions if m.kind.value == "number"]
    assert [(raw, slot) for raw, slot, _ in numbers if slot == positions.SLOT] == [("17th", positions.SLOT)]
    assert not any(v.amount == Decimal(17) and slot != positions.SLOT  # type: ignore[union-attr]
                   for _, slot, v in numbers)


def _position_facts(*texts: str) -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate(texts)]
    return [f.status.value for f in compare(articles).facts
            if any(m.slot == positions.SLOT for m in f.mentions)]


WIRE = ("Harlow Rovers sacked head coach Pete Lund on Monday with the club {} in the Northern League "
        "on 14 points from 16 games. Lund joined in 2024.")
SITE = ("Harlow Rovers have dismissed Pete Lund, whose side sit {} with 14 points after 16 games. "
        "Lund arrived at the club in 2024.")


def test_two_outlets_places_of_one_club_agree_or_diverge() -> None:
    assert _position_facts(WIRE.format("18th"), SITE.format("18th")) == ["agree"]
    assert _position_facts(WIRE.format("18th"), SITE.format("eighteenth")) == ["agree"]
    assert _position_facts(WIRE.format("18th"), SITE.format("17th")) == ["diverge"]


@pytest.mark.parametrize(("text", "want"), [
    ("HARLOW ROVERS ARE 17TH IN THE TABLE.", []),  # the ordinal's suffix is lower case in the pattern
    ("Harlow Rovers are 17th In The Table after the defeat.", [17]),
    ("Saints are second in group C with two games left.", [2]),
    ("They were in 12th Place at Christmas.", [12]),
    ("Ashby stay in fourth Spot despite the draw.", [4]),
    ("The Reds Climbed To sixth after the win.", [6]),
    ("The 19th placed club host the leaders.", [19]),
    ("The 19th place finish was their worst.", []),
])
def test_a_pattern_word_in_any_case_passes_the_word_test(text: str, want: list[int]) -> None:
    """The per-pattern word test is case-blind, so it never hides a place the pattern itself would read."""
    assert places(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Bramley sit FOURTEENTH with 20 points.", [14]),  # the ordinal word in capitals
    ("The Reds climbed to Sixth after the win.", [6]),
    ("Westcombe dropped to 2nd, level with Corby.", [2]),
    ("Westcombe dropped to 2ND, level with Corby.", []),  # the digits' suffix is lower case in the pattern
    ("Sides 3 and 4 sit level with 20 points in the table.", []),  # digits and "th", but no ordinal
])
def test_the_ordinal_test_lets_every_place_through(text: str, want: list[int]) -> None:
    """A passage with no ordinal skips every scan; one with an ordinal in any case reads as before."""
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "Harlow Rovers are 17th in the table.", "Bramley sit twentieth with 20 points.", "in 1st place",
    "The 19th-placed club", "Eighth-placed Dunmore", "They are now Fifth, behind Alderley on points.",
])
def test_every_place_pattern_match_holds_what_the_ordinal_test_asks(text: str) -> None:
    """Each pattern's match reads an ordinal (group "o"): the early test looks for exactly its forms."""
    for pattern in (*positions._PLACES, positions._COPULA_PLACE):
        for m in pattern.finditer(text):
            word = m["o"]
            assert FIGURE_ORDINAL.search(word) or word.lower() in positions.ORDINALS, (text, word)
