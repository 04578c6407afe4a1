"""A year heading a line of a key-dates list ("2031: first review of the toll") is that line's date.

Invented text. Trade sites and explainers end with a timeline whose lines
open with the year; with no date preposition before it, the year was read as
nothing, so another outlet's "will be reviewed in 2031" met no date there. A
line that counts ("2000: jobs lost") and a year inside a sentence stay unread.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract import dates


def _years(text: str) -> list[str]:
    return [text[f.start:f.end] for f in dates.find(text, dt.date(2026, 6, 8)) if text[f.start].isdigit()]


@pytest.mark.parametrize(("text", "want"), [
    ("Key dates\n\n2031: first review of the Tarrow toll", ["2031"]),
    ("2028: bridge reopens to lorries\n\n2030: the toll ends", ["2028", "2030"]),
])
def test_a_year_heading_a_timeline_line_is_read(text: str, want: list[str]) -> None:
    assert _years(text) == want


@pytest.mark.parametrize("text", [
    "Key figures\n\n2000: jobs lost at the Harlow plant",
    "The final tally was 2029: a record for the Tarrow fair.",
])
def test_a_counting_line_or_a_year_inside_a_sentence_is_not(text: str) -> None:
    assert _years(text) == []
