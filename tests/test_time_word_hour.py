"""A clock told in words with its half of day is a clock time (invented text).

"Half past nine in the evening" is 21:30.

Broadcasters and local papers write "the parade began at a quarter to ten in
the morning" where a wire writes "9:45 a.m."; the words were not read, so the
two never met. Without the half of day ("at ten past six.") the words hold no
a.m./p.m.: they are read with the half of day unknown (`ClockTime.halves`),
as a 12-hour writer's "on Monday at 11:50" is, and meet either reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article, compare
from sourcediff.extract import times
from sourcediff.model import Kind


def clocks(text: str) -> list[tuple[str, int, int]]:
    return [(text[f.start:f.end], f.value.hour, f.value.minute)  # type: ignore[union-attr]
            for f in times.find(text, dt.date(2026, 6, 10)) if hasattr(f.value, "minute")]


@pytest.mark.parametrize(("text", "want"), [
    ("The parade began at a quarter to ten in the morning.", ("a quarter to ten in the morning", 9, 45)),
    ("Polls closed at half past eight in the evening.", ("half past eight in the evening", 20, 30)),
    ("The ferry left at ten o'clock this morning.", ("ten o'clock this morning", 10, 0)),
    ("Fireworks start at twelve o'clock at night.", ("twelve o'clock at night", 0, 0)),
    ("Shots were heard at twenty past four this afternoon.", ("twenty past four this afternoon", 16, 20)),
    ("The alarm rang at one o'clock at night.", ("one o'clock at night", 1, 0)),
])
def test_worded_clocks_are_read(text: str, want: tuple[str, int, int]) -> None:
    assert clocks(text) == [want]


def test_words_without_a_half_of_day_are_either_half() -> None:
    found = [f.value for f in times.find("We met at ten past six.", dt.date(2026, 6, 10))]
    assert [(v.hour, v.minute, v.halves) for v in found] == [(6, 10, True)]  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "The stall opened from one to two in the afternoon.",
    "Half of the eleven in the morning shift stayed home.",
])
def test_words_without_a_clock_are_left(text: str) -> None:
    assert clocks(text) == []


def _time_facts(*texts: str) -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-06-10") for n, t in enumerate(texts)]
    return [f.status.value for f in compare(articles).facts if any(m.kind is Kind.TIME for m in f.mentions)]


WORDED = "The Lenmoor bridge reopened at a quarter to ten in the morning on Wednesday."


def test_a_worded_clock_meets_a_figure() -> None:
    wire = "The Lenmoor bridge reopened at 9:45 a.m. on Wednesday, the council said."
    assert _time_facts(wire, WORDED) == ["agree"]


def test_a_worded_clock_diverges_from_another_time() -> None:
    wire = "The Lenmoor bridge reopened at 9:15 a.m. on Wednesday, the council said."
    assert _time_facts(wire, WORDED) == ["diverge"]
