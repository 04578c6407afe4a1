"""A clock told in words with no half of day, set "at" its moment: "at a quarter to five" (invented text).

A local paper writes "the last climber was brought down at a quarter to
five" where the wire has "4.45pm": with no "in the afternoon" after it the
clock was left unread, and the paper's sentence had no time to agree with.
It is read as a 12-hour writer's clock, its half of day unknown
(`ClockTime.halves`), as "on Monday at 11:50" is. Odds ("at ten to one")
and ranges ("from five to ten") are no clock.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, compare
from sourcediff.pipeline import analyse
from sourcediff.values import ClockTime


def clocks(text: str) -> list[tuple[int, int, bool]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-05-04")).mentions
    return [(m.value.hour, m.value.minute, m.value.halves) for m in ms
            if m.kind is Kind.TIME and isinstance(m.value, ClockTime)]


@pytest.mark.parametrize(("text", "want"), [
    ("The last climber was brought down at a quarter to five.", (4, 45, True)),
    ("The ferry finally left at ten past six, the operator said.", (6, 10, True)),
    ("Voting closed at half past nine; the count began at once.", (9, 30, True)),
    ("The shop reopened at twenty-five to twelve.", (11, 35, True)),
])
def test_a_worded_clock_set_at_its_moment(text: str, want: tuple[int, int, bool]) -> None:
    assert clocks(text) == [want]


@pytest.mark.parametrize("text", [
    "The odds on the favourite stood at ten to one.",
    "Rents rose from five to ten pounds a week.",
    "The vote was carried at ten to one in the chamber's favour, and the odds were long.",
    "Half to four is not a time anyone says.",
])
def test_no_clock(text: str) -> None:
    assert clocks(text) == []


def test_it_agrees_with_either_half_of_the_day() -> None:
    texts = ["The mountain rescue team brought the last of the stranded climbers down at 4.45pm, "
             "a spokesman said.",
             "The mountain rescue team brought the last of the stranded climbers down at a quarter to five, "
             "a spokesman said."]
    report = compare([Article.from_text(t, id=f"s{n}", published=f"2026-05-0{n + 4}")
                      for n, t in enumerate(texts)]).to_dict()
    times = [f for f in report["facts"] if f["kind"] == "time"]
    assert [(f["status"], len(f["mentions"])) for f in times] == [("agree", 2)]
