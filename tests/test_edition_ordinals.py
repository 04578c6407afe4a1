"""A recurring event's edition: "the 29th Harbour Film Festival", "its 12th edition of the Vale Games".

Reports of an awards night, a festival or a games say which edition it was,
and another outlet's ordinal can contradict it. No scan read it. The ordinal
before a capitalised name ending in an event word (or before "edition of")
is a count of that event's editions, with the event word as its cue; other
ordinals ("the 21st century", "the 3rd Battalion") count nothing. Every
sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import ordinals
from sourcediff.model import Article
from sourcediff.segment import segment


def editions(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    article = Article.from_text(text, id="t", published="2026-09-14")
    return [(m.raw, m.value.canonical(), m.cues) for m in ordinals.extract(article, segment(article))
            if m.cues and m.cues[0].startswith(ordinals.EDITION_PREFIX)]


@pytest.mark.parametrize(("text", "value", "cue"), [
    ("The 29th Harbour Film Festival opened on Friday.", "29", "edition:festival"),
    ("The guild's 29th Harbour Film Festival drew record crowds.", "29", "edition:festival"),
    ("Crowds gathered for the 77th edition of the Vale Games.", "77", "edition:games"),
    ("The 12th Northern Book Awards were handed out in Lanmouth.", "12", "edition:awards"),
    ("This year's fifth Riverside Summit ended without a deal.", "5", "edition:summit"),
])
def test_an_ordinal_edition_of_a_named_event_is_read(text: str, value: str, cue: str) -> None:
    got = editions(text)
    assert [(v, c) for _, v, c in got] == [(value, (cue,))]


@pytest.mark.parametrize("text", [
    "In the 21st century the rules changed.",
    "The 3rd Battalion moved north.",
    "She finished 14th in the Vale Games.",
    "The first Harbour Film Festival was held in 1990.",  # a first edition says it is new
    "They met at the market on 41st Street.",
])
def test_other_ordinals_are_no_edition(text: str) -> None:
    assert editions(text) == []


def test_two_events_editions_have_two_cues() -> None:
    got = editions("The 29th Harbour Film Festival shared the week with the 12th Vale Games.")
    assert {c for _, _, c in got} == {("edition:festival",), ("edition:games",)}
