"""A pronoun that counts nobody ("no one was hurt", "none went to hospital") is the count 0 of its role."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def zeros(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(raw, cues) of every zero count in ``text``."""
    return [(m.raw, m.cues) for m in analyse(Article.from_text(text)).mentions
            if m.slot == "number:count" and m.canonical == "0"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nobody was injured when the barge struck the pier.", [("Nobody", ("role:injured",))]),
    ("No one was hospitalised after the gas leak.", [("No one", ("role:injured",))]),
    ("Medics checked four hikers, and none was taken to hospital, rangers said.",
     [("none", ("role:injured",))]),
    ("Twelve pupils fell ill at the camp. None has died.", [("None", ("role:dead",))]),
    ("None of the climbers were hurt in the rockfall.",
     [("None of the climbers", ("climber", "role:injured"))]),
    ("No-one on the ferry was injured.", [("No-one", ("role:injured",))]),
])
def test_zero_of_a_role(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert zeros(text) == expected


@pytest.mark.parametrize("text", [
    "No one knew how many were hurt in the crush.",  # the role belongs to another clause
    "Nobody on the bus was seriously hurt.",  # the worst cases only: lesser ones may be counted elsewhere
    "None of the plans was approved by the council.",  # no role
    "The mayor said no one would be evacuated.",  # not the subject opening its clause
    "It was a fire that no one was hurt in.",
])
def test_no_zero_without_a_stated_role(text: str) -> None:
    assert zeros(text) == []


def test_nobody_against_a_handful_diverges() -> None:
    articles = [Article.from_text(t, id=f"s{n}", published="2024-03-05") for n, t in enumerate((
        "The tram left the rails on the harbour bridge on Monday morning. No one was hospitalised, the "
        "operator said.",
        "The tram left the rails on the harbour bridge on Monday morning. Three riders were taken to "
        "hospital, the operator said."))]
    facts = [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
             if f.kind.value == "number"]
    assert ("diverge", ["No one", "Three"]) in facts

