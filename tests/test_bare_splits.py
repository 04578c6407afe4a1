"""Bare splits in a timed race ("went out in 31.05", "the last 100 in 58.4") are seconds; prices are not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.extract import splits


def _splits(text: str) -> list[tuple[str, Decimal]]:
    return [(text[s:e], v.amount) for s, e, v in splits.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Mira Holt went out in 31.05 at the 50 m wall and came home in 33.40 for the final length.",
     [("31.05", Decimal("31.05")), ("33.40", Decimal("33.40"))]),
    ("Tallon turned in 52.7, inside record pace, in the 400 m hurdles final.", [("52.7", Decimal("52.7"))]),
    ("She ran the last 100 in 11.9 to take the relay for Brenmoor.", [("11.9", Decimal("11.9"))]),
    ("Aro clocked 9.98 in the heat and a split of 10.41 on the anchor leg of the relay.",
     [("9.98", Decimal("9.98")), ("10.41", Decimal("10.41"))]),
])
def test_a_split_after_a_timing_phrase_is_seconds(text: str, want: list[tuple[str, Decimal]]) -> None:
    assert _splits(text) == want


@pytest.mark.parametrize("text", [
    "Shares in Kessel turned in 24.92 at the close.",  # no race in the passage
    "The index clocked 24.92 points by noon after the race for funds.",  # a unit after the figure
    "Holt went out in 31.05 seconds at the wall of the 50 m pool.",  # the number reader's: it names its unit
    "Halden won the final 3-1 and turned in 24 shots.",  # no tenth or hundredth
    "The relay team came home in 1.2 million viewers' estimation.",  # a scale follows
    "The Brenmoor relay split 75.50 pounds of prize money.",  # past a minute and a unit
])
def test_no_race_no_decimal_or_a_unit_is_no_split(text: str) -> None:
    assert _splits(text) == []


def test_a_bare_split_meets_a_split_in_seconds() -> None:
    lead = "Mira Holt won the women's 100 m backstroke final in Brenmoor on Friday in 58.12."
    a = Article(id="a", title="", text=f"{lead} Holt turned at halfway in 28.35 seconds.")
    b = Article(id="b", title="", text=f"{lead} Holt turned in 28.35 at halfway, under record pace.")
    facts = compare([a, b]).to_dict()["facts"]
    split = [f for f in facts if {m["text"] for m in f["mentions"]} >= {"28.35", "28.35 seconds"}]
    assert len(split) == 1, facts
    assert split[0]["status"] == "agree"
