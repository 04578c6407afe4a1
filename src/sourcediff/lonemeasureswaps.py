"""A lone measure that is an agreed measure with two digits swapped joins it as its rival.

"A 3,152-tonne hull" in a tabloid's lead, "3,125 tonnes" in three other
outlets: the lead shared too few words with their sentences for the aligner,
so its figure sat in no claim and was left a detail only the tabloid had.
The count rule (`loneswaps`) covers bare counts in an agreed fact; a measure
differs in two ways. Its unit names what is measured more surely than a
count's noun does, so no noun class is asked for; and the fact it belongs to
may already be divergent and may mix units ("3,125 tonnes (6.9 million lb)"),
even hold the dissenting outlet's own conversion, which is why the lone
source may be in it, but only with mentions in other units.

Guards: the lone fact states one measure (a plain figure with a unit, no
"millions", no conversion of its own) from one source; in the target fact,
the mentions in that unit come from at least CONSENSUS_MIN_AGREE + 1 other
sources and state one amount, two neighbouring digits swapped from the lone
one (`digitswap.transposed`); the lone source states that amount in that unit
nowhere, and no other source states the lone amount in it; and exactly one
fact is so swapped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sourcediff.compat import magnitude, unit_info
from sourcediff.digitswap import transposed
from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.lonerivals import lone_moves, merge_as_rivals
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import Quantity


def _measure(m: Mention) -> bool:
    """A figure in a unit of measure (mass, length...; not a count or a duration, no "millions")."""
    if not (m.kind is Kind.NUMBER and isinstance(m.value, Quantity) and type(m.value) is Quantity):
        return False
    info = unit_info(m.value.unit)
    return info is not None and info[0] != "duration" and not magnitude(m.value)


def _lone(group: Sequence[Mention]) -> Mention | None:
    """The one measure a one-source fact states, None otherwise."""
    if len({m.source for m in group}) != 1 or len({(m.slot, m.value) for m in group}) != 1:
        return None
    return group[0] if _measure(group[0]) else None


def _same_unit(lone: Mention, group: Sequence[Mention]) -> list[Mention]:
    assert isinstance(lone.value, Quantity)
    unit = lone.value.unit
    return [m for m in group if _measure(m) and isinstance(m.value, Quantity) and m.value.unit == unit]


def _swapped(lone: Mention, group: Sequence[Mention], measures: Sequence[Mention]) -> bool:
    """Whether ``lone`` is the ``group``'s agreed measure in its unit with two digits swapped (module doc)."""
    assert isinstance(lone.value, Quantity)
    mine = _same_unit(lone, group)
    sources = {m.source for m in mine}
    if lone.source in sources or len(sources) < CONSENSUS_MIN_AGREE + 1:
        return False
    amounts = {m.value.amount for m in mine if isinstance(m.value, Quantity)}
    if len(amounts) != 1:
        return False
    agreed = amounts.pop()
    if not transposed(lone.value.amount, agreed):
        return False
    for m in _same_unit(lone, measures):
        assert isinstance(m.value, Quantity)
        if m.source == lone.source and m.value.amount == agreed:
            return False  # the dissenter gives the agreed figure too: two figures
        if m.source != lone.source and m.value.amount == lone.value.amount:
            return False  # another source gives the lone figure too
    return True


def join_lone_measure_swaps(facts: Sequence[Judged], mentions: Sequence[Mention],
                            order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone measure moved into the one fact it is a digit swap of, now divergent."""
    measures = [m for m in mentions if _measure(m)]
    targets = [k for k, (_g, v, _c, _r) in enumerate(facts) if v in (Verdict.AGREE, Verdict.DIVERGE)]
    moved = lone_moves(facts, targets, _lone, lambda lone, group: _swapped(lone, group, measures))
    return merge_as_rivals(facts, moved, order)
