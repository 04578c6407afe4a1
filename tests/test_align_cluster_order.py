"""The lazy agglomeration (cluster.py) merges exactly as re-queueing every neighbour at each merge did."""

from __future__ import annotations

import heapq
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

import pytest

from sourcediff.align.cluster import Thresholds, agglomerate, attach

Pair = tuple[int, int]


def _eager(probs: Mapping[Pair, float], repeat: Callable[[int, int], float], source_of: Sequence[str],
           t: Thresholds, looked: Mapping[int, set[str]] | None = None) -> list[list[int]]:
    """The reference: after each merge, every neighbour of the merged cluster is queued with its average."""
    members: dict[int, list[int]] = {}
    sources: dict[int, Counter[str]] = {}
    link: dict[int, dict[int, list[float]]] = defaultdict(dict)
    for (i, j), p in probs.items():
        for n in (i, j):
            members.setdefault(n, [n])
            sources.setdefault(n, Counter([source_of[n]]))
        link[i][j] = [p, 1.0, p]
        link[j][i] = [p, 1.0, p]

    def avg(c: int, d: int) -> float:
        """The linkage: mostly the mean over cross-source pairs, a share of the strongest pair."""
        s, k, strongest = link[c][d]
        same = sum(n * sources[d][src] for src, n in sources[c].items() if src in sources[d])
        total = len(members[c]) * len(members[d]) - same
        if total <= 0:
            return 0.0
        if looked:  # member pairs counted one by one: x looked in y's source (a full x looked in all)
            def saw(x: int, y: int) -> bool:
                return source_of[x] != source_of[y] and (x not in looked or source_of[y] in looked[x])
            a = sum(saw(x, y) for x in members[c] for y in members[d])
            b = sum(saw(y, x) for x in members[c] for y in members[d])
            seen = max(k, a + b - a * b / total)
            mean = (s + t.unknown * (seen - k)) / seen
        else:
            mean = (s + t.unknown * (total - k)) / total
        if len(members[c]) == 1 or len(members[d]) == 1:
            return mean
        return (1 - t.max_weight) * mean + t.max_weight * strongest

    def ok(c: int, d: int) -> bool:
        return all(repeat(a, b) >= t.repeat_at for src in sources[c].keys() & sources[d].keys()
                   for a in members[c] if source_of[a] == src for b in members[d] if source_of[b] == src)

    heap = [(-avg(c, d), c, d) for c in link for d in link[c] if c < d]
    heap = [e for e in heap if -e[0] >= t.merge_at]
    heapq.heapify(heap)
    while heap:
        neg, c, d = heapq.heappop(heap)
        if c not in members or d not in members or d not in link[c]:
            continue
        now = avg(c, d)
        if abs(now + neg) > 1e-12:
            continue
        if now < t.merge_at:
            break
        if sources[c].keys() & sources[d].keys() and not ok(c, d):
            continue
        members[c].extend(members.pop(d))
        sources[c].update(sources.pop(d))
        for x, (s, k, strongest) in link.pop(d).items():
            del link[x][d]
            if x != c:
                acc = link[c].setdefault(x, [0.0, 0.0, 0.0])
                acc[0] += s
                acc[1] += k
                acc[2] = max(acc[2], strongest)
                link[x][c] = acc
        for x in link[c]:
            if (v := avg(c, x)) >= t.merge_at:
                heapq.heappush(heap, (-v, min(c, x), max(c, x)))
    return [sorted(m) for m in members.values() if len(m) > 1]


class _Batched:
    """A repeat rule with a batch method, as align.Repeats has; counts the batches it is asked."""

    def __init__(self, repeat: Callable[[int, int], float]) -> None:
        self.repeat, self.batches = repeat, 0

    def __call__(self, a: int, b: int) -> float:
        return self.repeat(a, b)

    def many(self, pairs: Sequence[Pair]) -> list[float]:
        self.batches += 1
        return [self.repeat(a, b) for a, b in pairs]


@pytest.mark.parametrize("seed", range(40))
def test_lazy_agglomeration_merges_as_the_eager_one(seed: int) -> None:
    rng = random.Random(seed)
    n, n_sources = rng.randint(4, 60), rng.randint(2, 9)
    source_of = [f"s{rng.randrange(n_sources)}" for _ in range(n)]
    # few distinct probabilities, so that ties between pairs are common
    levels = [round(x * 0.05, 2) for x in range(21)]
    probs = {(i, j): rng.choice(levels) for i in range(n) for j in range(i + 1, n)
             if source_of[i] != source_of[j] and rng.random() < 0.4}
    repeats = {(i, j) for i in range(n) for j in range(i + 1, n) if rng.random() < 0.3}

    def repeat(a: int, b: int) -> float:
        return 0.9 if (min(a, b), max(a, b)) in repeats else 0.1

    batched = _Batched(repeat)
    # Some passages cut short by the candidate index, each having looked in a few sources.
    names = sorted(set(source_of))
    looked = {x: {s for s in names if s != source_of[x] and rng.random() < 0.5} for x in range(n)
              if rng.random() < 0.5}
    for t in (Thresholds(), Thresholds(max_weight=0.0), Thresholds(merge_at=0.5, unknown=0.1),
              Thresholds(merge_at=0.05, unknown=0.1)):
        assert agglomerate(probs, repeat, source_of, t) == _eager(probs, repeat, source_of, t)
        assert agglomerate(probs, repeat, source_of, t, looked) == _eager(probs, repeat, source_of, t, looked)
        # a repeat rule that scores batches (align.Repeats) is used through its batches, to the same claims
        grown = agglomerate(probs, batched, source_of, t, looked)
        assert grown == _eager(probs, repeat, source_of, t, looked)
        assert attach(grown, probs, source_of, t, repeat=batched) == attach(grown, probs, source_of, t,
                                                                              repeat=repeat)
    if any(source_of[a] == source_of[b] for c in grown for a in c for b in c if a < b):
        assert batched.batches


def _merge_every_two(claims: list[list[int]], source_of: Sequence[str]) -> list[list[int]]:
    """The reference of merge_overlapping: every claim compared with every earlier merged claim."""
    merged: list[set[int]] = []
    for c in [set(c) for c in sorted(claims, key=lambda c: (-len(c), c))]:
        for m in merged:
            if c <= m:
                break
            union = c | m
            if len(c & m) >= 0.5 * min(len(c), len(m)) and len({source_of[x] for x in union}) == len(union):
                m |= c
                break
        else:
            merged.append(c)
    return [sorted(m) for m in merged]


@pytest.mark.parametrize("seed", range(200))
def test_merging_through_the_member_index_is_merging_every_two(seed: int) -> None:
    from sourcediff.align.cluster import merge_overlapping

    rng = random.Random(seed)
    n = rng.randint(2, 30)
    source_of = [f"s{rng.randrange(rng.randint(2, 12))}" for _ in range(n)]
    claims = [sorted(rng.sample(range(n), rng.randint(1, min(n, 8)))) for _ in range(rng.randint(0, 12))]
    assert merge_overlapping(claims, source_of) == _merge_every_two(claims, source_of)
