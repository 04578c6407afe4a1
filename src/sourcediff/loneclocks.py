"""A lone hedged clock ("just before 1am") joins the one agreed time it holds.

A tabloid's "The winner was crowned just before 1am", in a sentence the
aligner seats with no other outlet's, showed as a time only the tabloid
gives, beside three outlets agreeing on 00:48. The hedge already says what
the clock stands for (values.ClockTime reach and side; compat._clock reads
it), and everything but the alignment says it is that fact. Like
lonejoin's joins it only makes agreement, never a divergence: a clock in
an unaligned passage that fits no agreed time says nothing against one.
It joins only when it fits every clock of exactly one agreed fact from
other sources; a plain clock ("at 1am") has no reach and is left to
lonejoin's equal values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sourcediff.compat import compatible
from sourcediff.lonejoin import merge_moved
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import ClockTime


def _lone_hedged_clock(group: Sequence[Mention]) -> Mention | None:
    """The one hedged clock a one-source time fact states throughout, or None."""
    if not group or len({m.source for m in group}) != 1 or group[0].kind is not Kind.TIME:
        return None
    if len({(m.slot, m.value) for m in group}) != 1:
        return None
    v = group[0].value
    return group[0] if isinstance(v, ClockTime) and v.reach > 0 and not v.halves else None


def _holds(clock: Mention, other: Sequence[Mention]) -> bool:
    """Whether an agreed fact is a clock time, from other sources, every clock of which the hedge holds."""
    clocks = [m for m in other if m.kind is Kind.TIME and isinstance(m.value, ClockTime)]
    return (bool(clocks) and len(clocks) == len(other) and all(m.source != clock.source for m in clocks)
            and all(compatible(clock, m) for m in clocks))


def join_lone_hedged_clocks(facts: Sequence[Judged], order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone hedged clock moved into the one agreed time it holds (see module)."""
    moved: dict[int, int] = {}
    for n, (group, verdict, _claim, _role) in enumerate(facts):
        clock = _lone_hedged_clock(group) if verdict is Verdict.UNIQUE else None
        if clock is None:
            continue
        targets = [k for k, (other, v, _c, _r) in enumerate(facts)
                   if k != n and v is Verdict.AGREE and _holds(clock, other)]
        if len(targets) == 1:
            moved[n] = targets[0]
    return merge_moved(facts, moved, order)
