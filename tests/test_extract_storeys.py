"""A building's storey ("the 38th floor", "from level 38", "a 52nd-floor bar") is one number (invented text).

Outlets name the floor where something happened as an ordinal or, in trade
copy, as the floor's number; neither was read (an ordinal is no figure, and
"level 38" was taken for a grade on an alert scale), so two outlets'
storeys never met and a wrong one never diverged.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import levels, storeys


def found(text: str) -> list[int]:
    return [int(v.amount) for _, _, v in storeys.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("The fire started on the 38th floor of the Meridale block.", [38]),
    ("A glazier fell from level 44 while fixing a panel.", [44]),
    ("Guests took the lift to a 52nd-floor bar.", [52]),
    ("Smoke was seen on floor 7 before the alarm sounded.", [7]),
    ("The crane was fixed at level 3 of the office building.", [3]),
    ("The restaurant sits on the twelfth storey.", [12]),
])
def test_storeys_are_read(text: str, want: list[int]) -> None:
    assert found(text) == want


@pytest.mark.parametrize("text", [
    "Forecasters raised the alert level to 4 on Monday.",
    "The building's threat level was raised to level 3 overnight.",
    "The sea level rose 3 metres in the surge.",
    "Her third story this week ran on the front page.",
    "The tower has 70 floors and 400 flats.",
    "Water reached level 6 metres above normal.",
])
def test_grades_counts_and_measures_are_no_storey(text: str) -> None:
    assert found(text) == []


def test_a_high_level_is_a_storey_not_a_grade() -> None:
    text = "The tuned damper sits at level 88, engineers said."
    assert found(text) == [88]
    assert levels.find(text) == ()


def _storey_facts(*texts: str) -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-06-10") for n, t in enumerate(texts)]
    return [f.status.value for f in compare(articles).facts
            if any(m.slot == storeys.SLOT for m in f.mentions)]


FELL = "Window cleaner Ada Fenn, 29, fell from the 38th floor of the Meridale tower on Monday."


def test_an_ordinal_floor_meets_a_numbered_level() -> None:
    other = "Ada Fenn, 29, fell from level 38 of the Meridale tower on Monday."
    assert _storey_facts(FELL, other) == ["agree"]


def test_another_floor_diverges() -> None:
    other = "Ada Fenn, 29, fell from the 33rd floor of the Meridale tower on Monday."
    assert _storey_facts(FELL, other) == ["diverge"]
