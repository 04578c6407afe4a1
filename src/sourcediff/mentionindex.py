"""Which mention pairs the judge's rules can possibly connect, found through indexes.

A long article or many sources hold thousands of mentions per slot family;
trying every pair costs the square of that. Each rule of the judge needs one
kind of evidence that an index finds directly: a shared claim (index by
passage), a shared value (index by value key), similar passages (the pair
scores above a bar), matching words around the values at about the same
place in their articles (an inverted index over context words with prefix
filtering, its postings sorted by place), or a quotation's words (an index
over runs of words). The indexes only propose pairs:
the rules themselves (compare.py, diverge.py) still decide every pair, so a
report is the same as when every pair was tried.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from sourcediff.compat import SAME_QUOTE_MIN_WORDS, SAME_QUOTE_RUN, quote_words
from sourcediff.evidence import CONTEXT_MIN_OVERLAP, CONTEXT_REACH, Evidence
from sourcediff.model import Claim, Mention
from sourcediff.values import QuoteValue, Value

if TYPE_CHECKING:
    from sourcediff.fitpairs import Fits

Pair = tuple[int, int]
Node = tuple[str, int]
# Rounding slack for the prefix filter: a prefix is made a little longer than
# the arithmetic needs, never shorter, so float error cannot drop a pair.
_EPS = 1e-9


def ordered(i: int, j: int) -> Pair:
    return (i, j) if i < j else (j, i)


def by_passage(ms: Sequence[Mention], idx: Iterable[int]) -> dict[Node, list[int]]:
    """Mention indexes by the passage they sit in."""
    out: dict[Node, list[int]] = defaultdict(list)
    for i in idx:
        out[(ms[i].source, ms[i].passage)].append(i)
    return out


def cross_pairs(ms: Sequence[Mention], groups: Iterable[Sequence[int]],
                fits: Fits | None = None) -> set[Pair]:
    """Pairs of mentions from different sources within each group.

    With ``fits``, the pairs whose values may fit (`fitpairs`: perhaps a few more), found without
    trying every pair.
    """
    out: set[Pair] = set()
    for g in groups:
        if fits is not None and fits.worth(len(g) * len(g)):
            out.update(p for p in fits.within(g) if ms[p[0]].source != ms[p[1]].source)
            continue
        for i, j in itertools.combinations(g, 2):
            if ms[i].source != ms[j].source:
                out.add(ordered(i, j))
    return out


def key_groups(ms: Sequence[Mention], idx: Iterable[int],
               key: Callable[[Mention], Hashable | None]) -> list[list[int]]:
    """The mentions of each key (a value, an amount, a day) held by more than one; None is no key."""
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for i in idx:
        k = key(ms[i])
        if k is not None:
            groups[k].append(i)
    return [g for g in groups.values() if len(g) > 1]


def same_key_pairs(ms: Sequence[Mention], idx: Iterable[int],
                   key: Callable[[Mention], Hashable | None], fits: Fits | None = None) -> set[Pair]:
    """Cross-source pairs whose key (a value, an amount, a day) is the same; None never pairs."""
    return cross_pairs(ms, key_groups(ms, idx, key), fits)


def claim_pairs(ms: Sequence[Mention], idx: Iterable[int], claims: Sequence[Claim],
                fits: Fits | None = None) -> set[Pair]:
    """Cross-source pairs whose passages sit in one claim."""
    return cross_pairs(ms, claim_groups(ms, idx, claims), fits)


def claim_groups(ms: Sequence[Mention], idx: Iterable[int], claims: Sequence[Claim]) -> list[list[int]]:
    """The mentions of each claim that holds more than one of them."""
    at = by_passage(ms, idx)
    groups = []
    for c in claims:
        members = [i for p in c.members for i in at.get((p.source, p.index), ())]
        if len(members) > 1:
            groups.append(members)
    return groups


def scored_pairs(ms: Sequence[Mention], idx: Iterable[int], ctx: Evidence, threshold: float,
                 fits: Fits | None = None) -> set[Pair]:
    """Cross-source pairs whose passages score at least `threshold` (the aligner's pair score).

    A scorer that knows which passage pairs reach a score answers directly
    (`pairs_above(threshold)`, e.g. one that scores candidate pairs only),
    read as each passage's partners (`Evidence.similar`);
    score matrices are read with numpy; any other scorer is asked pair by
    pair for the passages involved only. With ``fits``, the pairs whose values
    may fit (`fitpairs`: perhaps a few more; a pair of one source may be left out).
    """
    at = by_passage(ms, idx)
    out: set[Pair] = set()
    partners = ctx.similar(threshold)
    if partners is not None:
        for node, here in at.items():
            for partner in partners.get(node, ()):
                _add_block(out, here, at.get(partner, ()), fits)
        return out
    per_source: dict[str, list[int]] = defaultdict(list)
    for src, p in at:
        per_source[src].append(p)
    matrices = getattr(ctx.scores, "matrices", None)
    for a, b in itertools.combinations(sorted(per_source), 2):
        pa, pb = sorted(per_source[a]), sorted(per_source[b])
        if isinstance(matrices, dict) and ((a, b) in matrices or (b, a) in matrices):
            m = matrices[(a, b)][np.ix_(pa, pb)] if (a, b) in matrices else matrices[(b, a)][np.ix_(pb, pa)].T
            hits: Iterable[tuple[int, int]] = zip(*np.nonzero(m >= threshold), strict=True)
            linked = [(pa[x], pb[y]) for x, y in hits]
        else:
            linked = [(x, y) for x in pa for y in pb if ctx.scores.get(a, x, b, y) >= threshold]
        for x, y in linked:
            _add_block(out, at[(a, x)], at[(b, y)], fits)
    return out


def _add_block(out: set[Pair], xs: Sequence[int], ys: Sequence[int], fits: Fits | None) -> None:
    """Add every pair of a member of xs and one of ys to ``out`` (with ``fits``: those that may fit)."""
    if fits is not None and fits.worth(len(xs) * len(ys)):
        out.update(fits.between(xs, ys))
        return
    for i in xs:
        for j in ys:
            out.add(ordered(i, j))


def context_pairs(ms: Sequence[Mention], idx: Sequence[int], ctx: Evidence,
                  other: Sequence[int] | None = None,
                  apart: Callable[[Mention], Hashable | None] | None = None,
                  tight: bool = False) -> set[Pair]:
    """Cross-source pairs that may pass `Evidence.same_local_context`.

    Prefix filtering: same_context asks that the shared weight reach
    CONTEXT_MIN_OVERLAP of the lighter window. Ordering every window's stems
    rarest first, a pair that shares none of the lighter window's shortest
    prefix holding more than the remaining share cannot qualify, so only
    those prefixes are looked up in the index. Postings are sorted by place
    in the article, so only the near ones (`Evidence.near`) are read: in a
    long story a common phrase then costs its neighbours, not every other
    use. With `other`, pairs run between idx and other only. With `apart`,
    two mentions with one key (not None) are never paired: a rule that
    wants different values does not pay for the many sources agreeing.
    With `tight`, for callers that ask same_context of every pair they get:
    stems are read rarest among these windows first (`_rarest_first`) and
    pairs sharing too few stems are left out (`_heaviest`). Not for
    compare._candidates: the judge's linking also links some of the loose
    set's pairs on other evidence (a passage score the scorer's list of
    similar pairs lacks), so a tighter set changes its clusters.
    """
    weight: dict[int, float] = {}
    terms: dict[int, list[str]] = {}
    wins = {i: win for i in set(idx) | set(other or ()) if (win := ctx.window(ms[i]))}
    order = _rarest_first(wins.values(), ctx) if tight else _by_idf(ctx)
    idf = ctx.idf
    for i, win in wins.items():
        terms[i] = sorted(win, key=order)
        weight[i] = sum(map(idf.get, win, itertools.repeat(1.0)))  # the same sum, each stem's idf or 1.0
    # Each mention's place once: the postings below read it once per stem of its window.
    place = {i: ctx.place(ms[i]) for i in terms}
    left = [i for i in idx if i in terms]
    right = [i for i in (other if other is not None else idx) if i in terms]
    shortest = _shortest(ms, terms, ctx)
    keys = {i: apart(ms[i]) for i in terms} if apart is not None else {}
    out: set[Pair] = set()
    for probe, indexed in ((left, right), (right, left)) if other is not None else ((left, left),):
        postings: dict[str, list[int]] = defaultdict(list)
        places: dict[str, list[float]] = defaultdict(list)
        for j in sorted(indexed, key=lambda j: (place[j], j)):
            at = place[j]
            for t in terms[j]:
                postings[t].append(j)
                places[t].append(at)
        for i in probe:
            at, reach = place[i], _reach(ctx, ms[i].source, shortest)
            # An article this short is near everything: no need to ask pair by pair.
            bounded = shortest is not None and ctx.passages.get(ms[i].source, 0) > CONTEXT_REACH
            own = keys.get(i)
            win, top, need = wins[i], _heaviest(terms[i], ctx), _needed(weight[i])
            seen: set[int] = set()
            for t in _prefix(terms[i], weight[i], ctx):
                first = bisect.bisect_left(places[t], at - reach)
                last = bisect.bisect_right(places[t], at + reach)
                for j in postings[t][first:last]:
                    if (j != i and j not in seen and weight[j] >= weight[i] - _EPS
                            and ms[i].source != ms[j].source and (own is None or keys.get(j) != own)
                            and (not bounded or ctx.near(ms[i], ms[j]))):
                        seen.add(j)
                        if not tight or len(win & wins[j]) * top >= need:
                            out.add(ordered(i, j))
    return out


def context_groups(ms: Sequence[Mention], idx: Sequence[int],
                   ctx: Evidence) -> tuple[list[list[int]], set[Pair]] | None:
    """Mentions grouped by the words around them, and the group pairs that may pass `Evidence.same_context`.

    When every article is short enough that all its passages are near each
    other (`Evidence.near`), whether two mentions' contexts match depends on
    their windows alone: many sources stating a value in one phrasing share
    one window, and the windows, not the mentions, are paired (with the
    prefix filter of `context_pairs`). None when some article is long: then
    places matter, and `context_pairs` pairs the mentions.
    """
    if not all_near(ms, idx, ctx):
        return None
    by_window: dict[frozenset[str], list[int]] = defaultdict(list)
    for i in idx:
        win = ctx.window(ms[i])
        if win:
            by_window[win].append(i)
    return list(by_window.values()), window_pairs(list(by_window), ctx)


def window_pairs(windows: Sequence[frozenset[str]], ctx: Evidence) -> set[Pair]:
    """Pairs of distinct windows (by position) that may pass `Evidence.same_context` (prefix filter)."""
    order = _rarest_first(windows, ctx)
    terms = [sorted(w, key=order) for w in windows]
    weight = [sum(ctx.idf.get(t, 1.0) for t in w) for w in windows]
    postings: dict[str, list[int]] = defaultdict(list)
    for n, ts in enumerate(terms):
        for t in ts:
            postings[t].append(n)
    out: set[Pair] = set()
    for x, ts in enumerate(terms):
        win, top, need = windows[x], _heaviest(ts, ctx), _needed(weight[x])
        seen: set[int] = set()
        for t in _prefix(ts, weight[x], ctx):
            for y in postings[t]:
                if y != x and y not in seen and weight[y] >= weight[x] - _EPS:
                    seen.add(y)
                    if len(win & windows[y]) * top >= need:
                        out.add(ordered(x, y))
    return out


def all_near(ms: Sequence[Mention], idx: Iterable[int], ctx: Evidence) -> bool:
    """True when every article of these mentions is short enough that all its passages are near each other.

    (See `Evidence.near`.) Then whether two mentions' contexts match depends on their windows alone.
    """
    return all(ctx.passages.get(ms[i].source, 0) <= CONTEXT_REACH for i in idx)


def near_pairs(ms: Sequence[Mention], idx: Iterable[int], ctx: Evidence) -> set[Pair]:
    """Cross-source pairs at about the same place in their articles (`Evidence.near`).

    Every cross-source pair when an article is short; in long ones each
    mention's neighbours are read off a list sorted by place.
    """
    order = sorted(idx, key=lambda i: (ctx.place(ms[i]), i))
    places = [ctx.place(ms[i]) for i in order]
    shortest = _shortest(ms, order, ctx)
    out: set[Pair] = set()
    for i in order:
        at, reach = ctx.place(ms[i]), _reach(ctx, ms[i].source, shortest)
        for j in order[bisect.bisect_left(places, at - reach):bisect.bisect_right(places, at + reach)]:
            if j != i and ms[i].source != ms[j].source and ctx.near(ms[i], ms[j]):
                out.add(ordered(i, j))
    return out


def _shortest(ms: Sequence[Mention], idx: Iterable[int], ctx: Evidence) -> int | None:
    """Passages of the shortest article among the mentions', None when one article's length is unknown."""
    lengths = [ctx.passages.get(ms[i].source) for i in idx]
    return None if None in lengths else min((n for n in lengths if n is not None), default=None)


def _reach(ctx: Evidence, source: str, shortest: int | None) -> float:
    """How far, as a share of an article, a mention of `source` may be near another mention."""
    n = ctx.passages.get(source)
    if n is None or shortest is None:
        return 2.0  # places are shares in [0, 1): everything
    return CONTEXT_REACH / min(n, shortest) + _EPS


def _rarest_first(windows: Iterable[frozenset[str]],
                  ctx: Evidence) -> Callable[[str], tuple[int, float, str]]:
    """The order the prefix filter reads a window's stems in: those in fewest of these windows first.

    Any one order over all stems keeps the filter exact (`_prefix`); it is
    selective when the prefixes hold stems few other windows hold. The
    passages' IDF is a poor guide to that when the articles are few
    passages long: in one paragraph of 1,200 sentences (one passage per
    article) every stem had the same IDF, the order fell back to the
    alphabet, and the 2,400 windows of the times gave 665,000 pairs to try,
    of which 1,308 matched; counted over the windows themselves, 147,000.
    Ties go to the rarer stem by IDF, then to the stem itself.
    """
    counts: Counter[str] = Counter()
    for w in windows:
        counts.update(w)
    return lambda t: (counts[t], -ctx.idf.get(t, 1.0), t)


def _by_idf(ctx: Evidence) -> Callable[[str], tuple[float, str]]:
    """The prefix filter's order of stems by the passages' IDF alone, rarest first."""
    return lambda t: (-ctx.idf.get(t, 1.0), t)


def _needed(total: float) -> float:
    """The shared weight a window of this weight needs with a heavier one, less the rounding slack."""
    return CONTEXT_MIN_OVERLAP * total - _EPS * max(1.0, total)


def _heaviest(terms: Sequence[str], ctx: Evidence) -> float:
    """The weight of a window's heaviest stem: n shared stems weigh at most n times that.

    A pair the prefix proposes shares one rare stem, yet must share most of
    the lighter window. Counting the shared stems (a set intersection, in C)
    drops most such pairs before the weights are summed; in one dense
    paragraph, windows of one template shared a rare stem with 100 times as
    many windows as they matched.
    """
    return max((ctx.idf.get(t, 1.0) for t in terms), default=0.0)


def _prefix(terms: list[str], total: float, ctx: Evidence) -> list[str]:
    """The rarest stems whose weight leaves less than the needed share in the rest."""
    need = _needed(total)
    rest = total
    out = []
    for t in terms:
        if rest < need:
            break
        out.append(t)
        rest -= ctx.idf.get(t, 1.0)
    return out


def quote_pairs(ms: Sequence[Mention], idx: Sequence[int]) -> set[Pair]:
    """Cross-source quotation pairs that may pass `compat.same_quotation` (see `quote_groups`)."""
    return cross_pairs(ms, quote_groups(ms, idx))


def quote_groups(ms: Sequence[Mention], idx: Sequence[int]) -> list[list[int]]:
    """Groups of quotations whose cross-source pairs may pass `compat.same_quotation`.

    same_quotation holds only for quotes of at least SAME_QUOTE_MIN_WORDS
    words that share a run of SAME_QUOTE_RUN words in a row (a quote
    contained in the other shares all its runs), or that are of one length
    and differ by one word (deleting one word from each leaves the same
    words). So each distinct quotation is keyed by its runs and by its
    one-word deletions, and only quotations sharing a key are paired: unlike
    sharing rare words, sharing a run of words stays rare as a story grows.
    The same quotation stated many times is keyed once, and is one group
    (with each quotation it may be, another).
    """
    same: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in idx:
        q = ms[i].value
        assert isinstance(q, QuoteValue)
        words = quote_words(q)
        if len(words) >= SAME_QUOTE_MIN_WORDS:
            same[words].append(i)
    # Most keys are one quotation's own (about 2,300 of the seeds' 2,400): the keys two quotations share
    # are found with set operations (in C), and only those are posted.
    keyed = [(words, _quote_keys(words)) for words in same]
    seen: set[tuple[object, ...]] = set()
    shared: set[tuple[object, ...]] = set()
    for _, keys in keyed:
        shared |= keys & seen
        seen |= keys
    postings: dict[tuple[object, ...], list[tuple[str, ...]]] = defaultdict(list)
    if shared:
        for words, keys in keyed:
            for key in keys & shared:
                postings[key].append(words)
    linked: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    for quotes in postings.values():
        linked.update(itertools.combinations(quotes, 2))
    return [*same.values(), *(same[wa] + same[wb] for wa, wb in linked)]


def _quote_keys(words: tuple[str, ...]) -> set[tuple[object, ...]]:
    """Every run of SAME_QUOTE_RUN words, the quote with each one word deleted, and runs with a gap.

    A run no longer than SAME_QUOTE_MIN_WORDS, so that a short quote
    contained in a longer one always shares one. A short quote trimmed from
    a longer one with one word swapped (`compat._one_swap_window`) may keep
    no such run when the swapped word sits inside it ("this is truly our
    moment" against "I believe this is clearly our moment, friends"): a run
    of one more word with an inner word left out (`_gapped`) is the key they
    share then.
    """
    n = min(SAME_QUOTE_RUN, SAME_QUOTE_MIN_WORDS)
    # The keys are built in C (zip over shifted slices, tuple concatenation): a story's quotations give
    # thousands of them, and unpacking each into a display was most of the judge's quotation grouping.
    runs: set[tuple[object, ...]] = set(zip(itertools.repeat("run"), *(words[i:] for i in range(n))))
    dels = {_DEL + words[:k] + words[k + 1:] for k in range(len(words))}
    return runs | _gapped(words, n) | dels


_DEL: tuple[object, ...] = ("del",)


def _gapped(words: tuple[str, ...], n: int) -> set[tuple[object, ...]]:
    """Runs of ``n + 1`` and ``2n - 1`` words with one inner word (one that leaves no run of ``n``) out.

    A window differing from a quote of m words in one word p keeps an intact
    run of ``n`` words unless both sides of p are shorter than ``n``: then m
    is at most ``2n - 1``, and the window's words around p, as long as the
    quote, are one of these runs with p left out.
    """
    keys: set[tuple[object, ...]] = set()
    for width in range(n + 1, 2 * n):
        for p in range(max(1, width - n), min(width - 1, n)):
            # ("gap", width, p, *run[:p], *run[p + 1:]) for every run of ``width`` words, made by zip
            keys.update(zip(itertools.repeat("gap"), itertools.repeat(width), itertools.repeat(p),
                            *(words[i:] for i in range(width) if i != p)))
    return keys


class UnionFind:
    """Disjoint sets of mention indexes: which mentions some chain of links connects.

    The judge's clustering decides link by link only where the order of the
    links can matter; elsewhere it needs no more than what is connected.
    """

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while (up := parent.get(root, root)) != root:
            root = up
        while i != root:  # path compression: the next find of this chain is one step
            parent[i], i = root, parent[i]
        return root

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def groups(self, idx: Iterable[int]) -> list[list[int]]:
        """The sets of more than one index among `idx`, each in index order, ordered by their first index."""
        out: dict[int, list[int]] = defaultdict(list)
        for i in sorted(idx):
            out[self.find(i)].append(i)
        return [g for g in out.values() if len(g) > 1]


def connect(ms: Sequence[Mention], group: Sequence[int], joined: UnionFind,
            fits: Callable[[Value, Value], bool]) -> None:
    """Join every cross-source pair of `group` whose values fit, without trying every pair.

    A group (one claim's mentions, one shared value key) at 80 sources holds
    80 mentions of a few values; its pairs number in the thousands, yet which
    mentions they connect follows from the values: every mention of a value
    is joined to up to two mentions of each fitting value that come from
    different sources (two, so that a mention from the first one's source
    still finds a partner), which connects exactly what the pairs connect.
    `fits(a, b)` is asked for the lower mention index first; when a value
    pair fits one way only, its mentions are tried pair by pair.
    A group from one source has no such pair: of the seeds' 156 groups a
    compare, 96 (a figure one article repeats, a claim's mentions of one
    source) are left before their values are hashed and fitted.
    """
    if not group or all(ms[i].source == ms[group[0]].source for i in group):
        return
    by_value: dict[Value, list[int]] = defaultdict(list)
    for i in group:
        by_value[ms[i].value].append(i)
    leads = {v: _two_sources(ms, idx) for v, idx in by_value.items()}
    values = list(by_value)
    for n, v in enumerate(values):
        for w in values[n:]:
            forward = fits(v, w)
            if w is not v and fits(w, v) != forward:
                for i in by_value[v]:
                    for j in by_value[w]:
                        lo, hi = ordered(i, j)
                        if ms[i].source != ms[j].source and fits(ms[lo].value, ms[hi].value):
                            joined.union(i, j)
                continue
            if forward:
                _join(ms, by_value[v], leads[w], joined)
                if w is not v:
                    _join(ms, by_value[w], leads[v], joined)


def _two_sources(ms: Sequence[Mention], idx: Sequence[int]) -> list[int]:
    """The first mention, and the first from another source when there is one."""
    out = [idx[0]]
    for i in idx:
        if ms[i].source != ms[out[0]].source:
            out.append(i)
            break
    return out


def _join(ms: Sequence[Mention], members: Sequence[int], leads: Sequence[int], joined: UnionFind) -> None:
    for i in members:
        for r in leads:
            if ms[r].source != ms[i].source:
                joined.union(i, r)
