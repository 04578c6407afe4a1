"""A first-person group told by a figure ("About 140 of us watched") is a count of people."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    mentions = analyse(Article.from_text(text)).mentions
    return [(m.raw, m.canonical, m.cues) for m in mentions if m.slot == "number:count"]


@pytest.mark.parametrize(("text", "raw"), [
    ("About 140 of us watched the final on the big screen in the hall.", "About 140"),
    ("\"There were 23 of us stuck on the platform,\" said a commuter.", "23"),
])
def test_of_us_counts_people(text: str, raw: str) -> None:
    assert [c for c in counts(text) if c[0] == raw and c[2] == ("person",)]


@pytest.mark.parametrize("text", [
    "The two of us drove to Tarvo on Sunday.",
    "Of the 40 boxes, 12 of them were damaged in the flood.",
])
def test_spelled_groups_and_things_are_no_people(text: str) -> None:
    assert not [c for c in counts(text) if c[2] == ("person",)]


def test_of_us_meets_a_count_of_people() -> None:
    a = Article.from_text("About 140 of us watched the final at the Tarvo club on Monday night.", id="a")
    b = Article.from_text("About 140 people watched the final at the Tarvo club on Monday night.", id="b")
    facts = [f for f in compare([a, b]).facts if any(m.slot == "number:count" for m in f.mentions)]
    assert [(f.status, len({m.source for m in f.mentions})) for f in facts] == [("agree", 2)]
