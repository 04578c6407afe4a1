"""Steps 2 to 5 of clustering: reseat a better sibling, attach to further claims, adopt orphans, merge.

Split out of cluster.py because these steps read only the probabilities and
the claims step 1 grew (no figures): each judges a passage by its fit to a
whole claim (clusterbase), and together they finish the claims every story
gets, before the figure steps of clusterseats.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

from sourcediff.align.clusterbase import (
    MERGE_SHARE,
    Pair,
    Thresholds,
    _fit,
    _Graph,
    _top_fit,
    holders,
    repeat_scores,
)


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
    owners = holders(claims)
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
    owners = holders(claims)
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
