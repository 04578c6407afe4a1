"""A toll told by who did not come home, a headline's "die", and the idiom "one too many" (invented text).

A tabloid writes "but four never came home" or "Four die on the glacier"
where a wire writes "four climbers died": both are the story's toll. An
official's "every death is one too many" is no toll of one: read as one, it
gave every outlet quoting it two tolls, and a source with two tolls is never
compared with another's single one.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, compare
from sourcediff.pipeline import analyse


def tolls(text: str) -> list[str]:
    ms = analyse(Article.from_text(text, id="x", published="2026-06-09")).mentions
    return [m.raw for m in ms if m.kind is Kind.NUMBER and "role:dead" in m.cues]


@pytest.mark.parametrize(("text", "want"), [
    ("Hundreds set out for the glacier this summer, but four never came home.", ["four"]),
    ("Four die on the Kessler glacier as the season ends.", ["Four"]),
    ("Two of the divers did not make it back, the coastguard said.", ["Two"]),
    ("Three of the crew didn't come home.", ["Three"]),
])
def test_a_toll_told_so_is_read(text: str, want: list[str]) -> None:
    assert tolls(text) == want


@pytest.mark.parametrize("text", [
    '"Every death on the glacier is one too many," the warden said.',
    "Some 300 die-hard fans queued overnight.",
    "The 40 hikers came home on Sunday.",
])
def test_no_toll_here(text: str) -> None:
    assert tolls(text) == []


def test_the_idiom_leaves_each_source_one_toll_to_compare() -> None:
    quote = '"Every death on the glacier is one too many," said warden Ilse Brandt.'
    a = Article.from_text(f"Four people died on the Kessler glacier this summer. {quote}",
                          id="a", published="2026-06-09")
    b = Article.from_text(f"Hundreds set out this summer, but five never came home. {quote}",
                          id="b", published="2026-06-10")
    tolls_ = [f for f in compare([a, b]).facts
              if any(m.kind is Kind.NUMBER and "role:dead" in m.cues for m in f.mentions)]
    assert [f.status.value for f in tolls_] == ["diverge"]
    assert {m.raw.lower() for m in tolls_[0].mentions} == {"four", "five"}
