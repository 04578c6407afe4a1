"""A bare clock in a source that converts a local clock to UTC is told in that local time (localclock.py)."""

from __future__ import annotations

from sourcediff import Article
from sourcediff.localclock import bridged
from sourcediff.pipeline import analyse
from sourcediff.values import ClockTime

# The wire converts one clock (9:40 a.m. local time is 0740 GMT: UTC+2) and writes its other clock bare.
WIRE = ("The ferry Orla Benn docked at Keswan at 9:40 a.m. local time (0740 GMT) on Friday. "
        "It had left the port of Dremmel at 8:05 a.m. with 212 passengers.")
TRADE = "The vessel departed Dremmel at 06:05 UTC and berthed at Keswan at 07:40 UTC."
OTHER = "A spokesman for the port of Dremmel said the harbour office opens at 8:05 a.m. daily."


def _bridged_clocks(*texts: str) -> dict[tuple[str, str], object]:
    """Each clock mention's (source, raw text) -> its value as the judge compares it."""
    ms = [m for n, t in enumerate(texts)
          for m in analyse(Article.from_text(t, id=f"s{n}", published="2026-05-08")).mentions]
    return {(m.source, m.raw): m.value for m in bridged(ms) if isinstance(m.value, ClockTime)}


def test_a_bare_clock_beside_its_own_source_s_conversion_takes_the_story_s_offset() -> None:
    clocks = _bridged_clocks(WIRE, TRADE)
    assert clocks[("s0", "8:05 a.m.")] == ClockTime(8, 5, None, 6 * 60 + 5, local=True)


def test_a_bare_clock_in_a_source_that_converts_nothing_stays_floating() -> None:
    # The third outlet never says which clock it writes in: its 8:05 may be a reader's time.
    clocks = _bridged_clocks(WIRE, TRADE, OTHER)
    assert clocks[("s2", "8:05 a.m.")] == ClockTime(8, 5, None, None)


def test_a_conversion_naming_a_place_lends_no_offset_to_its_bare_clocks() -> None:
    wire = ("The ferry docked at Keswan at 9:40 a.m. Drellish time (0740 GMT) on Friday. "
            "It had left the port of Dremmel at 8:05 a.m. with 212 passengers.")
    assert _bridged_clocks(wire, TRADE)[("s0", "8:05 a.m.")] == ClockTime(8, 5, None, None)
