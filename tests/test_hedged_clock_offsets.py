"""A hedged interval beside a clock ("about two hours after the alarm") spans its rounding.

divergeoffsets._spans read "about two hours after" as exactly 120 minutes, so a crew's arrival "at
9.40pm, about two hours after the alarm" set in one claim with other outlets' alarm at 7.50pm (a gap of
110 minutes) was reported as a rival alarm time. A figure hedged in whole hours is rounded to the hour:
the gap it states reaches half an hour either way. An exact "two hours after" still states 120 minutes.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.divergeoffsets import told_offsets
from sourcediff.extract import extract
from sourcediff.segment import segment


def _kept(first: str, second: str) -> bool:
    """Whether told_offsets keeps the pair of the two articles' clocks."""
    arts = [Article.from_text(t, id=f"s{n}", published="2026-02-11") for n, t in enumerate((first, second))]
    ms = [m for a in arts for m in extract(a, segment(a))]
    clocks = [i for i, m in enumerate(ms) if m.kind.value == "time" and m.slot == "clock"]
    pair = [(clocks[0], clocks[1])]
    return told_offsets(ms, pair) == pair


ALARM = "A neighbour raised the alarm at 7.50pm when smoke poured from the mill at Corrow."


def test_a_hedged_interval_covers_a_gap_within_half_its_unit() -> None:
    assert not _kept(ALARM, "Crews arrived at the mill at 9.40pm, about two hours after the alarm.")
    assert not _kept(ALARM, "Crews arrived at the mill at 10.15pm, roughly two hours after the alarm.")


def test_a_gap_beyond_the_rounding_is_still_kept() -> None:
    assert _kept(ALARM, "Crews arrived at the mill at 10.40pm, about two hours after the alarm.")


def test_an_exact_interval_states_its_own_gap_only() -> None:
    assert _kept(ALARM, "Crews arrived at the mill at 9.40pm, two hours after the alarm.")
    assert not _kept(ALARM, "Crews arrived at the mill at 9.50pm, two hours after the alarm.")
