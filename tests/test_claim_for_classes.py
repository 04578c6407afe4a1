"""compare._Passages.pairs_with: what _claim_for counts for two classes of passages, without listing pairs.

Checked against listing every cross-source pair of passages, on random
classes: the summed weights, and the earliest pair as (min, max) of the two
passages' first mentions, where each passage of one class pairs with the
other's first passage from another source (the pair _claim_for's vote
counts).
"""

from __future__ import annotations

import importlib
import random

import pytest

judge_module = importlib.import_module("sourcediff.factclaims")


def _brute(a: list[tuple[str, int, int]], b: list[tuple[str, int, int]],
           same: bool) -> tuple[int, tuple[int, int] | None]:
    if same:
        cross = sum(wa * wb for n, (sa, _, wa) in enumerate(a) for sb, _, wb in a[n + 1:] if sa != sb)
    else:
        cross = sum(wa * wb for sa, _, wa in a for sb, _, wb in b if sa != sb)
    best = None
    for source, pos, _ in a:
        mate = next((p for s, p, _ in b if s != source), None)  # b's first passage from another source
        if mate is not None:
            here = (min(pos, mate), max(pos, mate))
            best = here if best is None or here < best else best
    return cross, best


@pytest.mark.parametrize("seed", range(200))
def test_pairs_with_counts_as_listing_every_pair(seed: int) -> None:
    rng = random.Random(seed)
    places = rng.sample(range(100), rng.randint(2, 30))  # first mentions: one place per passage
    sources = [f"s{rng.randint(0, rng.randint(1, 6))}" for _ in places]
    nodes = [(s, p, rng.randint(1, 3)) for s, p in zip(sources, places, strict=True)]
    cut = rng.randint(1, len(nodes) - 1)
    same = rng.random() < 0.3
    a = sorted(nodes if same else nodes[:cut], key=lambda x: x[1])
    b = a if same else sorted(nodes[cut:], key=lambda x: x[1])
    ca, cb = judge_module._Passages(), judge_module._Passages()
    for cls, members in ((ca, a), (cb, b)):
        for source, pos, weight in members:
            cls.add(source, pos, weight)
    got = ca.pairs_with(ca if same else cb, same=same)
    assert got == _brute(a, b, same)
