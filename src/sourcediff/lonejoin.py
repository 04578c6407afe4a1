"""A lone figure that repeats an agreed fact's very value joins that fact (issue #11).

Facts are linked through claims: a mention meets another source's only when
the aligner put their passages together. A live blog's short entry ("The
target is 92%.") or a figure stated in a sentence about something else may
sit in no claim with the other outlets' passages, and its figure then
showed as a detail only one source has, next to the agreeing fact that
states the same value. When everything but the alignment says they are one
fact, they are: the lone fact states one value, in one slot, from a source
the agreed fact lacks; exactly one agreed fact states that value, in that
slot and nothing else; and the value is not one stories repeat for many
things (a count under countnouns.NOUN_APART_MIN: "two boats", "four
rescuers"). A live blog's entry stamp, a byline's stamp, a briefing's clock
and a writer's conversion say when or how a thing was told, not the fact,
and never join. The join only makes agreement, never a divergence: equal
values in unaligned passages are evidence of one fact, different values
there are not evidence of a contradiction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from sourcediff.compat import compatible
from sourcediff.countnouns import NOUN_APART_MIN
from sourcediff.extract.money import CONVERSION
from sourcediff.extract.numberunits import PER_VOLUME
from sourcediff.extract.stamps import time_marks
from sourcediff.factlinks import rounded_bound
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import ABOVE, BOUND_QUALIFIERS, FLOOR, Elapsed, Quantity

# Kinds whose values are compared as values; quotes, people and organisations have their own linking.
_VALUE_KINDS = frozenset({Kind.NUMBER, Kind.PERCENT, Kind.MONEY, Kind.TIME, Kind.DATE})


def _told(m: Mention) -> bool:
    """A stamp, entry or briefing clock, or a writer's conversion: how a value was told, no fact to join."""
    return bool(time_marks(m.kind, m.slot, m.cues)) or CONVERSION in m.cues


def _lone_value(group: Sequence[Mention]) -> tuple[str, object] | None:
    """(slot, value) a one-source fact states throughout, None when it is not such a fact or may not join."""
    if len({m.source for m in group}) != 1 or group[0].kind not in _VALUE_KINDS:
        return None
    if any(_told(m) for m in group):
        return None
    keys = {(m.slot, m.value) for m in group}
    if len(keys) != 1:
        return None
    slot, value = next(iter(keys))
    if (group[0].kind is Kind.NUMBER and isinstance(value, Quantity) and value.unit is None
            and abs(value.amount) < NOUN_APART_MIN):
        return None  # "two", "four": told of many things in one story
    return slot, value


def join_lone_equals(facts: Sequence[Judged], order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone fact moved into the one agreed fact of its slot and value (see module)."""
    agreed = _agreed_by_value(facts)
    moved: dict[int, int] = {}
    for n, (group, verdict, _claim, _role) in enumerate(facts):
        key = _lone_value(group) if verdict is Verdict.UNIQUE else None
        if key is None:
            continue
        source = group[0].source
        targets = [k for k, kind, sources in agreed.get(key, ())
                   if k != n and kind is group[0].kind and source not in sources]
        if not targets:
            targets = [k for k, kind, sources in _per_volume_keys(agreed, key)
                       if k != n and kind is group[0].kind and source not in sources]
        if len(targets) == 1:
            moved[n] = targets[0]
    return merge_moved(facts, moved, order)


def _per_volume_keys(agreed: Mapping[tuple[str, object], list[_Agreed]],
                     key: tuple[str, object]) -> list[_Agreed]:
    """The agreed facts of a count in a sample's volume whose figure is the lone bare count's.

    A tabloid's "E. coli levels of 2,400" names no unit at all, where the
    other outlets write "2,400 cfu/100ml" or "2,400 colonies per 100
    millilitres" (slot "number:per 100 milliliter"): the same reading of the
    same sample. A bare count is a plain figure (slot "number:count", no
    unit, at least NOUN_APART_MIN), and it meets only the per-volume facts
    of its very figure, qualifier and range.
    """
    slot, value = key
    if slot != "number:count" or not isinstance(value, Quantity) or value.unit is not None:
        return []
    return [a for (s, v), found in agreed.items() if s.startswith(PER_VOLUME) and isinstance(v, Quantity)
            and (v.amount, v.qualifier, v.high) == (value.amount, value.qualifier, value.high) for a in found]


# An agreed fact as a lone value's lookup keeps it: its index, its kind and its sources.
_Agreed = tuple[int, Kind, frozenset[str]]


def _agreed_by_value(facts: Sequence[Judged]) -> dict[tuple[str, object], list[_Agreed]]:
    """The agreed facts whose every mention states one (slot, value), by it: (index, kind, sources), in order.

    Why: each lone fact looked for its target through every fact of the story,
    rebuilding each one's sources on the way, a cost that grew with the square
    of a long story's facts (perf38). A fact whose mentions all equal the lone
    (slot, value) states that one key, so the lookup finds exactly the facts
    the scan did.
    """
    out: dict[tuple[str, object], list[_Agreed]] = {}
    for k, (other, v, _c, _r) in enumerate(facts):
        if v is not Verdict.AGREE or not other:
            continue
        keys = {(m.slot, m.value) for m in other}
        if len(keys) == 1:
            sources = frozenset(m.source for m in other)
            out.setdefault(next(iter(keys)), []).append((k, other[0].kind, sources))
    return out


def _lone_bound(group: Sequence[Mention]) -> Mention | None:
    """The one measure a one-source fact states as a round bound ("more than 24,000 nautical miles")."""
    if len({m.source for m in group}) != 1 or group[0].kind is not Kind.NUMBER:
        return None
    if len({(m.slot, m.value) for m in group}) != 1 or any(_told(m) for m in group):
        return None
    v = group[0].value
    if not (isinstance(v, Quantity) and v.unit is not None and v.qualifier in BOUND_QUALIFIERS):
        return None
    return group[0]


def join_lone_bounds(facts: Sequence[Judged], order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone bounded measure moved into the one agreed fact it was rounded from.

    A tabloid's "covered more than 24,000 nautical miles", said in a
    sentence about the boat, sits in no claim with the wire's "sailed 24,310
    nautical miles", and showed as a detail only the tabloid has. Like a lone
    equal value (`join_lone_equals`) it joins when everything but the
    alignment says it is the same fact: a measure with a unit (never a bare
    count, which stories repeat for many things), stated as a round bound
    whose last step holds the agreed figure (factlinks.rounded_bound:
    "more than 24,000" for 24,310, not for 31,000), fitting every figure of
    its slot in exactly one agreed fact from other sources. Agreement only.
    The agreed fact may hold the bound's own source already: a headline's
    "41 light-years away" over its body's "just over 40 light-years" is
    one figure told twice, and the bound must fit that figure too.
    A bound in hours or minutes meets a race time to the second the same
    way (`timed_within_step`): a tabloid's "just over five hours" is the
    specialists' 5:03:48.
    """
    moved: dict[int, int] = {}
    for n, (group, verdict, _claim, _role) in enumerate(facts):
        bound = _lone_bound(group) if verdict is Verdict.UNIQUE else None
        if bound is None:
            continue
        targets = []
        for k, (other, v, _c, _r) in enumerate(facts):
            slot = [m for m in other if m.slot == bound.slot or timed_within_step(bound, m)]
            if (k != n and v is Verdict.AGREE and slot and any(m.source != bound.source for m in slot)
                    and any(rounded_bound(bound, m) or timed_within_step(bound, m) for m in slot)
                    and all(compatible(bound, m) for m in slot)):
                targets.append(k)
        if len(targets) == 1:
            moved[n] = targets[0]
    return merge_moved(facts, moved, order)


# A bound's unit of time in seconds: the step a writer rounds a race time to when giving it in that unit.
_STEP_SECONDS = {"hour": Decimal(3600), "minute": Decimal(60)}


def timed_within_step(bound: Mention, figure: Mention) -> bool:
    """A bound in whole hours or minutes and a race time within its one step: "just over five hours", 5:03:48.

    An elapsed time is its own slot ("number:second", judged to the second),
    so a paper that rounds it to a bound in hours ("just over five hours",
    "more than four hours", "under three hours") shared no slot with it, and
    rounded_bound's steps start at ten. A writer rounding a time down to a
    bound rounds to the unit below: "just over five hours" is 5:03:48, not
    6:10:00, which is "more than six hours".
    """
    vb, vf = bound.value, figure.value
    if not (isinstance(vb, Quantity) and isinstance(vf, Elapsed) and vb.unit in _STEP_SECONDS
            and vb.qualifier in BOUND_QUALIFIERS and vb.high is None and vf.high is None
            and vb.amount == vb.amount.to_integral_value() and vb.amount > 0):
        return False
    step = _STEP_SECONDS[vb.unit]
    n, x = vb.amount * step, vf.amount
    if vb.qualifier in (ABOVE, FLOOR):
        return n < x < n + step
    return n - step < x < n


def merge_moved(facts: Sequence[Judged], moved: Mapping[int, int], order: Mapping[str, int],
                verdict: Verdict | None = None) -> list[Judged]:
    """``facts`` with each fact of ``moved`` merged into its target (kept in source order).

    The one merge step of every join that moves a lone fact into another (lonejoin, refconvert, convjoin,
    gapdurations). ``verdict``, when given, is the verdict of each target that took a fact.
    """
    if not moved:
        return list(facts)
    out: list[Judged] = []
    for n, (group, judged, claim, role) in enumerate(facts):
        if n in moved:
            continue
        extra = [m for k, t in moved.items() if t == n for m in facts[k][0]]
        if extra:
            group = sorted([*group, *extra], key=lambda m: (order[m.source], m.span.start))
            judged = verdict or judged
        out.append((group, judged, claim, role))
    return out
