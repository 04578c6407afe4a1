"""A fact box's label may name its count with a participle: "Deaths reported: 7", "Arrests confirmed: 12".

The label reader refuses labels holding a verb of saying, so that "He said:
41" or "Police reported: 7" is no label; right after a word naming the events
counted (deaths, injuries, arrests), "reported" and "confirmed" say only how
the count is known, and the figure is that count, with its role. People who
could speak ("Workers confirmed: 40") keep the old reading.

Every line is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import extract
from sourcediff.model import Article
from sourcediff.segment import segment


def figures(text: str) -> list[tuple[str, tuple[str, ...]]]:
    article = Article.from_text(text, id="t", published="2026-08-03")
    return [(m.raw, m.cues) for m in extract(article, segment(article))]


@pytest.mark.parametrize(("text", "raw", "cue"), [
    ("Deaths reported: 9", "9", "dead"),
    ("- Fatalities confirmed: 4", "4", "dead"),
    ("Injuries reported: 23", "23", "injured"),
    ("• Arrests confirmed — 12", "12", "arrested"),
])
def test_a_participle_after_an_event_word_keeps_the_label(text: str, raw: str, cue: str) -> None:
    found = dict(figures(text))
    assert raw in found, figures(text)
    assert f"role:{cue}" in found[raw]


@pytest.mark.parametrize("text", [
    "Police reported: 7",
    "Workers confirmed: 40",
    "He said: 41",
    "Officials confirmed: 3",
])
def test_a_speaker_before_a_verb_of_saying_is_no_label(text: str) -> None:
    assert figures(text) == []
