"""A passage stating two amounts of far different sizes: the one of a partner's size is its rival.

"The shares were sold at 7.20 crowns each, raising 860 million crowns" is
rightly aligned with another outlet's "the shares went for 7.35 crowns
apiece". It states two sums, so the single-value rule
(`diverge.divergent_pairs`) cannot say which one the partner contradicts,
and the split rule (`divergesplit`) needs the other sum agreed in a second
claim, which a wire's lead and a trade box do not always give. Yet a price
per share and a deal's proceeds are millions of times apart: the partner's
single sum can only be a rival of the one of its own size
(`divergepair.one_size`), and only when every other value of the passage
is of another order of magnitude altogether (MAGNITUDES_APART). A passage
with two values near the partner's ("at 7.20 crowns, against Friday's close
of 7.64") still says nothing of which one it speaks, and is left alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from sourcediff.compat import base_factor
from sourcediff.divergeleftover import change_end, short_of_near
from sourcediff.divergepair import (
    DIVERGE_MIN_SCORE,
    STRONG_CLAIM_SCORE,
    Compatible,
    one_size,
    values_contradict,
)
from sourcediff.evidence import Evidence
from sourcediff.model import Claim, Mention
from sourcediff.values import Money, Quantity

Node = tuple[str, int]

# Two amounts at least this many times apart (in base units) are different things for certain: a unit
# price and a total, a fee and a budget. Rival figures for one thing (a typo, a rounding, another
# estimate) are within BOUND_REACH; a factor this wide leaves no doubt which of two values a rival is for.
MAGNITUDES_APART = Decimal(100)


def _far(a: Mention, b: Mention) -> bool:
    """Two amounts MAGNITUDES_APART or more apart in their base unit."""
    va, vb = a.value, b.value
    if not (isinstance(va, Money | Quantity) and isinstance(vb, Money | Quantity)):
        return False
    low, high = sorted((abs(va.amount * base_factor(va)), abs(vb.amount * base_factor(vb))))
    return low > 0 and high >= low * MAGNITUDES_APART


def _sized(ms: Sequence[Mention], idx: Sequence[int], j: int) -> int | None:
    """The one value of ``idx`` of the partner's size, when every other one is far from it; else None."""
    sized = [k for k in idx if one_size(ms[k], ms[j])]
    if len(sized) != 1 or not all(_far(ms[k], ms[sized[0]]) for k in idx if k != sized[0]):
        return None
    return sized[0]


def sized_passage_pairs(ms: Sequence[Mention], claims: Sequence[Claim],
                        where: dict[tuple[str, int, str], list[int]], ctx: Evidence) -> list[tuple[int, int]]:
    """Pairs of a two-amount passage's value of a partner's size against the partner's single value.

    ``where`` holds each passage's divergeable mentions by slot family (as
    `diverge.divergent_pairs` builds it). As for the split rule, the two
    passages must score as a pair of one fact (DIVERGE_MIN_SCORE) or sit in a
    claim the aligner is sure of (STRONG_CLAIM_SCORE), the partner's value
    may agree with none the passage states, and no value may end a change.
    """
    single: dict[Node, dict[str, int]] = defaultdict(dict)
    multi: dict[Node, dict[str, list[int]]] = defaultdict(dict)
    for (s, i, f), idx in where.items():
        if len(idx) == 1:
            single[(s, i)][f] = idx[0]
        elif all(isinstance(ms[k].value, Money | Quantity) for k in idx):
            multi[(s, i)][f] = idx
    stated: dict[Node, list[int]] = defaultdict(list)
    for k, m in enumerate(ms):
        stated[(m.source, m.passage)].append(k)
    same = Compatible()
    pairs: list[tuple[int, int]] = []
    for claim in claims:
        nodes = [(p.source, p.index) for p in claim.members]
        strong = claim.score >= STRONG_CLAIM_SCORE
        for node in nodes:
            for f, idx in multi.get(node, {}).items():
                if any(change_end(ctx, ms[k]) for k in idx):
                    continue  # "rose to 9.1 million from 40,000": a change's two ends
                for other in nodes:
                    j = single.get(other, {}).get(f)
                    if other[0] == node[0] or j is None:
                        continue
                    if any(same(ms[k], ms[j], f) and same(ms[j], ms[k], f) for k in stated[node]):
                        continue
                    rival = _sized(ms, idx, j)
                    if rival is None or (not strong and ctx.scores.get(*node, *other) < DIVERGE_MIN_SCORE):
                        continue
                    if short_of_near(ms[rival], ms[j]) or short_of_near(ms[j], ms[rival]):
                        continue
                    if values_contradict(ms[rival], ms[j], ctx):
                        pairs.append((rival, j))
    return pairs
