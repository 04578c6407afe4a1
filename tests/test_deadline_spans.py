"""A deadline written as a span after its event is the window "within N of" states.

An agency writes "objections must be filed within 28 days of the notice";
a trade title "the deadline, 28 days after the notice, falls on 9 June". One
time limit: read as a window of 0 to 28 days and as a gap of exactly 28 days
from a named event, the two never met. A plain gap ("two days after the
deadline") stays a gap between two events.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pairverdict import pair_verdict
from sourcediff import Kind, Verdict
from sourcediff.compat import window_length
from sourcediff.extract import intervals
from sourcediff.values import Quantity


@pytest.mark.parametrize(("text", "days"), [
    ("The deadline, 28 days after the notice, falls on 9 June.", "28"),
    ("Appeals carry a deadline of 14 days after the ruling.", "14"),
    ("Claims must arrive no later than 30 days after the flood.", "30"),
    ("The cut-off is 10 days after the draw.", "10"),
])
def test_a_deadline_after_its_event_is_a_window(text: str, days: str) -> None:
    (_, _, value), = intervals.find(text)
    assert window_length(value) == Quantity(Decimal(days), "day", None)


@pytest.mark.parametrize("text", [
    "The bid arrived two days after the deadline.",
    "Rescuers reached the valley 28 days after the flood.",
    "The deadline, about 28 days after the notice, is not yet fixed.",
])
def test_a_gap_between_events_stays_an_interval(text: str) -> None:
    (_, _, value), = intervals.find(text)
    assert window_length(value) is None


FRAME = "Residents who object to the mast {}, the planning office said."


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("must write in within 28 days of the notice", "face a deadline of 28 days after the notice",
     Verdict.AGREE),
    ("must write in within 21 days of the notice", "face a deadline of 28 days after the notice",
     Verdict.DIVERGE),
])
def test_a_window_meets_the_deadline_after_its_event(a: str, b: str, expected: Verdict) -> None:
    assert pair_verdict(FRAME, a, b, "2026-05-11", lambda f: f.kind is Kind.NUMBER) is expected
