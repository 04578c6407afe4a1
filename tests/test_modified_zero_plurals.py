"""A count of a zero plural after its modifiers ("4,000 dead fish") names the noun it counts.

numbernouns._counted_noun read a zero plural ("sheep", "aircraft") only right after the figure, and
"fish" was no zero plural at all: "3,000 dead fish" and "3,000 fish" counted nothing, so a tabloid's
"More than 5,000 fish died" could not meet the other outlets' count as the same thing told another way.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def count_nouns(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text("Pond poisoned\n\n" + text, id="s0", published="2026-03-09"))
    return [(m.raw, m.cues[0] if m.cues else None) for m in info.mentions if m.slot == "number:count"]


@pytest.mark.parametrize(("text", "noun"), [
    ("Wardens removed 3,000 dead fish from the lake on Tuesday.", "fish"),
    ("Wardens said 3,000 fish were removed from the lake.", "fish"),
    ("The base hosts 14 military aircraft and a radar station.", "aircraft"),
    ("Farmers lost 230 hill sheep in the snow.", "sheep"),
    # two lower-case modifiers: the figure was dropped, counting nothing
    ("The weir counter recorded 860 returning adult fish last year.", "fish"),
    ("Rangers found 45 young wild deer on the estate.", "deer"),
])
def test_a_zero_plural_counted(text: str, noun: str) -> None:
    assert [n for _, n in count_nouns(text)] == [noun]


def test_a_plural_after_the_zero_plural_is_the_head() -> None:
    # "two dead fish farms" would count farms; "14 fish farms" counts farms
    assert count_nouns("The firm runs 14 fish farms on the coast.") == [("14", "farm")]
    assert count_nouns("The firm runs 14 coastal fish farms.") == [("14", "farm")]


def test_a_capitalized_or_plural_modifier_is_no_zero_plural_count() -> None:
    # a capitalized word may be a name or a label, a plural the head of its own phrase
    assert "fish" not in [n for _, n in count_nouns("Wardens removed 3,000 Loch Tarn fish.")]
    assert "fish" not in [n for _, n in count_nouns("Staff counted 70 sales team fish.")]
