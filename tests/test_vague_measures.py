"""A vague magnitude of a measure ("thousands of gallons") is no head count.

numberclassify._vague_count read "Thousands of gallons of slurry" as a count of gallons, so a lead that
also told "3,000 dead trout" had two counts and the vague one could stand for the story's count, hiding
another outlet's figure. "Thousands of anglers" stays a count.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def counts(text: str) -> list[str]:
    info = analyse(Article.from_text("Brook polluted\n\n" + text, id="s0", published="2026-03-09"))
    return [m.raw for m in info.mentions if m.slot == "number:count"]


@pytest.mark.parametrize("text", [
    "Dead trout lined the bank after thousands of gallons of slurry poured into the brook.",
    "Hundreds of metres of hedge were burnt.",
    "Millions of litres of water are lost every day.",
])
def test_a_vague_measure_is_no_count(text: str) -> None:
    assert counts(text) == []


def test_a_vague_number_of_people_is_still_a_count() -> None:
    assert counts("Thousands of anglers lined the banks on Monday.") == ["Thousands"]
    assert counts("Dozens of calls reached the hotline.") == ["Dozens"]
