"""A count of occasions right after a capitalized name: "orbited the Moon 1,200 times".

Invented text. A capitalized word right before digits makes them a label
("Boeing 737", "Section 230"), so "the probe orbited the Moon 1,200 times"
lost its count: "Moon 1,200" was taken for a name with a number, while an
outlet writing "orbited the satellite 1,200 times" kept it, and the two were
never compared. A figure followed by "times" (how often, not a multiplier)
counts occasions, and the name before it is what they were of; a model or
section number is never followed by "times".
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def _counts(text: str) -> list[tuple[str, object]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-03-02")).mentions
    return [(m.raw, m.value.amount) for m in ms
            if m.kind is Kind.NUMBER and isinstance(m.value, Quantity) and m.slot == "number:count"]


@pytest.mark.parametrize(("text", "raw"), [
    ("The Ostrel probe orbited the Moon 1,200 times before it was switched off.", "1,200"),
    ("Dana Pirrel, 52, has crossed the Atlantic 14 times by rowing boat.", "14"),
    ("The ferry Maelin crossed the Sound 2,310 times last year.", "2,310"),
    ("The relay crew has called Harbour Control 340 times since May.", "340"),
])
def test_a_count_of_occasions_after_a_name_is_read(text: str, raw: str) -> None:
    assert raw in [r for r, _ in _counts(text)]


@pytest.mark.parametrize("text", [
    "The airline will retire its Boeing 737 fleet next year.",
    "Section 230 protects the platforms, the court said.",
    "Jupiter is 11 times the width of the Earth.",
])
def test_a_name_with_a_number_stays_a_label(text: str) -> None:
    assert _counts(text) == []


def test_two_outlets_counting_occasions_after_a_name_diverge() -> None:
    texts = ("The Ostrel probe orbited the Moon 1,200 times in its four years of work, the agency said.",
             "Over four years the Ostrel probe orbited the Moon 1,260 times, the agency said.")
    arts = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate(texts)]
    report = compare(arts)
    orbits = [f for f in report.facts if f.kind is Kind.NUMBER
              and {m.raw for m in f.mentions} >= {"1,200", "1,260"}]
    assert orbits and orbits[0].status is Verdict.DIVERGE
