""""Overnight" before a noun of lodging or visiting is a kind of visit, not the night before.

A tourism story counts "6 million overnight visitors" or "overnight stays":
read as the relative day "overnight" (the night before publication), the
word gave the article a date and a time it never states, which another
outlet's "yesterday" could then meet. "Overnight" as a time ("fell
overnight", "after overnight rain") keeps its reading.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def day_and_clock(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-08-14"))
    return [(m.raw, m.slot) for m in info.mentions if m.slot in ("date", "time", "part")]


@pytest.mark.parametrize("text", [
    "The resort recorded 2.4 million overnight visitors in 2025, the tourism board said.",
    "Overnight stays in the valley rose by 6% in July, hoteliers said.",
    "The island hosted about 800,000 overnight guests last summer.",
    "Campers on overnight trips must now register with the park rangers.",
])
def test_overnight_before_a_lodging_noun_names_no_night(text: str) -> None:
    assert [raw for raw, _ in day_and_clock(text) if raw.lower() == "overnight"] == []


@pytest.mark.parametrize("text", [
    "The river rose by two metres overnight, the water agency said.",
    "Roads were closed after overnight rain flooded the bypass near Trellick.",
])
def test_overnight_as_a_time_keeps_its_night(text: str) -> None:
    assert {slot for raw, slot in day_and_clock(text) if raw.lower() == "overnight"} == {"date", "part"}
