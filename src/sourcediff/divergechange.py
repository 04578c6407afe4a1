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
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence

from sourcediff.compat import compatible, slot_family
from sourcediff.divergepair import _one_size, divergeable
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.model import Kind, Mention


def change_pairs(ms: Sequence[Mention]) -> list[tuple[int, int]]:
    """Two sources' single changes of one currency, incompatible, in passages stating one level."""
    changes: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    levels: dict[tuple[str, int, str], list[Mention]] = defaultdict(list)
    for i, m in enumerate(ms):
        if m.kind is not Kind.MONEY or not divergeable(m):
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
        if ka[0] == kb[0] or ka[2] != kb[2] or compatible(a, b) or not _one_size(a, b):
            continue
        if any(compatible(x, y) for x in levels[ka] for y in levels[kb]):
            pairs.append((i, j))
    return pairs
