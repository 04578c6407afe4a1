"""A figure past a "nearly X": the link that would have made it agree is evidence that it diverges.

"Nearly 900 tigers" and "912 tigers" in two outlets' passages on one count
were linked and agreed while "nearly" read as "about". Read as the hedge it
is (compat._past_near: the true figure lies just below 900), the two no
longer fit, and the cluster of each stays apart; yet the evidence that linked
them (one claim, the same counted noun, the same local words) still says they
state one fact. So such a pair is a divergence, as two aligned passages'
single values of one slot are (diverge.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sourcediff.compat import comparable, compatible, same_thing
from sourcediff.evidence import Evidence
from sourcediff.factlinks import _link_strength
from sourcediff.model import Mention
from sourcediff.values import Money, Quantity


def _near(m: Mention) -> bool:
    return isinstance(m.value, Money | Quantity) and m.value.near


def _as_about(m: Mention) -> Mention:
    """The mention with its "nearly" read as "about", as it was before the hedge was kept."""
    assert isinstance(m.value, Money | Quantity)
    return replace(m, value=replace(m.value, near=False))


def near_pairs(ms: Sequence[Mention], ctx: Evidence, of: Sequence[int]) -> list[tuple[int, int]]:
    """Pairs (i, j) of a "nearly X" and another source's figure past it that are linked as one fact.

    Only the first pair between two clusters is returned, none within one.
    """
    pairs: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    for i, a in enumerate(ms):
        if not _near(a):
            continue
        about = _as_about(a)
        for j, b in enumerate(ms):
            key = (min(of[i], of[j]), max(of[i], of[j]))
            if (b.source == a.source or of[i] == of[j] or key in seen or _near(b) or not comparable(a, b)
                    or not same_thing(a, b) or compatible(a, b)):
                continue
            if _link_strength(about, b, ctx) is not None:
                seen.add(key)
                pairs.append((i, j))
    return pairs
