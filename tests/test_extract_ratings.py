"""A tornado's rating ("EF3", "EF-4", "an F5 tornado") is one graded fact per scale, kept out of alignment."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.align.features import value_family_key
from sourcediff.extract import levels
from sourcediff.pipeline import analyse


def grades(text: str) -> list[tuple[str, int, str]]:
    return [(text[s:e], int(value.amount), scale) for s, e, value, scale in levels.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("A tornado rated EF2 crossed the county line near Pell.", [("EF2", 2, "ef")]),
    ("The EF-4 twister flattened the mill.", [("EF-4", 4, "ef")]),
    ("Surveyors gave it a rating of EF0, the weakest.", [("EF0", 0, "ef")]),
    ("It was the first F5 tornado in the state since 1974.", [("F5", 5, "f")]),
    ("The 1966 storm was rated an F-4 by the bureau.", [("F-4", 4, "f")]),
    # the scales already read beside it
    ("Forecasters expect a Category 4 hurricane by Friday.", [("Category 4", 4, "category")]),
    ("The storm became a category-four system overnight.", [("category-four", 4, "category")]),
    ("Officials issued a level 3 alert for the coast.", [("level 3", 3, "level")]),
])
def test_ratings_are_read(text: str, want: list[tuple[str, int, str]]) -> None:
    assert grades(text) == want


@pytest.mark.parametrize("text", [
    "She finished fourth in F3 last season before moving up.",  # a racing series
    "Two F-16 jets escorted the airliner.",  # an aircraft
    "The EF6 grade does not exist on the scale.",  # no such grade
    "Press F5 to reload the page.",  # a key
    "The REF3 reference sheet was filed.",  # part of a longer code
])
def test_codes_that_look_like_ratings_are_no_grade(text: str) -> None:
    assert grades(text) == []


def test_a_rating_is_no_alignment_key() -> None:
    article = Article.from_text("A tornado rated EF3 struck the town of Pell on Monday.", id="a")
    info = analyse(article)
    passage = info.passages[0]
    rated = [m for m in info.mentions if levels.rating(m)]
    assert [m.raw for m in rated] == ["EF3"]
    assert value_family_key(passage, rated[0]) is None


def _rating_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-04-08") for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
            if any(levels.rating(m) for m in f.mentions)]


def test_one_storys_ratings_agree_across_spellings_and_diverge_on_another_grade() -> None:
    wire = "A tornado rated EF2 tore through Pell on Tuesday, destroying 40 homes and a school gym."
    paper = "The National Weather Service has given the Pell twister a preliminary rating of EF-2."
    tabloid = "A monster EF-3 twister smashed the tiny town of Pell, wrecking dozens of houses."
    assert _rating_facts(wire, paper) == [("agree", ["EF-2", "EF2"])]
    assert _rating_facts(wire, paper, tabloid) == [("diverge", ["EF-2", "EF-3", "EF2"])]


def test_a_source_rating_two_tornadoes_is_no_rival() -> None:
    outbreak = ("An EF2 tornado hit Pell on Tuesday, and an EF4 tornado struck Carrow an hour later, "
                "damaging 300 homes.")
    other = "The tornado that struck Carrow on Tuesday was rated EF4, the weather service said."
    statuses = [status for status, _ in _rating_facts(outbreak, other)]
    assert "diverge" not in statuses
    # nor does a different scale rival the same grade ("F4" is no "EF4")
    assert "diverge" not in [s for s, _ in _rating_facts("The 1966 storm was an F4 tornado.",
                                                         "The storm was rated EF3 on Tuesday.")]
