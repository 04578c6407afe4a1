"""Step 1 of clustering: lazy, mostly average-linkage agglomeration under the one-seat-per-source rule.

Split out of cluster.py because it is the one step that builds claims from
nothing, with its own lazily corrected queue of cluster linkages (see
``agglomerate``); the later steps only reseat, add or merge passages of the
claims it returns.
"""

from __future__ import annotations

import heapq
import struct
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence

import numpy as np

from sourcediff.align.clusterbase import Pair, Thresholds, repeat_scores

# The tallies of a merge's re-queued clusters are read from dense per-source rows once a batch
# holds this many clusters: below it numpy's per-call cost exceeds the dict walks it replaces.
DENSE_BATCH = 8
# At most this many cells (passages x sources) per dense table, so the tables stay a few MiB;
# past it (hundreds of sources of long articles) the dicts alone are used.
DENSE_CELLS = 1 << 20


_DOUBLE, _INT64 = struct.Struct("<d"), struct.Struct("<q")
_LOW63 = (1 << 63) - 1


def _rank(x: float) -> int:
    """An integer that orders as the float x does, for the queue's entries.

    A heap of plain integers pops several times faster than one of
    (float, int) tuples (one integer comparison instead of two object
    comparisons inside a tuple's), and the queue pops every entry it ever
    held (118k at 80 sources). A double's bits read as a signed integer order
    as the double for non-negative values and in reverse for negative ones,
    so the latter have their low 63 bits flipped; -0.0 is taken as 0.0 (they
    compare equal as floats). Exact for every float but NaN, which the
    linkages never are.
    """
    bits: int = _INT64.unpack(_DOUBLE.pack(x + 0.0))[0]
    return bits ^ _LOW63 if bits < 0 else bits


def _ranks(xs: Sequence[float]) -> list[int]:
    """``[_rank(x) for x in xs]`` in one numpy pass: the queue starts with every candidate pair
    (118k at 80 sources), and a struct round trip per pair was a tenth of this step."""
    bits = (np.asarray(xs, dtype=np.float64) + 0.0).view(np.int64)
    ranks: list[int] = np.where(bits < 0, bits ^ _LOW63, bits).tolist()
    return ranks


def _unrank(rank: int) -> float:
    """The float ``_rank`` was given (0.0 for -0.0)."""
    value: float = _DOUBLE.unpack(_INT64.pack(rank ^ _LOW63 if rank < 0 else rank))[0]
    return value


def _dot(x: Mapping[str, int], y: Mapping[str, int]) -> int:
    """Sum over sources of x's count times y's, walking the smaller mapping."""
    if len(x) > len(y):
        x, y = y, x
    # A plain loop: a generator and sum() cost twice as much, and this runs twice per
    # linkage past 32 sources (integer sums, so the result is the same).
    total = 0
    for src, n in x.items():
        m = y.get(src)
        if m is not None:
            total += n * m
    return total


class _Dense:
    """Each cluster's per-source tallies as rows of integer tables, for batches of linkages.

    The linkage needs three integer dot products per pair of clusters (same-source pairs and
    the pairs each side looked at); at 40-80 sources a merge re-queues dozens of clusters and
    walking their dicts one by one was most of this step. A row here is the dict's counts
    over every source (0 where the dict has none), so a matrix product gives the same
    integers; the rows of a merge add up as the dicts do. The linkage's float arithmetic
    stays in ``agglomerate``'s one loop (done on numpy columns it cost more than it saved at
    the few dozen clusters a merge re-queues).
    """

    def __init__(self, source_of: Sequence[str], nodes: Collection[int],
                 looked: Mapping[int, Collection[str]]) -> None:
        column = {src: j for j, src in enumerate(dict.fromkeys(source_of))}
        rows = np.fromiter(nodes, dtype=np.int64, count=len(nodes))
        own = np.array([column[source_of[n]] for n in nodes], dtype=np.int64)
        self.counts = np.zeros((len(source_of), len(column)), dtype=np.int64)
        self.counts[rows, own] = 1
        self.toward: np.ndarray | None = None
        if looked:
            self.toward = np.zeros_like(self.counts)
            self.toward[rows, own] = -1  # a full passage: its own source was not looked in
            for n, srcs in looked.items():
                if n in nodes:
                    self.toward[n, column[source_of[n]]] = 0
                    self.toward[n, [column[src] for src in srcs]] = 1

    def merge(self, c: int, d: int) -> None:
        """d's tallies join c's."""
        self.counts[c] += self.counts[d]
        if self.toward is not None:
            self.toward[c] += self.toward[d]

    def tallies(self, c: int, others: Sequence[int]) -> tuple[list[int], list[int], list[int]]:
        """For each of ``others``: its same-source pairs with c, c's members' looks towards its
        sources, and its members' looks towards c's sources (the last two 0 without cut passages)."""
        rows = np.asarray(others, dtype=np.int64)
        theirs, mine = self.counts[rows], self.counts[c]
        same = (theirs @ mine).tolist()
        if self.toward is None:
            zeros = [0] * len(others)
            return same, zeros, zeros
        return same, (theirs @ self.toward[c]).tolist(), (self.toward[rows] @ mine).tolist()


def agglomerate(probs: Mapping[Pair, float], repeat: Callable[[int, int], float], source_of: Sequence[str],
                t: Thresholds, looked: Mapping[int, Collection[str]] | None = None) -> list[list[int]]:
    """Clusters of two or more passages, mostly average linkage (step 1).

    The linkage of two clusters is mostly their mean probability over
    cross-source pairs, plus a share (``max_weight``) of their strongest pair.
    The heap holds, for every pair of clusters that may still merge, an
    entry whose linkage is at least the pair's current one. Absorbing a
    cluster changes the sums only towards the absorbed cluster's neighbours,
    which are queued afresh; towards every other neighbour the mean falls
    (the merged cluster adds pairs it never linked to, each counted as
    ``unknown``) and the strongest pair stays, so their entries stay valid
    upper bounds and are corrected when they reach the top (except when the
    surviving cluster was a lone passage: its links then take the strongest
    pair's share and may rise, so all of them are queued). A merge therefore
    costs the absorbed cluster's links, not the merged one's: re-queueing
    every neighbour of an 80-source claim at each of its merges made this
    step quadratic in the sources. The merges, and their order, are those of
    always queueing every neighbour (tests/test_align_cluster_order.py holds
    the two equal). A pair refused by the repeat rule is not queued again:
    the clusters it grows into still hold the two passages that are no repeat.

    ``looked`` names, for each passage the candidate index cut short (many
    sources: candidates.PARTNER_SOURCES), the sources it looked in; every
    other passage looked in all. A pair neither of whose passages looked in
    the other's source was never ranked: it is left out of the mean rather
    than counted as ``unknown``, or a fact stated by 150 sources, whose
    passages each know a few dozen of the others, would fall apart. The
    pairs of two clusters looked at are counted from per-source tallies:
    ``a`` of c's members towards d's sources, ``b`` the other way, and
    ``a + b - a * b / total`` both ways at once (as if the two looked
    independently). That count only grows as clusters grow, so a merge
    still only lowers the linkage of clusters it did not link to, and the
    lazy queue stays valid. Without cut passages ``a = b = total`` and the
    linkage is the plain one.
    """
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
    dense = _Dense(source_of, link, looked) if looked and cells <= DENSE_CELLS else None

    unknown, strong_share = t.unknown, t.max_weight

    def linkages(c: int, others: Sequence[int]) -> list[float]:
        """Mostly the mean probability over cross-source pairs (a source's repeats do not count), of c
        with each of ``others``.

        One call for all the clusters a merge re-queues (tens to thousands of them), with c's tallies
        read once: this runs for every candidate pair a merge touches, the aligner's commonest step.
        """
        row, mine, size = link[c], sources[c], len(members[c])
        full_c, toward_c = (full[c], toward[c]) if looked else (0, {})
        if dense is not None and len(others) >= DENSE_BATCH:
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
                    looks_c.append(_dot(toward_c, theirs))
                    looks_d.append(_dot(toward[d], mine))
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

    def linkage(c: int, d: int) -> float:
        """``linkages(c, (d,))[0]``, without its lists: the queue's check of every pair it pops.

        The same integers and the same float operations in the same order as
        ``linkages``' dict path (a single pair is below DENSE_BATCH), so the
        same float.
        """
        mine, theirs, size, other = sources[c], sources[d], len(members[c]), len(members[d])
        few, many = (theirs, mine) if len(mine) > len(theirs) else (mine, theirs)
        same = 0
        for src, n in few.items():
            m = many.get(src)
            if m is not None:
                same += n * m
        s, k, strongest = link[c][d]
        total = size * other - same
        if total <= 0:
            return 0.0
        if looked:
            a = full[c] * other + _dot(toward[c], theirs)
            b = full[d] * size + _dot(toward[d], mine)
            seen = max(k, a + b - a * b / total)
            mean = (s + unknown * (seen - k)) / seen
        else:
            mean = (s + unknown * (total - k)) / total
        if size == 1 or other == 1:
            return mean
        return (1 - strong_share) * mean + strong_share * strongest

    def push(c: int, others: Sequence[int], nows: Sequence[float]) -> None:
        """Queue pairs of clusters, each unless it is below merge_at (the loop would stop at it anyway)
        or its queued entry is still an upper bound."""
        merge_at = t.merge_at
        for d, now in zip(others, nows, strict=True):
            if now >= merge_at:
                key = c * width + d if c < d else d * width + c
                queued = live.get(key)
                if eager or queued is None or -_unrank(queued >> shift) < now:
                    entry = _rank(-now) << shift | key
                    heapq.heappush(heap, entry)
                    live[key] = entry

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
        if repeat_scores(repeat, pairs[:1])[0] < t.repeat_at:
            return False
        return len(pairs) == 1 or all(p >= t.repeat_at for p in repeat_scores(repeat, pairs[1:]))

    # Two lone passages of different sources: their linkage is their one probability
    # (exactly: (p + unknown * 0) / 1, the plain mean of a lone passage); of one source, 0.
    # A pair of clusters is queued as one integer, _rank(-linkage) << shift | lo * width + hi with
    # lo < hi < width: it orders as the tuple (-linkage, lo, hi) did (the pair's key is below
    # 1 << shift and orders equal linkages as (lo, hi) does), so the pops come in the same order.
    width = len(source_of)
    shift = (width * width).bit_length()
    low = (1 << shift) - 1
    keys, negs = [], []
    for c, row in link.items():
        for d, (p, _, _) in row.items():
            if c < d and (q := p if source_of[c] != source_of[d] else 0.0) >= t.merge_at:
                keys.append(c * width + d)
                negs.append(-q)
    heap = [r << shift | key for r, key in zip(_ranks(negs), keys, strict=True)]
    heapq.heapify(heap)
    # Each pair's one entry that counts: an older one of the pair is skipped.
    live = {entry & low: entry for entry in heap}
    while heap:
        entry = heapq.heappop(heap)
        key = entry & low
        if live.get(key) != entry:
            continue
        del live[key]
        neg = _unrank(entry >> shift)
        c, d = divmod(key, width)
        if c not in members or d not in members or d not in link[c]:
            continue
        now = linkage(c, d)
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
            # d's queued pairs are dead: forgotten here, their entries are skipped at the first check.
            live.pop(x * width + d if x < d else d * width + x, None)
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
