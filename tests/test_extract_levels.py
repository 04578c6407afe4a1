"""Grades on a named scale ("alert level 4", "Level IV", "level four", "Category 5") are one number each."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.extract import levels
from sourcediff.pipeline import analyse


def grades(text: str) -> list[tuple[int, str]]:
    return [(int(value.amount), scale) for _, _, value, scale in levels.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("The agency raised the alert level to 3, the second highest.", [(3, "level")]),
    ("Scientists lifted the warning to Level III on Friday.", [(3, "level")]),
    ("The town remains at level two of the flood plan.", [(2, "level")]),
    ("It is now a Category 4 storm, forecasters said.", [(4, "category")]),
    ("The hurricane weakened to category-two overnight.", [(2, "category")]),
    ("The threat level of five was kept in place.", [(5, "level")]),
])
def test_grades_are_read(text: str, want: list[tuple[int, str]]) -> None:
    assert grades(text) == want


@pytest.mark.parametrize("text", [
    "The river's water level 6.8 metres above normal worried residents.",
    "The reservoir level 40% below average is a concern.",
    "It is the level I expected, the mayor said.",
    "The sea level rose overnight.",
    "Top-level talks resume on Monday.",
])
def test_a_measure_or_a_pronoun_after_level_is_no_grade(text: str) -> None:
    assert grades(text) == []


def test_its_figure_is_not_read_again_as_a_loose_count() -> None:
    article = Article.from_text("Officials raised the alert level to 3 and moved 400 people.", id="a",
                                published="2026-05-02")
    numbers = [(m.slot, m.value) for m in analyse(article).mentions if m.kind.value == "number"]
    assert (levels.SLOT, levels.find("alert level to 3")[0][2]) in numbers
    assert not any(v.amount == Decimal(3) and slot != levels.SLOT  # type: ignore[union-attr]
                   for slot, v in numbers)


def _level_facts(*texts: str) -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-02") for n, t in enumerate(texts)]
    return [f.status.value for f in compare(articles).facts
            if any(m.slot == levels.SLOT for m in f.mentions)]


WIRE = ("The Farrow Geological Office raised the alert level to {} on Saturday after the Brenn dome "
        "swelled, and about 900 people left the valley.")
SITE = ("The Farrow Geological Office moved the Brenn dome to Level {} on Saturday as about 900 people "
        "left the valley.")


def test_two_outlets_grades_of_one_alert_agree_or_diverge() -> None:
    assert _level_facts(WIRE.format("3"), SITE.format("III")) == ["agree"]
    assert _level_facts(WIRE.format("3"), SITE.format("II")) == ["diverge"]


@pytest.mark.parametrize(("text", "want"), [
    # the grade after a verb: "the danger level ... was four", "the alert level was raised to 4"
    ("The danger level across the upper valley today was four, on a scale of five.", [(4, "level")]),
    ("The alert level was raised to 3 on Friday.", [(3, "level")]),
    ("The national threat level remains at 2, officials said.", [(2, "level")]),
])
def test_a_grade_after_a_verb_is_read(text: str, want: list[tuple[int, str]]) -> None:
    assert grades(text) == want


@pytest.mark.parametrize("text", [
    "The danger level was 3 metres higher than last year.",
    "The warning level stood at 40% of capacity.",
])
def test_a_measure_after_the_verb_is_no_grade(text: str) -> None:
    assert grades(text) == []
