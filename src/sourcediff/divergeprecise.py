"""Two precise measures a hair apart in one claim: "the 8,163-metre peak" against "Rangtse Kang (8,136 m)".

A measure written to its last unit with several significant figures
("8,163 metres", "426 km") is looked up or measured, not rounded
(`compat.precise_measure`), so two such figures that differ are two
statements, even when they lie within a percent of each other: a misprint,
transposed digits, another survey. The usual claim rule (`diverge`) wants
the two passages to be aligned directly at DIVERGE_MIN_SCORE; a lead
sentence that states the height, the time and the weather is often seated
in a claim through its other partners and scores lower against one of them.
Two figures that near (within NEAR_SHARE) and that precise, each its
passage's only precise measure of that dimension near the other (a
writer's conversion aside; round figures and far precise ones beside it
are other measures), in passages of one claim, are one measure stated
twice: rivals. Figures
further apart may be two things (a peak and a camp below it) and keep the
direct-score rule.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from sourcediff.compat import base_factor, compatible, precise_measure, unit_info
from sourcediff.model import Claim, Mention
from sourcediff.values import Converted, Quantity

# How near two precise figures must be, as a share of the larger, to be one measure misstated.
NEAR_SHARE = Decimal("0.02")


def near_measure_pairs(ms: Sequence[Mention], claims: Sequence[Claim]) -> list[tuple[int, int]]:
    """(mention, mention) of two sources' lone precise measures of one dimension, near but incompatible."""
    by_passage: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        v = m.value
        info = unit_info(v.unit) if isinstance(v, Quantity) and not isinstance(v, Converted) else None
        if info is not None:
            by_passage[(m.source, m.passage, info[0])].append(i)
    precise: dict[tuple[str, int, str], list[int]] = {}
    for key, idx in by_passage.items():
        exact = [i for i in idx if isinstance(v := ms[i].value, Quantity) and precise_measure(v)]
        if exact:
            precise[key] = exact
    dims = {key[2] for key in precise}
    pairs = []
    for claim in claims:
        for p, q in itertools.combinations(claim.members, 2):
            if p.source == q.source:
                continue
            for dim in dims:
                xs, ys = precise.get((p.source, p.index, dim)), precise.get((q.source, q.index, dim))
                if xs and ys and (pair := _one_near_pair(ms, xs, ys)) is not None:
                    pairs.append(pair)
    return pairs


def _one_near_pair(ms: Sequence[Mention], xs: Sequence[int], ys: Sequence[int]) -> tuple[int, int] | None:
    """The one precise measure each of two passages leaves once shared ones pair off, when the two are near.

    A passage may state round measures beside its precise one ("a maximum
    of 12% in the final 2km, and tops out at 1,921m"), and more precise
    ones both passages state alike ("13.6km" and "13.6 km" pair off and
    are set aside): what counts is that each passage has exactly one
    precise figure left and the two are near, so they are one measure
    stated twice, and they do not agree.
    """
    shared = {i for x in xs for y in ys if compatible(ms[x], ms[y]) for i in (x, y)}
    left_x, left_y = [x for x in xs if x not in shared], [y for y in ys if y not in shared]
    if len(left_x) != 1 or len(left_y) != 1 or not _near(ms[left_x[0]], ms[left_y[0]]):
        return None  # a passage still giving two heights: which one is the rival?
    return left_x[0], left_y[0]


def _near(a: Mention, b: Mention) -> bool:
    va, vb = a.value, b.value
    assert isinstance(va, Quantity) and isinstance(vb, Quantity)
    x, y = sorted((abs(va.amount * base_factor(va)), abs(vb.amount * base_factor(vb))))
    return x > 0 and y - x <= y * NEAR_SHARE


__all__ = ["NEAR_SHARE", "near_measure_pairs"]
