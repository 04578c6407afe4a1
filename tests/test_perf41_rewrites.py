"""The #13 rewrites (perf41) match exactly what the patterns matched before, on random invented text.

Each lookahead added to a pattern names the letters its alternatives can
open with, at the place of the word boundary before them: it only spares
the engine the positions where no alternative can start. These tests hold
each rewritten pattern to its former text over random sentences built from
the words it looks for (and a few that only resemble them).
"""

from __future__ import annotations

import random
import re

import pytest

from sourcediff.extract import patterns as P
from sourcediff.extract import times

_WORDS = (
    "late", "Late", "early", "Early", "on", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "monday", "today", "Today", "yesterday", "Yesterday", "tomorrow", "Tomorrow",
    "this", "This", "last", "Last", "morning", "afternoon", "evening", "night", "overnight", "Overnight",
    "tonight", "Tonight", "midday", "Midday", "at", "At", "12", "noon", "the", "rally", "ended", "Lately",
    "lasting", "thistle", "todays", "mid-morning", "Eskton", "ſunday", "K", "Ünal", "a", "in", ",", ".",
    "(", ")", "’s", "'s", "\n",
)
_PHRASES = (
    "late on Friday evening", "early Tuesday morning", "this afternoon", "last night", "at midday",
    "12 midday", "Tonight", "overnight", "yesterday evening", "Early on Sunday", "late this morning",
)


def _texts(seed: int, count: int = 600) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = rng.choices(_WORDS + _PHRASES * 3, k=rng.randint(1, 25))
        out.append("".join(w + rng.choice(("", " ", " ", " ", "  ", "-", "\n")) for w in words))
    return out


def _former(pattern: re.Pattern[str], lookahead: str) -> re.Pattern[str]:
    """The pattern as it was written before ``lookahead`` was added."""
    assert lookahead in pattern.pattern
    return re.compile(pattern.pattern.replace(lookahead, "", 1), pattern.flags)


_REWRITTEN = [
    (P.PART_OF_DAY, "(?=[EeLlMmTtWFSYyOo])"),
]


@pytest.mark.parametrize(("pattern", "lookahead"), _REWRITTEN)
def test_rewritten_patterns_match_as_before(pattern: re.Pattern[str], lookahead: str) -> None:
    former = _former(pattern, lookahead)
    hits = 0
    for text in _texts(41):
        new = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert new == [(m.span(), m.groupdict()) for m in former.finditer(text)], text
        hits += bool(new)
    assert hits > 100


def test_parts_of_day_are_still_read() -> None:
    found = times.find("Police were called late on Friday evening and again early Tuesday morning.", None)
    assert [f.value.part for f in found] == ["evening", "morning"]  # type: ignore[union-attr]
    assert [f.value.part for f in times.find("The rain should clear by tonight.", None)] == [  # type: ignore[union-attr]
        "tonight"]
    # words that only open like a part of day are none
    assert not times.find("Lately the thistle crop has been lasting longer.", None)
