"""A lone hedged clock ("just before 1am") joins the one agreed time it holds, and nothing else.

Invented night: two outlets confirm a count ended at 00:52; a third, in a
sentence seated with no other, says "just before 1am".
"""

from __future__ import annotations

from sourcediff.loneclocks import join_lone_hedged_clocks
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import ClockTime

ORDER = {"wire": 0, "tabloid": 1, "local": 2}


def _clock(source: str, hour: int, minute: int, reach: int = 0, side: int = 0, at: int = 0) -> Mention:
    value = ClockTime(hour, minute, reach=reach, side=side)
    return Mention(kind=Kind.TIME, source=source, passage=at, span=Span(at, at + 5),
                   raw=f"{hour}:{minute:02d}", value=value, slot="clock")


def _agreed(*ms: Mention) -> Judged:
    return ([*ms], Verdict.AGREE, None, None)


def _lone(m: Mention) -> Judged:
    return ([m], Verdict.UNIQUE, None, None)


def test_just_before_one_joins_the_agreed_time_it_holds() -> None:
    count = _agreed(_clock("wire", 0, 52), _clock("local", 0, 52))
    hedged = _lone(_clock("tabloid", 1, 0, reach=30, side=-1))
    out = join_lone_hedged_clocks([count, hedged], ORDER)
    assert len(out) == 1
    assert {m.source for m in out[0][0]} == {"wire", "tabloid", "local"}
    assert out[0][1] is Verdict.AGREE


def test_a_time_outside_the_hedge_is_not_joined() -> None:
    count = _agreed(_clock("wire", 1, 10), _clock("local", 1, 10))  # after 1am: not "just before" it
    hedged = _lone(_clock("tabloid", 1, 0, reach=30, side=-1))
    assert len(join_lone_hedged_clocks([count, hedged], ORDER)) == 2


def test_two_agreed_times_in_reach_make_no_join() -> None:
    polls = _agreed(_clock("wire", 0, 40, at=1), _clock("local", 0, 40, at=1))
    count = _agreed(_clock("wire", 0, 52, at=2), _clock("local", 0, 52, at=2))
    hedged = _lone(_clock("tabloid", 1, 0, reach=30, side=-1))
    assert len(join_lone_hedged_clocks([polls, count, hedged], ORDER)) == 3


def test_a_plain_clock_is_left_to_equal_value_joins() -> None:
    count = _agreed(_clock("wire", 0, 52), _clock("local", 0, 52))
    plain = _lone(_clock("tabloid", 1, 0))
    assert len(join_lone_hedged_clocks([count, plain], ORDER)) == 2


def test_an_agreed_fact_holding_the_clocks_own_source_is_no_target() -> None:
    count = _agreed(_clock("wire", 0, 52), _clock("tabloid", 0, 52))
    hedged = _lone(_clock("tabloid", 1, 0, reach=30, side=-1, at=3))
    assert len(join_lone_hedged_clocks([count, hedged], ORDER)) == 2
