"""A fraction of a unit of time is a duration: "half an hour", "a quarter of an hour" (invented text).

"Stopped for half an hour" is 30 minutes, "frozen for a quarter of an hour"
15: another outlet's "15 minutes" agrees with the second and, where the
other sources of an aligned passage agree on it, contradicts the first.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract.amounts import scan_amounts


@pytest.mark.parametrize(("text", "share", "words"), [
    ("Voting was suspended for half an hour.", "0.5", "half an"),
    ("The bridge was shut for a quarter of an hour.", "0.25", "a quarter of an"),
    ("The meeting lasted three-quarters of an hour.", "0.75", "three-quarters of an"),
    ("The meeting lasted three quarters of an hour.", "0.75", "three quarters of an"),
    ("The crew rested for half a day before the climb.", "0.5", "half a"),
])
def test_a_fraction_of_a_unit_of_time_is_read(text: str, share: str, words: str) -> None:
    found = [(a.low, text[a.start:a.end]) for a in scan_amounts(text)]
    assert found == [(Decimal(share), words)]


@pytest.mark.parametrize("text", [
    "Half a million people signed the petition.",
    "A quarter of the staff were sent home.",
    "The second half of the year was quieter.",
])
def test_other_halves_and_quarters_are_not_durations(text: str) -> None:
    assert all(a.low != Decimal("0.5") or a.scaled for a in scan_amounts(text))
    assert all(a.low != Decimal("0.25") for a in scan_amounts(text))


def _durations(*texts: str) -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-09-08") for n, t in enumerate(texts)]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.NUMBER and any("minute" in m.raw or "hour" in m.raw for m in f.mentions)]


A = ("Trains on the Harlow line were halted for 15 minutes at 8:10 a.m. on Tuesday after a signal fault "
     "near Brenton station, the operator said.")
B = ("Commuters on the Harlow line were stuck for a quarter of an hour at 8.10am on Tuesday after a signal "
     "fault.")
C = ("Services on the Harlow line were suspended for 15 minutes from 08:10 on Tuesday because of a signal "
     "fault at Brenton.")
D = ("Harlow line trains were stopped for half an hour in the morning rush on Tuesday after a signal fault "
     "near Brenton.")


def test_a_quarter_of_an_hour_agrees_with_15_minutes() -> None:
    facts = _durations(A, B, C)
    assert (Verdict.AGREE, ["15 minutes", "15 minutes", "a quarter of an hour"]) in facts


def test_half_an_hour_against_an_agreed_15_minutes_diverges() -> None:
    facts = _durations(A, B, C, D)
    assert any(status is Verdict.DIVERGE and "half an hour" in raws and "15 minutes" in raws
               for status, raws in facts), facts
