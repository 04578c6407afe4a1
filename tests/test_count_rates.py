"""A count in a period ("about 54 strokes per minute", "120 beats a minute") keeps its noun and period.

Read as "about 54" the figure lost what it measured; its cue stays the
noun, so "38 strokes" elsewhere still meets "38 strokes a minute".
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def _counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, id="x", published="2026-09-03"))
    return [(m.raw, m.cues) for m in info.mentions if m.slot == "number:count"]


@pytest.mark.parametrize(("text", "raw", "noun"), [
    ("The Halden eight rowed at about 38 strokes per minute past the island.", "about 38 strokes per minute",
     "stroke"),
    ("Her heart rate peaked at 172 beats a minute on the final climb.", "172 beats a minute", "beat"),
    ("The new timetable runs 12 trams an hour through the centre.", "12 trams an hour", "tram"),
    ("The bakery turns out 900 rolls each day.", "900 rolls each day", "roll"),
])
def test_a_count_in_a_period_keeps_its_noun_and_period(text: str, raw: str, noun: str) -> None:
    assert [(r, c[:1]) for r, c in _counts(text)] == [(raw, (noun,))]


@pytest.mark.parametrize(("text", "raw"), [
    ("The 14 riders a week earlier had crossed the pass.", "14"),
    ("He had sold 5 tickets a minute ago.", "5"),
    ("Lund signed 40 players a year on from the takeover.", "40"),
    ("Kessel sold 300 tickets on Monday.", "300"),
])
def test_a_moment_or_no_period_leaves_the_count_alone(text: str, raw: str) -> None:
    assert [r for r, _ in _counts(text)] == [raw]
