"""Counts of entries, stamps or briefings are facts, not a live blog's markers (invented text).

The cues that mark how a clock was told (a live blog's entry stamp, a
byline stamp, a briefing's clock) are spelled like the nouns a count names,
so "(average 4.2 entries per school)" once carried the entry marker and was
dropped as no fact.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract.stamps import BRIEFING, ENTRY, STAMP, time_marks
from sourcediff.model import Kind, Verdict


def test_a_count_carries_no_time_marker() -> None:
    assert time_marks("number", "number:count", (ENTRY,)) == frozenset()
    assert time_marks("number", "number:count", (STAMP, BRIEFING)) == frozenset()


def test_a_clock_keeps_its_markers() -> None:
    assert time_marks("time", "time:clock", (ENTRY, "clock:entry")) == {ENTRY}
    assert time_marks("date", "date:day", (STAMP,)) == {STAMP}


def _facts(*texts: str) -> list[tuple[str, Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{i}", published="2026-06-11") for i, t in enumerate(texts)]
    report = compare(arts)
    return [(f.kind.value, f.status, [m.raw for m in f.mentions]) for f in report.facts]


def test_a_per_unit_mean_of_entries_is_a_unique_fact() -> None:
    facts = _facts(
        "Roll call: 3,150 schools; 13,230 competition entries (average 4.2 entries per school).",
        "More than 3,000 schools took part in the regional science fair this spring.",
    )
    assert any(raw == ["4.2"] and status is Verdict.UNIQUE for _, status, raw in facts)


def test_a_count_of_briefings_is_a_fact() -> None:
    facts = _facts(
        "The ministry has held 14 briefings since the flooding began.",
        "Officials gave a short update on the flood defences on Monday.",
    )
    assert any("14" in raw for kind, _, raw in facts if kind == Kind.NUMBER.value)

