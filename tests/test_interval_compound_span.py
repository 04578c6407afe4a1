"""A gap written with two units ("two hours and 10 minutes after the blast") is one span.

Read from its last unit only, "freed 82 hours and 35 minutes after it ran
aground" was a gap of 35 minutes beside a loose duration of 82 hours, so
"two hours and 10 minutes after the blast" met another outlet's "10 minutes
after the blast" as the same gap. The whole span is now one interval, in
its smaller unit.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.extract.intervals import find


def spans(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(text[s:e], v.span.amount, v.span.unit or "", v.relation) for s, e, v in find(text)]


def test_hours_and_minutes_after_an_event() -> None:
    text = "Police arrived two hours and 10 minutes after the blast."
    assert spans(text) == [("two hours and 10 minutes after", Decimal(130), "minute", "after")]


def test_days_and_hours_later_and_without_and() -> None:
    assert spans("Divers reached the hull two days and six hours later.") == [
        ("two days and six hours later", Decimal(54), "hour", "after")]
    assert spans("The crane was freed 3 hours 20 minutes after the alarm.") == [
        ("3 hours 20 minutes after", Decimal(200), "minute", "after")]


def test_a_hedge_applies_to_the_whole_span() -> None:
    [(_, amount, unit, _)] = spans("The dam gave way about 12 hours and 30 minutes before the warning.")
    assert (amount, unit) == (Decimal(750), "minute")


def test_units_that_skip_a_step_make_no_span() -> None:
    assert spans("It ended two days and 35 minutes after the start.") == []


def test_a_plain_gap_is_unchanged() -> None:
    assert spans("The result came 12 hours after the vote.") == [
        ("12 hours after", Decimal(12), "hour", "after")]


def test_the_minutes_alone_no_longer_meet_a_ten_minute_gap() -> None:
    first = Article.from_text("Fire crews arrived two hours and 10 minutes after the blast at the depot, "
                              "the fire service said.", id="s0", published="2026-04-07")
    second = Article.from_text("Fire crews arrived 10 minutes after the blast at the depot, the fire "
                               "service said.", id="s1", published="2026-04-07")
    gaps = [f for f in compare([first, second]).facts if any("after" in m.raw for m in f.mentions)]
    assert all(f.status.value != "agree" for f in gaps)


def test_minutes_and_seconds_after_stay_one_timed_span() -> None:
    # elapsed.py reads a time given to the second; the interval's larger unit must not reopen it.
    assert find("The engine shut down eight minutes and 41 seconds after liftoff.") == ()
