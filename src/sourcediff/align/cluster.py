"""Scored passage pairs -> claims: (mostly) average-linkage agglomeration under a one-per-source rule.

Growing claims greedily from pairs, with every member required to match every
other, splits an eight-source fact into four pairs and leaves near-duplicate
claims behind. Here claims form globally instead:

1. **Agglomerate.** Every passage starts alone; the two clusters with the
   highest linkage merge, as long as it is at least ``merge_at`` and no
   source would hold two passages (unless those two passages are themselves
   scored as the same fact: a source that repeats a fact). The linkage is
   mostly the *average* probability over all their cross pairs, where a pair
   never proposed as a candidate counts as ``unknown`` (a low prior), so a
   claim cannot grow on one strong link alone (with very many sources, a pair
   neither passage looked at, see :func:`agglomerate`, does not count); a
   share ``max_weight`` of it is their *strongest* pair. Pure averaging
   splits a fact that eight sources word two ways into two claims whose cross
   pairs were mostly never proposed (candidates are each passage's few best
   partners), although some of them are near certain; the strongest pair
   keeps such halves together. It applies only between two clusters of two or
   more: a lone passage joining a claim has no half to keep, and there one
   strong link would seat it on the wrong claim. Story leads that summarise
   several facts score high on each other, so one lead pulled another into
   the cluster it opened and locked that source's seat, and the claim its
   sentence actually states got a weaker sibling of the source instead (the
   seeds' deadline: 003's lead went to the Hegseth-meeting lead).
2. **Reseat.** Step 1 commits a source's passage to a claim while the claim
   is small; once the claim has grown, a neighbouring sentence of the same
   source may fit the whole claim clearly better (by ``reseat_margin`` in
   average probability). That sibling then takes the passage's seat: a
   claim should hold, of each source, the sentence that states its fact.
3. **Attach.** A lead sentence stating three facts belongs to three claims: a
   passage joins a further claim whose sources it does not already sit in
   when the mean of its ``attach_top`` best probabilities with the members
   reaches ``attach_at``. The mean over *all* members would fall with the
   claim's size: a passage is proposed with only a few passages of each
   source, so in a claim of ten sources most of its pairs are unknown even
   when it states the fact; its few best links measure whether it does,
   and needing several of them keeps one stray link from attaching it.
   Two refinements, measured with benchmarks/cluster_steps.py (attach made
   half of the ECB+ wrong pairs; a source's seat taken by its other sentence
   lost most of the confident gold pairs): a passage already in a claim
   attaches to another only when it fits it within ``attach_margin`` of how
   it fits its own (a lead stating two facts fits both claims; a sentence
   that fits its own claim far better shares words with the other, not a
   fact), and a source's runner-up joins with its best passage when it fits
   the claim at ``second_at`` too and the model scores the two as one claim
   at ``second_at`` (a headline and its lead both stating the fact, where
   one seat per source kept only one of them).
4. **Adopt orphans.** A passage left out of every claim joins the claim it
   matches best (the mean of its best links, as in step 3, at least
   ``attach_at``) even when its
   source is already there: either the source states the fact twice (a live
   blog's update, a headline and its lead), or step 1 took the sibling
   sentence first and the one-per-source rule then locked this one out. A
   passage that already belongs to a claim is left alone, so this only adds
   what would otherwise be lost.
5. **Merge** claims that share most members, and drop claims inside others.
6. **Share seats.** An article's opening two passages (a headline and its
   lead) often state one fact twice, and step 1 seats whichever pairs first,
   so the claim holds the lead and the headline, which the other outlets'
   headlines pair with, is locked out (the commonest ``seat_taken`` on
   ECB+). Such a passage joins the claim beside its sibling when the two
   are their source's opening pair, it fits the claim at ``second_at``
   and pairs at ``merge_at`` with half its members (two at least), the
   model scores the two siblings as one claim at ``second_at``, and they
   give no figure of one family two different values. Any other sibling
   pair does not pay: on ECB+, half the pairs it added were wrong. See
   :func:`share_seats`.
7. **Split seats.** One seat per source blocks a passage from a claim whose
   fact it states when its source's other sentence sits there already (the
   commonest way confident gold pairs were lost, benchmarks/cluster_steps.py:
   ``seat_taken``). Adding it to the claim anyway joined it with every member
   and made many wrong pairs; instead it gets a claim of its own with, of
   each source in the blocked claim, the member it pairs with best, when the
   model scores that pair at ``split_at`` and the two share a figure the
   sibling lacks (at ``sure_split_at`` when the figure is precise, "12,400",
   whatever noun each outlet counts it with). A blocked passage that sits in
   no claim (an orphan) needs no figure: it pairs with the members it is
   scored with at ``merge_at`` in the claim of its strongest pair, the pair
   step 1 would have made had the member not been taken by a claim holding
   the orphan's sibling (a short "X's header had cancelled out Y's opener"
   whose partner sat with the sibling that states the opener and the
   winner). See :func:`split_seats`.
8. **Box lines.** A fact-box or list line ("Fine: €18.5m") shares few words
   with the prose stating its figure, so the model scores the pair low; when
   its label introduces a precise figure, it gets an extra claim with, of
   each other source, its best candidate partner stating that figure. See
   :func:`box_pairs`.

Everything works on the sparse candidate graph: the cost follows the number of
candidate pairs, not the square of the number of passages.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

Pair = tuple[int, int]

# Two claims whose smaller one shares this share of its members with the
# larger are one claim seen twice.
MERGE_SHARE = 0.5


@dataclass(frozen=True)
class Thresholds:
    """Probabilities (model.py) at which clusters merge and passages attach.

    Chosen with benchmarks/accuracy.py on the held-out ECB+ topics and the
    seeds, which the model never trains on; a probability means the same on
    every story, so these are not per-story knobs. Re-selected for the
    word-vector pair model over merge_at, attach_at, max_weight, attach_top,
    reseat_margin, unknown and repeat_at: the values stay; a lower attach_at
    finds more held-out pairs but joins more wrong ones on the seeds.
    attach_margin and second_at were chosen the same way (both held-out
    halves and ECB+ as a whole gain align_recall and lose wrong_pairs, the
    seeds keep 1.00/0.12) and are flat nearby: attach_margin 0.48-0.52 and
    second_at 0.5-0.6 pass the same test; a margin of 0.45 drops recall, one
    of 0.55 lets the wrong pairs back. split_at was chosen the same way
    from 0.5, 0.6, 0.65 and 0.7 (issue #11): 0.7 keeps ECB+ as a whole and
    both held-out halves at or within 0.001 of their figures without step 6,
    lower values found the same ECB+ pairs with more wrong ones (held-out
    ecbplus wrong_pairs 0.283 -> 0.289 at 0.5, 0.287 at 0.6).
    sure_split_at (issue #11) is split_at for the blocked passages whose
    evidence is stronger (a precise figure, see :func:`_precise`): ECB+ and
    its held-out halves keep their figures at any value from 0.4 to 0.65
    (ECB+ wrong_pairs 0.2011 -> 0.2008 at 0.5), the seeds keep theirs, and
    seven of our 13 stories each find one to three gold pairs more; 0.5 is
    where the model calls the pair more likely one fact than not. A blocked
    orphan splits at merge_at (no new threshold; see :func:`split_seats`).
    share_seats (step 6) reuses second_at and merge_at: a headline seated
    beside its lead is a source's runner-up (benchmarks/notes/seat_share.md).
    """

    merge_at: float = 0.3
    attach_at: float = 0.35
    unknown: float = 0.02  # a pair the candidate index did not propose
    repeat_at: float = 0.8  # two passages of one source stating the same fact
    reseat_margin: float = 0.1  # how much better a sibling must fit a claim to take a seat
    max_weight: float = 0.2  # share of the strongest cross pair in the linkage of two clusters of 2+
    attach_top: int = 4  # a passage attaches on the mean of its this-many best links to the claim
    attach_margin: float = 0.5  # how much worse than its own claim a further claim may fit a passage
    second_at: float = 0.5  # a source's runner-up attaches with its best passage at this fit and repeat
    # (and a headline joins its lead's claim, share_seats)
    split_at: float = 0.7  # a blocked passage gets its own claim with the members it pairs with this well
    sure_split_at: float = 0.5  # split_at for a pair sharing a precise figure


class _Graph:
    """Symmetric sparse probabilities between passages."""

    def __init__(self, probs: Mapping[Pair, float]) -> None:
        self.adj: dict[int, dict[int, float]] = defaultdict(dict)
        for (i, j), p in probs.items():
            self.adj[i][j] = p
            self.adj[j][i] = p


def _links(members: set[int], x: int, graph: _Graph, source_of: Sequence[str]) -> list[float]:
    """x's known probabilities with the members of other sources, read from x's own row."""
    own = source_of[x]
    return [p for m, p in graph.adj.get(x, {}).items() if m in members and source_of[m] != own]


def _fit(members: set[int], sources: Counter[str], x: int, graph: _Graph, source_of: Sequence[str],
         unknown: float) -> float:
    """x's mean probability with the members of other sources (unknown pairs at the prior).

    Computed from x's own links: the cost follows x's degree, not the claim's size twice over.

    ``sources`` counts the members' sources, so the number of members from
    other sources than x's is a subtraction.
    """
    total = len(members) - sources[source_of[x]]
    if not total:
        return 0.0
    known = _links(members, x, graph, source_of)
    return (sum(known) + unknown * (total - len(known))) / total


def _top_fit(members: set[int], sources: Counter[str], x: int, graph: _Graph, source_of: Sequence[str],
             t: Thresholds) -> float:
    """Mean of x's ``attach_top`` best probabilities with members of other sources; unknown pairs fill in.

    ``sources`` counts the members' sources (as for :func:`_fit`): the members of other sources are
    counted by a subtraction, not by a walk over a claim that spans 80 sources for every candidate.
    """
    total = len(members) - sources[source_of[x]]
    if not total:
        return 0.0
    k = min(total, t.attach_top)
    # heapq.nlargest's list, by one sort: x's links to a claim are a handful, and
    # nlargest's Python set-up cost three times the sort (it runs ~1,000 times a story)
    known = sorted(_links(members, x, graph, source_of), reverse=True)[:k]
    return (sum(known) + t.unknown * (k - len(known))) / k


def repeat_scores(repeat: Callable[[int, int], float], pairs: Sequence[Pair]) -> list[float]:
    """``repeat`` of each pair, through its ``many`` method when it has one (align's scorer does).

    The repeat rule asks about a few pairs at a time, and a model call per
    pair cost 0.05-0.2 ms on top of the pair's features: the aligner's
    scorer scores a batch in one call (model.PairModel.probability_each,
    the same numbers). Any plain function (the tests' rules) is asked pair by pair.
    """
    many: Callable[[Sequence[Pair]], Sequence[float]] | None = getattr(repeat, "many", None)
    return list(many(pairs)) if many is not None else [repeat(a, b) for a, b in pairs]


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

    unknown, strong_share = t.unknown, t.max_weight

    def linkages(c: int, others: Sequence[int]) -> list[float]:
        """Mostly the mean probability over cross-source pairs (a source's repeats do not count), of c
        with each of ``others``.

        One call for all the clusters a merge re-queues (tens to thousands of them), with c's tallies
        read once: this runs for every candidate pair a merge touches, the aligner's commonest step.
        """
        row, mine, size = link[c], sources[c], len(members[c])
        full_c, toward_c = (full[c], toward[c]) if looked else (0, {})
        out = []
        for d in others:
            s, k, strongest = row[d]
            theirs, other = sources[d], len(members[d])
            # Same-source pairs, counted over the cluster with fewer sources: a claim
            # of 80 sources meets a lone passage at every step of its growth.
            few, many = (theirs, mine) if len(mine) > len(theirs) else (mine, theirs)
            same = 0
            for src, n in few.items():
                m = many.get(src)
                if m is not None:
                    same += n * m
            total = size * other - same
            if total <= 0:
                out.append(0.0)
                continue
            if looked:
                a = full_c * other + _dot(toward_c, theirs)
                b = full[d] * size + _dot(toward[d], mine)
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
        if repeat_scores(repeat, pairs[:1])[0] < t.repeat_at:
            return False
        return len(pairs) == 1 or all(p >= t.repeat_at for p in repeat_scores(repeat, pairs[1:]))

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


def _holders(claims: Sequence[Sequence[int]]) -> dict[int, list[int]]:
    """Each passage -> the indices of the claims holding it (a passage in no claim is absent)."""
    holding: dict[int, list[int]] = defaultdict(list)
    for n, claim in enumerate(claims):
        for m in claim:
            holding[m].append(n)
    return holding


def reseat(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
           t: Thresholds, graph: _Graph | None = None) -> list[list[int]]:
    """Give a member's seat to a sibling of its source that fits the claim clearly better (step 2)."""
    graph = graph or _Graph(probs)
    out = []
    for claim in claims:
        members = set(claim)
        sources = Counter(source_of[m] for m in claim)
        siblings: dict[str, list[int]] = defaultdict(list)
        for y in sorted({y for m in claim for y in graph.adj.get(m, {})} - members):
            siblings[source_of[y]].append(y)
        seats = list(claim)
        for n, x in enumerate(claim):
            best = _fit(members, sources, x, graph, source_of, t.unknown) + t.reseat_margin
            for y in siblings.get(source_of[x], []):
                if (score := _fit(members, sources, y, graph, source_of, t.unknown)) > best:
                    best, seats[n] = score, y
        out.append(sorted(set(seats)))
    return out


def attach(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
           t: Thresholds, graph: _Graph | None = None,
           repeat: Callable[[int, int], float] | None = None) -> list[list[int]]:
    """Let a passage join further claims whose sources it is missing from (step 3).

    Each claim is judged as it left step 2, so attached passages pull in no
    further members. A passage seated in a claim needs to fit the further
    claim within ``attach_margin`` of its own (the fits are :func:`_top_fit`,
    computed once per passage from its own links). Of each source the best
    fitting passage joins, and its runner-up too when ``repeat`` scores the
    two as one claim and the runner-up fits at ``second_at``.

    A candidate's links to the claim are gathered from the members' rows,
    once per claim: reading every candidate's own row instead cost the
    claim's neighbours times their degree, and an 80-source claim has
    thousands of neighbours. A candidate sits in no source of the claim, so
    all its links to members count (its fit equals :func:`_top_fit`); they
    are sorted before the mean, so the order they are gathered in does not
    change it.
    """
    graph = graph or _Graph(probs)
    sets = [set(c) for c in claims]
    counts = [Counter(source_of[m] for m in c) for c in claims]
    owners = _holders(claims)
    own_fit: dict[int, float] = {}

    def own(x: int) -> float:
        """How well x fits the claims it already sits in (0 for a passage in none)."""
        if x not in own_fit:
            fits = (_top_fit(sets[n], counts[n], x, graph, source_of, t) for n in owners.get(x, ()))
            own_fit[x] = max(fits, default=0.0)
        return own_fit[x]

    out: list[list[int]] = []
    runners_up: list[tuple[int, int, int]] = []  # (claim, a source's best passage, its runner-up)
    for n, claim in enumerate(claims):
        members, present = sets[n], counts[n]
        near: dict[int, list[float]] = defaultdict(list)
        for m in claim:
            for x, p in graph.adj.get(m, {}).items():
                if x not in members and source_of[x] not in present:
                    near[x].append(p)
        k = min(len(members), t.attach_top)
        ranked: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for x in sorted(near):
            known = sorted(near[x], reverse=True)[:k]
            score = (sum(known) + t.unknown * (k - len(known))) / k
            # a fit of 1 - attach_margin passes whatever x's own fit (at most 1): own() is not needed
            if score >= t.attach_at and (score >= 1 - t.attach_margin or score >= own(x) - t.attach_margin):
                ranked[source_of[x]].append((score, x))
        joined = list(claim)
        for fits in ranked.values():
            fits.sort(key=lambda f: (-f[0], f[1]))  # the best fit first; of equals, the earliest passage
            first = fits[0][1]
            joined.append(first)
            if len(fits) > 1 and repeat and fits[1][0] >= t.second_at:
                runners_up.append((n, first, fits[1][1]))
        out.append(joined)
    # The runners-up's repeat checks change no fit above, so they are scored together at the end.
    if repeat and runners_up:
        for (n, _, second), p in zip(runners_up, repeat_scores(repeat, [(a, b) for _, a, b in runners_up]),
                                     strict=True):
            if p >= t.second_at:
                out[n].append(second)
    return [sorted(c) for c in out]


def adopt_orphans(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
                  t: Thresholds, graph: _Graph | None = None) -> list[list[int]]:
    """Let a passage in no claim join the claim it matches best, its source there or not (step 4)."""
    graph = graph or _Graph(probs)
    claimed = {m for c in claims for m in c}
    owners = _holders(claims)
    out = [list(c) for c in claims]
    member_sets = [set(c) for c in claims]
    counts = [Counter(source_of[m] for m in c) for c in claims]
    for x in sorted(graph.adj.keys() - claimed):
        near = sorted({n for m in graph.adj[x] for n in owners.get(m, [])})
        scored = [(_top_fit(member_sets[n], counts[n], x, graph, source_of, t), -n) for n in near]
        if scored and (best := max(scored))[0] >= t.attach_at:
            out[-best[1]].append(x)
    return [sorted(c) for c in out]


def merge_overlapping(claims: list[list[int]], source_of: Sequence[str]) -> list[list[int]]:
    """One claim for claims sharing most members; none inside another (step 5).

    Claims are taken largest first; each joins the first earlier claim that
    holds it or shares at least half of the smaller one's members with it
    (keeping one passage per source). Only earlier claims sharing a member
    can qualify, so those are found through an index of members rather than
    by comparing every two claims (166 claims of 60 passages at 80 sources).
    """
    sets = [set(c) for c in sorted(claims, key=lambda c: (-len(c), c))]
    merged: list[set[int]] = []
    holding: dict[int, list[int]] = defaultdict(list)  # passage -> indices of merged claims holding it
    for c in sets:
        for n in sorted({n for x in c for n in holding.get(x, ())}):
            m = merged[n]
            shared = len(c & m)
            if c <= m:
                break
            union = c | m
            one_per_source = len({source_of[x] for x in union}) == len(union)
            if shared >= MERGE_SHARE * min(len(c), len(m)) and one_per_source:
                for x in c - m:
                    holding[x].append(n)
                m |= c
                break
        else:
            for x in c:
                holding[x].append(len(merged))
            merged.append(c)
    return [sorted(m) for m in merged]


# Value families (features.value_family_key: "kind:slot") that are no figure for split_seats:
# most sentences of a story share its dates and parts of day, and ages recur across people;
# counting them made the seeds' wrong pairs.
NOT_FIGURES = ("date:", "time:part", "number:age")
# A bare count's family; features.value_family_key appends the noun after it ("...:count:fan").
COUNT_FAMILY = "number:number:count"
BARE_COUNT = COUNT_FAMILY + ":"  # a count no noun follows


def figure_keys(values: Collection[str]) -> frozenset[str]:
    """The figures among a passage's ``family=value`` keys: what split_seats asks two passages to share."""
    return frozenset(_without_count_noun(v) for v in values if not v.split("=", 1)[0].startswith(NOT_FIGURES))


def _shared(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """The figures a and b share. A count whose noun went unread ("put the turnout at 3.5 million.",
    the sentence ends) says nothing against any noun: it matches a count of its value under any."""
    both = set(a & b)
    for one, other in ((a, b), (b, a)):
        for key in one:
            family, _, value = key.partition("=")
            if family == BARE_COUNT:
                same = {k for k in other if k.startswith(COUNT_FAMILY) and k.partition("=")[2] == value}
                if same:
                    both |= same | {key}
    return frozenset(both)


def _precise(key: str) -> bool:
    """True for a figure given to three significant digits or more (12,400; 74,212; 46.2), not a round one."""
    try:
        return len(Decimal(key.partition("=")[2]).normalize().as_tuple().digits) >= 3
    except ArithmeticError:
        return False


def _without_count_noun(key: str) -> str:
    """A count's key without the noun after it: outlets count one crowd as "spectators" and "fans"."""
    family, _, value = key.partition("=")
    if family.startswith(COUNT_FAMILY) and _precise(key):
        return f"{COUNT_FAMILY}={value}"
    return key


def _openings(graph: _Graph, source_of: Sequence[str]) -> set[int]:
    """Each source's first two passages in the candidate graph: its headline and lead, as a rule.

    Passage indices follow each source's passage order (align's docs do), so
    the lowest two of a source come first; a thin line between them (a
    dateline: no candidate pairs) is skipped, as it is no node of the graph.
    """
    seen: Counter[str] = Counter()
    out = set()
    for n in sorted(graph.adj):
        if seen[source_of[n]] < 2:
            seen[source_of[n]] += 1
            out.add(n)
    return out


def _conflicting(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a and b give a figure family (:func:`figure_keys`) values that share none."""
    ours: dict[str, set[str]] = defaultdict(set)
    theirs: dict[str, set[str]] = defaultdict(set)
    for keys, into in ((a, ours), (b, theirs)):
        for key in keys:
            family, _, value = key.partition("=")
            into[family].add(value)
    return any(not ours[f] & theirs[f] for f in ours.keys() & theirs.keys())


def share_seats(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
                t: Thresholds, figures: Sequence[frozenset[str]], repeat: Callable[[int, int], float],
                graph: _Graph | None = None) -> list[list[int]]:
    """Seat a source's headline beside its lead in a claim (or the lead beside the headline) (step 6).

    A passage x outside a claim that holds one passage y of x's source joins
    it when x and y are their source's opening pair (:func:`_openings`), x
    fits the claim (:func:`_top_fit`) at ``second_at``, x pairs at
    ``merge_at`` with at least half of the claim's other members and with two
    of them (one when there is only one), ``repeat`` scores x and y as one
    claim at ``second_at`` and the two give no figure family different values
    (:func:`_conflicting`): the source states the claim's fact twice, and
    one seat per source kept only the sentence that reached the claim first.
    The thresholds are attach's for a runner-up (step 3), no new ones.

    Why only the opening pair: measured on ECB+ (benchmarks/notes/seat_share.md),
    the same test on any two siblings added pairs of which 42% were wrong
    (against 23% of the aligner's pairs), the opening pair 22%; the repeat
    score, the fit, shared names or the share of strong pairs alone did not
    tell the rest apart. Each claim takes at most one extra passage per
    source (a source with two passages seated already takes none), so no
    claim absorbs a source's every sentence; claims are judged as step 5
    left them, so an added passage pulls nothing further in.
    """
    graph = graph or _Graph(probs)
    opening = _openings(graph, source_of)
    out = [list(c) for c in claims]
    asked: list[tuple[int, int, int]] = []  # (claim, x, its seated sibling)
    for n, claim in enumerate(claims):
        members = set(claim)
        sources = Counter(source_of[m] for m in claim)
        seated = {source_of[m]: m for m in claim if m in opening and sources[source_of[m]] == 1}
        near = sorted({x for m in claim for x in graph.adj.get(m, {})
                       if x in opening and x not in members and source_of[x] in seated})
        for x in near:
            y, others = seated[source_of[x]], len(members) - 1
            strong = sum(1 for p in _links(members, x, graph, source_of) if p >= t.merge_at)
            if strong < min(2, others) or strong < MERGE_SHARE * others:
                continue
            if _top_fit(members, sources, x, graph, source_of, t) < t.second_at:
                continue
            if not _conflicting(figures[x], figures[y]):
                asked.append((n, x, y))
    if asked:
        for (n, x, _), p in zip(asked, repeat_scores(repeat, [(min(x, y), max(x, y)) for _, x, y in asked]),
                                strict=True):
            if p >= t.second_at:
                out[n].append(x)
    return [sorted(c) for c in out]


def split_seats(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
                t: Thresholds, figures: Sequence[frozenset[str]], graph: _Graph | None = None
                ) -> list[list[int]]:
    """The claims, plus a claim for each passage blocked from one by its own source's sibling (step 7).

    A passage x outside a claim whose source sits in it (the sibling) is
    blocked. Its extra claim holds x and, of each other source in the claim,
    the member x pairs with best among those the model scores with it at
    ``split_at`` or more (``sure_split_at`` when the figure is precise, see
    :func:`_precise`) and that share with x a figure (``figures``, see
    :func:`figure_keys` and :func:`_shared`) the sibling lacks: the figure
    says x states something the sibling does not, and the strong pair that
    the partner states it too. Only those pairs are asserted, not x with
    the whole claim (that made many wrong pairs).

    A blocked x that sits in no claim (an orphan) needs no figure, only a
    pair at ``merge_at``: step 1 pairs two lone passages at that
    probability, and the orphan was left alone only because its partner
    joined a claim holding the orphan's sibling, whose seat then locked it
    out (adopt_orphans cannot help: one link among a claim's several
    members is too weak a fit). Its extra claim takes no seat from another
    claim, and without it the passage is lost. It gets one extra claim, from
    the blocking claim that holds its strongest pair, as step 1 would have
    paired it with its best partner: an extra claim from every blocking
    claim paired a sentence on the missing with a quote it merely shared
    a place with (a wrong pair at 0.41). This replaces, for orphans, the
    figure rule (``sure_split_at`` and a shared figure family), which
    found fewer. Measured with benchmarks/accuracy.py (issue #11): ECB+
    ecbplus 0.587/0.305 -> 0.590/0.303 (align_recall/wrong_pairs),
    held-out ecbplus 0.529/0.293 -> 0.534/0.289, ecb and held-out ecb
    within 0.001, the seeds 1.00/0.12 -> 1.00/0.11. merge_at is no knob
    tuned here: any value from 0.25 to 0.4 gives held-out ecbplus
    0.534/0.289-0.292 (0.5: 0.530/0.293), but a story's orphan may pair
    just above it (cupfinal's recap at 0.31).

    The step runs after merge_overlapping, and an extra claim is never merged
    into another: two blocked passages that pair with one member would merge
    into a star asserting pairs between them that nothing scored (measured:
    on ECB+ most of those were wrong). An extra claim inside an existing
    claim, or one found twice, is dropped.

    Links are gathered from the members' rows, as in :func:`attach`: the cost
    follows the members' degrees, not their neighbours' degrees.
    """
    graph = graph or _Graph(probs)
    holding = _holders(claims)  # passage -> claims holding it
    sets = [set(c) for c in claims]
    out = [list(c) for c in claims]
    seen: set[tuple[int, ...]] = set()
    orphans: dict[int, tuple[tuple[float, int], list[int]]] = {}  # x -> (its strongest pair, extra claim)
    seated_at = min(t.split_at, t.sure_split_at)  # below it a seated passage never splits
    lowest = min(seated_at, t.merge_at)
    # the passages holding a count without its noun: only their pairs need _shared's loose match
    bare = [any(k.startswith(BARE_COUNT + "=") for k in f) for f in figures]
    for claim, members in zip(claims, sets, strict=True):
        seated: dict[str, set[str]] = defaultdict(set)  # source -> the figures of its members here
        for m in claim:
            seated[source_of[m]] |= figures[m]
        best: dict[int, dict[str, tuple[float, int]]] = defaultdict(dict)  # x -> source -> (p, -member)
        for m in claim:
            for x, p in graph.adj.get(m, {}).items():
                if p < lowest or x in members or source_of[x] not in seated:
                    continue
                if x not in holding:  # an orphan: the pair step 1 would have made
                    if p < t.merge_at:
                        continue
                elif p < seated_at:
                    continue
                else:
                    fx, fm = figures[x], figures[m]
                    common = _shared(fx, fm) if bare[x] or bare[m] else fx & fm
                    shared = common - seated[source_of[x]]
                    sure = p >= t.sure_split_at and any(_precise(f) for f in shared)
                    if not shared or (p < t.split_at and not sure):
                        continue
                rank = (p, -m)  # of equal pairs, the earliest member
                if rank > best[x].get(source_of[m], (-1.0, 0)):
                    best[x][source_of[m]] = rank
        for x in sorted(best):
            extra = sorted([x, *(-m for _, m in best[x].values())])
            if x in holding:
                _add_extra(extra, x, out, seen, sets, holding)
            else:  # an orphan keeps the claim of its strongest pair, as step 1 would have paired it
                top = max(best[x].values())
                if top > orphans.get(x, ((-1.0, 0), []))[0]:
                    orphans[x] = (top, extra)
    for x in sorted(orphans):
        _add_extra(orphans[x][1], x, out, seen, sets, holding)
    return out


def _add_extra(extra: list[int], x: int, out: list[list[int]], seen: set[tuple[int, ...]],
               sets: Sequence[set[int]], holding: Mapping[int, Sequence[int]]) -> None:
    """Append split_seats' extra claim for x unless found before or inside a claim holding x."""
    key = tuple(extra)
    if key in seen or any(sets[n].issuperset(extra) for n in holding.get(x, ())):
        return
    seen.add(key)
    out.append(extra)


def box_pairs(claims: list[list[int]], source_of: Sequence[str], figures: Sequence[frozenset[str]],
              boxed: Sequence[frozenset[str]], graph: _Graph) -> list[list[int]]:
    """The claims, plus a claim for each fact-box line with the passages stating its precise figure (step 8).

    A fact-box or list line ("Trial participants: 14,212, followed for a
    median of 3.1 years.", "Fine: €18.5m") is a label and a figure: it
    shares few words with the prose sentence of another outlet that states
    the same figure, so the model scores the pair low (0.01-0.4 on our
    held-out stories) and no step above joins them; split_seats' precise
    figure counts only for a blocked passage the model already scores at
    ``sure_split_at``. Yet the figure is the line's whole fact: a precise
    one (:func:`_precise`) that the label introduces (``boxed``, the
    figure keys of features.PassageDoc.boxed) and another source's passage
    states too is the evidence. Measured on the candidate pairs of all
    stories (benchmarks/notes/box_align.md): of those sharing a precise
    figure below ``sure_split_at``, the pairs with a fact-box line were 10
    gold and none wrong, those of two prose passages 18 gold and 4 wrong;
    so only fact-box lines get it (a round boxed figure, "50bp" in a
    headline read as a label, cost a story a fact). The line's extra claim holds, of each
    other source, its best-scored candidate partner sharing the figure (as
    split_seats' extra claims, it takes no seat and is never merged); it is
    dropped when a claim holding the line holds them all already.
    """
    holding = _holders(claims)
    sets = [set(c) for c in claims]
    out = [list(c) for c in claims]
    seen = {tuple(c) for c in claims}
    for x in sorted(n for n, keys in enumerate(boxed) if any(_precise(k) for k in keys)):
        precise = frozenset(k for k in boxed[x] if _precise(k))
        best: dict[str, tuple[float, int]] = {}
        for m, p in graph.adj.get(x, {}).items():
            if source_of[m] == source_of[x] or not _shared(precise, figures[m]) & precise:
                continue
            if (p, -m) > best.get(source_of[m], (-1.0, 0)):
                best[source_of[m]] = (p, -m)
        if best:
            _add_extra(sorted([x, *(-m for _, m in best.values())]), x, out, seen, sets, holding)
    return out


def claims_from(probs: Mapping[Pair, float], repeat: Callable[[int, int], float], source_of: Sequence[str],
                t: Thresholds = Thresholds(), looked: Mapping[int, Collection[str]] | None = None,
                figures: Sequence[frozenset[str]] | None = None,
                boxed: Sequence[frozenset[str]] | None = None) -> list[list[int]]:
    """The eight steps above: lists of passage indices, two or more sources each.

    ``looked``: the sources each passage cut short by the candidate index looked in (see agglomerate).
    ``figures``: each passage's figures (:func:`figure_keys`); without them steps 6 to 8 are skipped.
    ``boxed``: the figures each passage's fact-box label introduces (:func:`figure_keys`); without
    them step 8 is skipped.
    """
    graph = _Graph(probs)  # built once for steps 2 to 7
    grown = reseat(agglomerate(probs, repeat, source_of, t, looked), probs, source_of, t, graph)
    attached = attach(grown, probs, source_of, t, graph, repeat)
    merged = merge_overlapping(adopt_orphans(attached, probs, source_of, t, graph), source_of)
    if figures is None:
        return merged
    shared = share_seats(merged, probs, source_of, t, figures, repeat, graph)
    split = split_seats(shared, probs, source_of, t, figures, graph)
    return split if boxed is None else box_pairs(split, source_of, figures, boxed, graph)


def claim_score(claim: Sequence[int], probs: Mapping[Pair, float]) -> float:
    """Mean probability over the claim's scored pairs."""
    vals = [probs[(a, b)] for x, a in enumerate(claim) for b in claim[x + 1:] if (a, b) in probs]
    return sum(vals) / len(vals) if vals else 0.0
