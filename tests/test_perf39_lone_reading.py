"""A hedged clock's lone reading is asked once a value, with the scan's answer (perf39).

`factlinks._lone_reading` read every exact clock of the story each time a
linking pair of a hedged clock asked it: a share of the square of a long
story's length. The answer now comes from `_readings_fitting`, remembered
by the hedged clock's kind and value and the story's clocks. These tests
hold it to the old scan (kept here as the reference) on many random stories
of invented clocks, and check the plain cases a reader sees.
"""

from __future__ import annotations

import random
from types import SimpleNamespace
from typing import cast

from sourcediff.compat import clock_readings
from sourcediff.evidence import Evidence
from sourcediff.factlinks import _lone_reading, _same_values
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import ClockTime


def _hedged(value: ClockTime, source: str = "wire") -> Mention:
    return Mention(Kind.TIME, source, 0, Span(0, 5), "just after 11pm", value, slot="event:time")


def _ctx(clocks: frozenset[ClockTime]) -> Evidence:
    return cast(Evidence, SimpleNamespace(clocks=clocks))


def _old_lone_reading(hedged: Mention, clocks: frozenset[ClockTime]) -> bool:
    """`_lone_reading` as it was: every clock of the story read for each asking."""
    return len({clock_readings(c) for c in clocks if _same_values(hedged.kind, hedged.value, c, True)}) == 1


def _clock(rng: random.Random, hedge: bool) -> ClockTime:
    hour, minute = rng.choice((22, 23, 0, 7)), rng.choice((0, 5, 10, 15, 20, 45, 50, 55))
    zoned = rng.random() < 0.3
    utc = (hour * 60 + minute + rng.choice((-300, 0, 60))) % 1440 if zoned else None
    return ClockTime(hour, minute, zone="America/New_York" if zoned else None, utc=utc,
                     local=zoned and rng.random() < 0.3,
                     reach=rng.choice((15, 30, 45)) if hedge else 0,
                     side=rng.choice((-1, 0, 1)) if hedge else 0)


def test_lone_reading_gives_the_scans_answer_on_random_stories() -> None:
    rng = random.Random(39)
    answers = set()
    for _ in range(3000):
        clocks = frozenset(_clock(rng, False) for _ in range(rng.randint(0, 6)))
        ctx = _ctx(clocks)
        for _ in range(3):  # asked again and again, as a story's linking pairs ask it
            hedged = _hedged(_clock(rng, True))
            answer = _lone_reading(hedged, ctx)
            assert answer == _old_lone_reading(hedged, clocks)
            assert _lone_reading(hedged, ctx) == answer
            answers.add(answer)
    assert answers == {True, False}  # the random stories reach both answers


def test_a_hedged_clock_with_one_fitting_reading_links() -> None:
    after_eleven = _hedged(ClockTime(23, 0, reach=30, side=1))
    assert _lone_reading(after_eleven, _ctx(frozenset({ClockTime(23, 15), ClockTime(7, 40)})))


def test_a_hedged_clock_fitting_two_moments_links_to_neither() -> None:
    after_eleven = _hedged(ClockTime(23, 0, reach=30, side=1))
    two = frozenset({ClockTime(23, 10), ClockTime(23, 20)})
    assert not _lone_reading(after_eleven, _ctx(two))
    # The same value in another story is asked against that story's clocks, not the remembered ones.
    assert _lone_reading(after_eleven, _ctx(frozenset({ClockTime(23, 10)})))


def test_a_hedged_clock_that_fits_no_clock_has_no_lone_reading() -> None:
    before_nine = _hedged(ClockTime(21, 0, reach=15, side=-1))
    assert not _lone_reading(before_nine, _ctx(frozenset({ClockTime(21, 30)})))
