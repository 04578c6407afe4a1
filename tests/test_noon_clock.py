""""12:00" and "at midday" are the clock time noon, as "noon" is (invented text).

A bare "10:00" is left unread (ten in the morning or at night), but "12:00"
is noon on either clock: a 12-hour writer calls the other twelve o'clock
"midnight". "At midday" and "12 midday" name the instant as "at noon" does,
and so does "until midday", the end of a span (a deadline); "around midday"
or "by midday" stays the part of the day.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.pipeline import analyse
from sourcediff.values import ClockTime, PartOfDay


def times(text: str) -> list[tuple[str, object]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-06-09")).mentions
    return [(m.raw, m.value) for m in ms if m.kind is Kind.TIME]


@pytest.mark.parametrize(("text", "raw"), [
    ("The ferry left the harbour at 12:00 on the dot.", "12:00"),
    ("Church bells rang out at midday across the town.", "midday"),
    ("At midday the fountains were switched on.", "midday"),
    ("The parade set off at 12 midday from the square.", "12 midday"),
    ("Tenants have until midday on Thursday to clear the flats.", "midday"),
])
def test_noon_is_a_clock_time(text: str, raw: str) -> None:
    assert (raw, ClockTime(12, 0)) in times(text)


@pytest.mark.parametrize("text", ["Talks should end around midday.", "Results are due by midday on Friday."])
def test_a_loose_midday_is_a_part_of_the_day(text: str) -> None:
    assert [type(v) for _, v in times(text)][:1] == [PartOfDay]


@pytest.mark.parametrize("text", ["The queue formed at 10:00 outside.", "Doors opened at 12:30 sharp."])
def test_other_bare_clocks_stay_unread(text: str) -> None:
    assert times(text) == []


def test_twelve_am_is_still_midnight() -> None:
    assert ("12:00 a.m.", ClockTime(0, 0)) in times("The curfew began at 12:00 a.m. on Sunday.")


def test_noon_in_three_styles_agrees() -> None:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-06-09") for n, t in enumerate([
        "A salute of cannon was fired from Harrow Fort at 12:00 to mark the king's birthday.",
        "Cannon boomed from Harrow Fort at midday to mark the king's birthday.",
        "Cannon were fired from Harrow Fort at noon to mark the king's birthday.",
    ])]
    facts = [(f.status, sorted(m.raw for m in f.mentions))
             for f in compare(arts).facts if f.kind is Kind.TIME]
    assert (Verdict.AGREE, ["12:00", "midday", "noon"]) in facts


def test_a_deadline_until_midday_agrees_with_noon_and_diverges_from_six() -> None:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-06-09") for n, t in enumerate([
        "Stallholders at Quarry Lane market must leave by noon on Thursday, the council said.",
        "Stallholders at Quarry Lane market have until midday on Thursday to leave, the council said.",
        "Stallholders at Quarry Lane market must leave by 6 p.m. on Thursday, the council said.",
    ])]
    facts = [(f.status, sorted(m.raw for m in f.mentions))
             for f in compare(arts).facts if f.kind is Kind.TIME]
    assert (Verdict.DIVERGE, ["6 p.m.", "midday", "noon"]) in facts
