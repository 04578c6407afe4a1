"""Divergent pairs of changes of one level: "risen to £385m, an increase of £125m" against "a budget of
£385m, an overrun of £145m".

A change (an increase, an overrun, a cut: extract/money.change_cue) is
the difference between two levels, and outlets work it out themselves, so
two outlets' changes often disagree where their levels agree. The sentences
that give them state several figures and may be worded far apart, so the
claim evidence alone seldom sets the two changes side by side. What says
they are changes of one thing is the level each passage states next to its
change: two sources' single changes in passages that state one level (a
compatible amount of the same currency) are rivals. A change with no level
beside it, or passages about two levels ("revenue rose by $2bn to $50bn",
"profit rose by $1bn to $6bn"), are left alone.

Counts are read alike: "the list dropped to 7.4 million, down 83,000" and
"7.42 million are waiting, down 38,000" give two rival monthly falls of one
list, as long as the two changes count the same thing (`compat.same_thing`:
"2,000 nurses" is no change of a list of patients).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence

from sourcediff.compat import UNIT_REACH, compatible, same_thing, slot_family
from sourcediff.divergepair import divergeable, one_size
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.model import Kind, Mention
from sourcediff.values import Quantity


def change_pairs(ms: Sequence[Mention]) -> list[tuple[int, int]]:
    """Two sources' single changes of one currency or one count, incompatible, beside one level."""
    changes: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    levels: dict[tuple[str, int, str], list[Mention]] = defaultdict(list)
    for i, m in enumerate(ms):
        if not (_sum(m) or _count(m)):
            continue
        key = (m.source, m.passage, slot_family(m))
        if CHANGE in m.cues:
            changes[key].append(i)
        else:
            levels[key].append(m)
    single = [(key, idx[0]) for key, idx in changes.items() if len(idx) == 1 and levels.get(key)]
    pairs = []
    for (ka, i), (kb, j) in itertools.combinations(single, 2):
        a, b = ms[i], ms[j]
        if (ka[0] == kb[0] or ka[2] != kb[2] or compatible(a, b) or not _near_size(a, b)
                or not same_thing(a, b)):
            continue
        if any(compatible(x, y) or _one_change_apart(x, y, a, b) for x in levels[ka] for y in levels[kb]):
            pairs.append((i, j))
    return pairs


def _sum(m: Mention) -> bool:
    return m.kind is Kind.MONEY and divergeable(m)


def _count(m: Mention) -> bool:
    """A count with no role ("7.42 million", "down 38,000"): a level or a change of one."""
    return m.kind is Kind.NUMBER and m.slot.endswith(":count") and divergeable(m) == (CHANGE in m.cues)


def _near_size(a: Mention, b: Mention) -> bool:
    """Two changes of a size to be rivals: sums within BOUND_REACH, counts within an order of magnitude.

    A count's change is small beside its level and its digits are easily
    transposed ("38,000" against "83,000"): the level both passages state
    already says the two are one list's change, so only a change of another
    order (a "fell by 400" beside a "down 38,000") is left alone.
    """
    if a.kind is Kind.MONEY:
        return one_size(a, b)
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return False
    low, high = sorted((abs(va.amount), abs(vb.amount)))
    return low > 0 and high < low * UNIT_REACH


def _one_change_apart(x: Mention, y: Mention, a: Mention, b: Mention) -> bool:
    """Two counts' levels no further apart than the larger of their changes: one list, before and after.

    "Shrank by 38,000 from 7.46 million" gives the level the list fell
    from, "dropped to 7.4 million, down 83,000" the one it fell to: the two
    passages name one list at two moments a change apart. Sums keep to
    agreeing levels (a budget and its overrun are read from one figure).
    """
    vx, vy, va, vb = x.value, y.value, a.value, b.value
    if not (x.kind is Kind.NUMBER and isinstance(vx, Quantity) and isinstance(vy, Quantity)
            and isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return False
    return abs(vx.amount - vy.amount) <= max(abs(va.amount), abs(vb.amount))
