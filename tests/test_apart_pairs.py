"""compare._apart_pairs: a value key's group tried only across what is connected already, same outcome.

`_connected` joins every pair of the group (a vague value with any other)
whose link holds; which mentions end up connected does not depend on the
order, so pairs already connected need not be tried. Checked against trying
every pair, with random groups, random earlier joins and random links.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterable

import pytest

from sourcediff.mentionindex import UnionFind

judge_module = importlib.import_module("sourcediff.factclusters")


def _partition(joined: UnionFind, idx: Iterable[int]) -> set[frozenset[int]]:
    out: dict[int, set[int]] = {}
    for i in idx:
        out.setdefault(joined.find(i), set()).add(i)
    return {frozenset(g) for g in out.values()}


def _join(joined: UnionFind, pairs: Iterable[tuple[int, int]], link: Callable[[int, int], bool]) -> int:
    tried = 0
    for i, j in pairs:
        if joined.find(i) != joined.find(j):
            tried += 1
            if link(i, j):
                joined.union(i, j)
    return tried


@pytest.mark.parametrize("seed", range(150))
def test_apart_pairs_connect_what_every_pair_connects(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(2, 40)
    group = sorted(rng.sample(range(200), n))
    distinctive = {i for i in group if rng.random() < 0.4}
    earlier = [(rng.choice(group), rng.choice(group)) for _ in range(rng.randint(0, n))]
    links = {frozenset((i, j)) for i in group for j in group if i != j and rng.random() < 0.15}

    def link(i: int, j: int) -> bool:
        return frozenset((i, j)) in links

    every, apart = UnionFind(), UnionFind()
    for joined in (every, apart):
        for i, j in earlier:
            joined.union(i, j)
    _join(every, ((i, j) for i in group if i not in distinctive
                  for j in group if j != i and (j in distinctive or j > i)), link)
    proposed = list(judge_module._apart_pairs(group, distinctive, apart))
    # nothing proposed within what the earlier joins connected; every proposal is a pair of the group
    assert all(i != j and i not in distinctive and (j in distinctive or j > i) for i, j in proposed)
    _join(apart, judge_module._apart_pairs(group, distinctive, apart), link)
    assert _partition(apart, group) == _partition(every, group)


def test_a_connected_group_proposes_nothing() -> None:
    joined = UnionFind()
    for i in range(1, 30):
        joined.union(0, i)
    assert list(judge_module._apart_pairs(list(range(30)), set(), joined)) == []
