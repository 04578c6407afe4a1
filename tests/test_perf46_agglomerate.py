"""perf46: agglomerate's rewritten queue (pair keys, one-pair linkage) merges exactly as the former code.

The former function is copied below from main 1c79b01; the rewrite must give
the same clusters on random inputs (cut and full passages, dense tables on and
off, averages that may rise, repeat checks) and on a small invented story.
"""

from __future__ import annotations

import heapq
import random
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence

import pytest

from sourcediff.align import agglomeration as A
from sourcediff.align.clusterbase import Pair, Thresholds


def _former(probs: Mapping[Pair, float], repeat: Callable[[int, int], float], source_of: Sequence[str],
                t: Thresholds, looked: Mapping[int, Collection[str]] | None = None) -> list[list[int]]:
    """The former agglomerate (main 1c79b01), copied: the reference the rewrite must equal."""
    link: dict[int, dict[int, list[float]]] = defaultdict(dict)  # cluster -> cluster -> [sum, known, max]
    for (i, j), p in probs.items():
        link[i][j] = link[j][i] = [p, 1.0, p]  # one list for both directions, as after a merge
    members = {n: [n] for n in link}
    sources = {n: {source_of[n]: 1} for n in link}  # passages per source
    looked = looked or {}
    # Members that looked in every source, and per source: members of cut passages
    # that looked in it minus members of full ones that sit in it (they did not look there).
    full = {n: int(n not in looked) for n in link} if looked else {}
    toward = {n: dict.fromkeys(looked[n], 1) if n in looked else {source_of[n]: -1}
              for n in link} if looked else {}
    # With unknown at or above merge_at, an average can rise as a cluster grows:
    # queue every neighbour then, as the bound above no longer holds.
    eager = t.unknown >= t.merge_at
    # The tables pay only where the candidate index cut passages short (past PARTNER_SOURCES
    # sources): their looks make the long walks. Below it (the seeds) the dicts are cheaper.
    cells = len(source_of) * len(set(source_of))
    dense = A._Dense(source_of, link, looked) if looked and cells <= A.DENSE_CELLS else None

    unknown, strong_share = t.unknown, t.max_weight

    def linkages(c: int, others: Sequence[int]) -> list[float]:
        """Mostly the mean probability over cross-source pairs (a source's repeats do not count), of c
        with each of ``others``.

        One call for all the clusters a merge re-queues (tens to thousands of them), with c's tallies
        read once: this runs for every candidate pair a merge touches, the aligner's commonest step.
        """
        row, mine, size = link[c], sources[c], len(members[c])
        full_c, toward_c = (full[c], toward[c]) if looked else (0, {})
        if dense is not None and len(others) >= A.DENSE_BATCH:
            sames, looks_c, looks_d = dense.tallies(c, others)
        else:
            sames, looks_c, looks_d = [], [], []
            for d in others:
                theirs = sources[d]
                # Same-source pairs, counted over the cluster with fewer sources: a claim
                # of 80 sources meets a lone passage at every step of its growth.
                few, many = (theirs, mine) if len(mine) > len(theirs) else (mine, theirs)
                same = 0
                for src, n in few.items():
                    m = many.get(src)
                    if m is not None:
                        same += n * m
                sames.append(same)
                if looked:
                    looks_c.append(A._dot(toward_c, theirs))
                    looks_d.append(A._dot(toward[d], mine))
        out = []
        for x, d in enumerate(others):
            s, k, strongest = row[d]
            other = len(members[d])
            total = size * other - sames[x]
            if total <= 0:
                out.append(0.0)
                continue
            if looked:
                a = full_c * other + looks_c[x]
                b = full[d] * size + looks_d[x]
                seen = max(k, a + b - a * b / total)
                mean = (s + unknown * (seen - k)) / seen
            else:
                mean = (s + unknown * (total - k)) / total
            if size == 1 or other == 1:
                out.append(mean)  # a lone passage has no half of its own: one strong link must not seat it
            else:
                out.append((1 - strong_share) * mean + strong_share * strongest)
        return out

    def push(c: int, others: Sequence[int], nows: Sequence[float]) -> None:
        """Queue pairs of clusters, each unless it is below merge_at (the loop would stop at it anyway)
        or its queued entry is still an upper bound."""
        for d, now in zip(others, nows, strict=True):
            if now >= t.merge_at:
                lo, hi = (c, d) if c < d else (d, c)
                key = lo * width + hi
                if eager or key not in live or -live[key] < now:
                    heapq.heappush(heap, (-now, lo, hi))
                    live[key] = -now

    def repeat_ok(c: int, d: int) -> bool:
        """Whether every pair of c's and d's passages of one source is a repeat.

        Most checks fail on their first pair, so it is scored alone; the rest, when it passes, in
        one batch (a check of two big clusters holds dozens of pairs).
        """
        shared = sources[c].keys() & sources[d].keys()
        theirs: dict[str, list[int]] = defaultdict(list)
        for b in members[d]:
            if source_of[b] in shared:
                theirs[source_of[b]].append(b)
        pairs = [(a, b) for a in members[c] if source_of[a] in shared for b in theirs[source_of[a]]]
        if A.repeat_scores(repeat, pairs[:1])[0] < t.repeat_at:
            return False
        return len(pairs) == 1 or all(p >= t.repeat_at for p in A.repeat_scores(repeat, pairs[1:]))

    # Two lone passages of different sources: their linkage is their one probability
    # (exactly: (p + unknown * 0) / 1, the plain mean of a lone passage); of one source, 0.
    heap = [(-q, c, d) for c, row in link.items() for d, (p, _, _) in row.items()
            if c < d and (q := p if source_of[c] != source_of[d] else 0.0) >= t.merge_at]
    heapq.heapify(heap)
    # Each pair's one entry that counts: an older one of the pair is skipped.
    width = len(source_of)
    live = {c * width + d: neg for neg, c, d in heap}
    while heap:
        neg, c, d = heapq.heappop(heap)
        if live.get(c * width + d) != neg:
            continue
        del live[c * width + d]
        if c not in members or d not in members or d not in link[c]:
            continue
        now = linkages(c, (d,))[0]
        if abs(now + neg) > 1e-12:
            push(c, (d,), (now,))  # an upper bound, or stale: queue the current average
            continue
        if now < t.merge_at:
            break
        if sources[c].keys() & sources[d].keys() and not repeat_ok(c, d):
            continue  # for good: a grown cluster still holds the pair that is no repeat
        grew_from_one = len(members[c]) == 1  # c's links now take the strongest pair's share
        members[c].extend(members.pop(d))
        if dense is not None:
            dense.merge(c, d)
        for src, n in sources.pop(d).items():
            sources[c][src] = sources[c].get(src, 0) + n
        if looked:
            full[c] += full.pop(d)
            for src, n in toward.pop(d).items():
                toward[c][src] = toward[c].get(src, 0) + n
        mine, changed = link[c], []
        for x, theirs in link.pop(d).items():
            row = link[x]
            del row[d]
            if x == c:
                continue
            acc = mine.get(x)
            if acc is None:  # d's link becomes c's
                mine[x] = row[c] = theirs
            else:
                acc[0] += theirs[0]
                acc[1] += theirs[1]
                acc[2] = max(acc[2], theirs[2])
            changed.append(x)
        # A lone c's every link changes form (plain mean -> mean with the strongest
        # share) and may rise: queue them all then, as when averages can rise.
        targets = list(mine) if eager or grew_from_one else changed
        push(c, targets, linkages(c, targets))
    return [sorted(m) for m in members.values() if len(m) > 1]


def _random_case(seed: int) -> tuple[dict[Pair, float], Callable[[int, int], float], list[str],
                                     dict[int, set[str]] | None]:
    rng = random.Random(seed)
    n_src = rng.randint(2, 14)
    n = rng.randint(4, 90)
    source_of = [f"outlet{rng.randrange(n_src)}" for _ in range(n)]
    probs: dict[Pair, float] = {}
    for _ in range(rng.randint(n, n * 6)):
        i, j = sorted(rng.sample(range(n), 2))
        # Ties on purpose: equal linkages are where the queue's order of pairs decides.
        probs[(i, j)] = rng.choice((0.31, 0.5, 0.9, round(rng.random(), 2), rng.random()))
    scores = {(i, j): rng.choice((0.1, 0.85, 0.95)) for i in range(n) for j in range(n)}
    looked: dict[int, set[str]] | None = None
    if rng.random() < 0.6:
        names = sorted(set(source_of))
        looked = {i: set(rng.sample(names, rng.randint(1, len(names)))) - {source_of[i]}
                  for i in range(n) if rng.random() < 0.7}
    return probs, lambda a, b: scores[(a, b)], source_of, looked


@pytest.mark.parametrize("seed", range(60))
@pytest.mark.parametrize("thresholds", [Thresholds(), Thresholds(unknown=0.4, merge_at=0.3),
                                        Thresholds(merge_at=0.45, max_weight=0.5)])
def test_rewrite_equals_former_on_random_inputs(seed: int, thresholds: Thresholds,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    probs, repeat, source_of, looked = _random_case(seed)
    if seed % 2:  # the dense tables from the first batch on (they are used past 8 clusters a batch)
        monkeypatch.setattr(A, "DENSE_BATCH", 1)
    assert A.agglomerate(probs, repeat, source_of, thresholds, looked) == \
        _former(probs, repeat, source_of, thresholds, looked)


def test_invented_story_clusters_are_the_former_ones() -> None:
    """Three outlets on a bridge closure: the toll, the date and a quote each become one claim."""
    passages = [
        ("Daily Ledger", "The toll on the Harbour Crossing rises to $4.50 on March 3."),
        ("Daily Ledger", "Commuters will pay $4.50 from March 3, the authority said."),
        ("Metro Wire", "From 3 March the crossing will cost drivers $4.50."),
        ("Metro Wire", "'We had no choice,' said the authority's chair, Ana Ruiz."),
        ("Coast Post", "Ana Ruiz said: 'We had no choice.'"),
        ("Coast Post", "Drivers face a $4.50 toll from March 3."),
    ]
    source_of = [s for s, _ in passages]
    probs = {(0, 2): 0.9, (0, 5): 0.88, (2, 5): 0.91, (1, 2): 0.7, (1, 5): 0.72, (3, 4): 0.95,
             (0, 3): 0.05, (2, 4): 0.1}
    repeat = {(0, 1): 0.92, (1, 0): 0.92}

    def rep(a: int, b: int) -> float:
        return repeat.get((a, b), 0.2)

    for looked in (None, {0: {"Metro Wire"}, 4: {"Metro Wire", "Daily Ledger"}}):
        got = A.agglomerate(probs, rep, source_of, Thresholds(), looked)
        assert got == _former(probs, rep, source_of, Thresholds(), looked)
    got = A.agglomerate(probs, rep, source_of, Thresholds(), None)
    assert [3, 4] in got and any({0, 2, 5} <= set(c) for c in got)


def test_rank_orders_as_the_floats_and_round_trips() -> None:
    """The queue's integer entries order exactly as the linkages do, ties included."""
    rng = random.Random(46)
    xs = [0.0, -0.0, 1e-300, -1e-300, 0.3, -0.3, 1.0, -1.0, 5e-324, -5e-324, 0.30000000000000004]
    xs += [rng.uniform(-1, 1) for _ in range(400)] + [-rng.random() for _ in range(100)]
    for x in xs:
        assert A._unrank(A._rank(x)) == x
        for y in xs[:40]:
            assert (A._rank(x) < A._rank(y)) == (x < y)
            assert (A._rank(x) == A._rank(y)) == (x == y)
    # Shifted and joined with a pair key below 1 << shift, equal linkages order by the key.
    shift = 20
    assert A._rank(-0.5) << shift | 7 < A._rank(-0.5) << shift | 9 < A._rank(-0.4) << shift | 1
