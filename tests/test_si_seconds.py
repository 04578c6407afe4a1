"""The SI second written "s" after a figure and a space ("5 s increment") is a duration like "5 seconds"."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def seconds(text: str) -> list[tuple[str, str]]:
    mentions = analyse(Article.from_text(text)).mentions
    return [(m.raw, m.canonical) for m in mentions if m.slot == "number:second"]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("The time control is 15 min + 5 s increment per move.", "5 s", "5 second"),
    ("She ran the 100 m in 10.94 s in Lyon.", "10.94 s", "10.94 second"),
    ("The valve closed after 3 s.", "3 s", "3 second"),
])
def test_lone_s_after_a_figure_is_seconds(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in seconds(text)


@pytest.mark.parametrize("text", [
    "He is in his 30s now and lives in Tarvo.",
    "Music of the 1990s filled the hall.",
    "Lot 4 s and t were sold at the fair.",
    "Plot 12 s.e. of the mill was flooded.",
])
def test_decades_and_letters_are_no_seconds(text: str) -> None:
    assert seconds(text) == []


def test_seconds_and_s_agree_across_sources() -> None:
    a = Article.from_text("Each player gets 15 minutes plus 5 seconds per move in the Tarvo rapid.", id="a")
    b = Article.from_text("Each player gets 15 min plus 5 s per move in the Tarvo rapid.", id="b")
    facts = [f for f in compare([a, b]).facts if any(m.slot == "number:second" for m in f.mentions)]
    assert [f.status for f in facts] == ["agree"]
    assert {m.source for f in facts for m in f.mentions} == {"a", "b"}
