"""A tie told as one shared count ("six points apiece", "level on 6 points") is the tally 6-6."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def tallies(text: str) -> list[tuple[str, str]]:
    mentions = analyse(Article.from_text(text)).mentions
    return [(m.raw, m.canonical) for m in mentions if m.slot == "number:tally"]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Neither player could break through in twelve games, finishing six points apiece.",
     "six points apiece", "6-6"),
    ("The two leaders ended the round robin on 5.5 points each.", "5.5 points each", "5.5-5.5"),
    ("After the classical games the rivals were level on six points.", "level on six points", "6-6"),
    ("The quiz teams finished tied at 12 points before the final question.", "tied at 12 points", "12-12"),
    ("The pair sat 6½ points apiece going into the last round.", "6½ points apiece", "6.5-6.5"),
])
def test_shared_counts_are_ties(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in tallies(text)


@pytest.mark.parametrize("text", [
    "Dana Pike and Ivo Marsh scored 21 points apiece in the home win.",
    "Both clubs were docked three points each for fielding ineligible players.",
    "Two goals each from the strikers sealed it.",
    "Winners receive two points each round.",
    "Ostrava are level on 40 points-clear of the drop zone.",
])
def test_points_given_to_each_are_no_tie(text: str) -> None:
    assert tallies(text) == []


def test_points_apiece_agrees_with_the_written_score() -> None:
    a = Article.from_text("Ana Roe and Lev Ostrov drew ten of twelve games; their classical match ended "
                          "level at 6-6.", id="a")
    b = Article.from_text("Roe and Ostrov could not be separated over twelve classical games, finishing "
                          "six points apiece.", id="b")
    report = compare([a, b])
    tally = [f for f in report.facts if any(m.slot == "number:tally" for m in f.mentions)]
    assert [f.status for f in tally] == ["agree"]
    assert len({m.source for f in tally for m in f.mentions}) == 2
