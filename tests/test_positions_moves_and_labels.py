"""League places told as a move, in a sized table or on a fact box's line, and the two ends of a move
set against another outlet's (invented text).

"11th in the 20-club table" names a standing through a size joined to its noun; "tumbling from 9th to
17th" moves with a verb whose "e" falls before "-ing"; "pushed the club from ninth place to 17th in the
table" leaves a place whatever its verb, since the place reached is named in a standing; "Table
position: 9th before, 17th after" is a fact box's line (extract/positions.py). Two outlets giving a
move's two ends share the place left, and the places reached are rivals (divergeleftover.py).
A change's second figure after "to just" counts what the first does (extract/changecounts.py).
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import positions
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def places(text: str) -> list[int]:
    return [int(value.amount) for _, _, value in positions.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Brackmoor were 9th in the 20-club table before the ruling.", [9]),
    ("The ruling sent Brackmoor tumbling from 9th to 17th in the table.", [9, 17]),
    ("Brackmoor, plunging from ninth to 17th, now face a relegation fight.", [9, 17]),
    ("The verdict pushed Brackmoor from ninth place to 17th in the Western League.", [9, 17]),
    ("Table position: 9th before the ruling, 17th after", [9, 17]),
    ("League position: fifth", [5]),
])
def test_places_are_read(text: str, want: list[int]) -> None:
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "The position: he was first to arrive at the meeting.",
    "Place: 3rd floor of the town hall.",
    "The verdict moved the hearing from the 9th to the 17th of May.",
])
def test_no_place_is_read(text: str) -> None:
    assert places(text) == []


def test_the_places_reached_in_two_moves_are_rivals() -> None:
    a = ("Brackmoor Town were docked seven points on Tuesday for breaking the league's spending rules. "
         "Brackmoor, who were 9th in the table on 28 points, drop to 19th in the table on 21 points. "
         "The club said it would appeal.")
    b = ("Brackmoor Town have been docked seven points for breaking the league's spending rules. "
         "The penalty sends Brackmoor tumbling from 9th to 17th in the league table, with their tally "
         "cut from 28 points to 21. The club plans to appeal.")
    report = compare([Article.from_text(a, id="a", published="2026-10-06"),
                      Article.from_text(b, id="b", published="2026-10-07")])
    verdicts = {frozenset(m.raw for m in f.mentions): f.status.value for f in report.facts
                if any(m.slot == positions.SLOT for m in f.mentions)}
    assert verdicts.get(frozenset({"9th"})) == "agree"
    assert verdicts.get(frozenset({"19th", "17th"})) == "diverge"


@pytest.mark.parametrize("text", [
    "The ruling cut their tally from 28 points to just 21.",
    "The council cut the timetable from 30 classes to only 18.",
])
def test_a_change_to_just_a_figure_counts_its_noun(text: str) -> None:
    article = Article.from_text(text, published="2026-10-06")
    counts = {m.raw: m.cues for m in analyse(article).mentions if m.kind is Kind.NUMBER}
    noun = "point" if "points" in text else "class"
    assert noun in counts.get("21" if "21" in text else "18", ())
