"""A bare clock named as an event's time ("a press briefing at 11:30") is read, its half of day unknown.

Invented sentences. "The mayor spoke at a news conference at 4:15" gives a
time of day as surely as "at 4:15 p.m." does, but the writer left out the
a.m./p.m.; the clock was dropped as ambiguous, and another outlet's "4 p.m."
for the same conference met nothing. It is read with ``ClockTime.halves``
(4:15 or 16:15), as "on Monday at 11:50" already is. A lone "at 10:00" that
no event noun leads stays unread.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract import extract
from sourcediff.model import Kind
from sourcediff.segment import segment
from sourcediff.values import ClockTime


def _clocks(text: str) -> list[tuple[str, int, int, bool]]:
    article = Article.from_text(text, id="t")
    return [(m.raw, m.value.hour, m.value.minute, m.value.halves)
            for m in extract(article, segment(article))
            if m.kind is Kind.TIME and isinstance(m.value, ClockTime)]


@pytest.mark.parametrize(("text", "raw", "hour", "minute"), [
    ("The mayor spoke at a news conference at 4:15, aides said.", "4:15", 4, 15),
    ("Residents gathered for a vigil at 7:30 outside the town hall.", "7:30", 7, 30),
    ("The plan was unveiled at a press briefing at 11:30.", "11:30", 11, 30),
])
def test_an_event_clock_is_read_with_either_half(text: str, raw: str, hour: int, minute: int) -> None:
    assert (raw, hour, minute, True) in _clocks(text), _clocks(text)


@pytest.mark.parametrize("text", [
    "The inquiry resumes at 10:00, the chair said.",  # no event noun before "at"
    "The model is built at 1:50 scale.",  # a ratio
])
def test_a_clock_no_event_names_stays_unread(text: str) -> None:
    assert _clocks(text) == []
