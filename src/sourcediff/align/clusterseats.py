"""Steps 6 to 8 of clustering: seats for passages that one seat per source or low word scores kept out.

A headline beside its lead (``share_seats``), a passage blocked by its own
source's sibling (``split_seats``), a fact-box line with the prose stating
its figure (``box_pairs``). Split out of cluster.py because these steps run
only with the passages' figures (clusterfigures), and add claims or
passages on that evidence once the claims of steps 1 to 5 are final.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

from sourcediff.align.clusterbase import (
    MERGE_SHARE,
    Pair,
    Thresholds,
    _Graph,
    _links,
    _top_fit,
    holders,
    repeat_scores,
)
from sourcediff.align.clusterfigures import (
    BARE_COUNT,
    COUNT_FAMILY,
    figure_qualifiers,
    figures_conflict,
    precise_key,
    shared_figures,
    values_fit,
)
from sourcediff.digitswap import transposed


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
    (:func:`figures_conflict`): the source states the claim's fact twice, and
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
            if not figures_conflict(figures[x], figures[y]):
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
    :func:`precise_key`) and that share with x a figure (``figures``, see
    :func:`figure_keys` and :func:`shared_figures`) the sibling lacks: the figure
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
    holding = holders(claims)  # passage -> claims holding it
    sets = [set(c) for c in claims]
    out = [list(c) for c in claims]
    seen: set[tuple[int, ...]] = set()
    orphans: dict[int, tuple[tuple[float, int], list[int]]] = {}  # x -> (its strongest pair, extra claim)
    seated_at = min(t.split_at, t.sure_split_at)  # below it a seated passage never splits
    lowest = min(seated_at, t.merge_at)
    # the passages holding a count without its noun: only their pairs need shared_figures's loose match
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
                    common = shared_figures(fx, fm) if bare[x] or bare[m] else fx & fm
                    shared = common - seated[source_of[x]]
                    sure = p >= t.sure_split_at and any(precise_key(f) for f in shared)
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


def _box_evidence(key: str) -> bool:
    """Whether a boxed figure ties its line to another source's passage stating it.

    A precise figure (:func:`precise_key`) does wherever it is, and so does a
    round one with a unit, a currency, a percent or the noun it counts
    ("Capacity: 48 MW", "Defence: €9.6bn", "Conditions: 28" read with its
    label's noun): the label says which fact of the story the figure is,
    and the partner must state that very figure in that very family. Only a
    round count no noun follows ("Arrests: 5" read with no noun) says
    nothing of what it counts, and shared_figures would let it match a count of
    anything (benchmarks/notes/listalign.md).
    """
    return precise_key(key) or not key.startswith(BARE_COUNT + "=")


def _hedged_fit(evidence: frozenset[str], figures: frozenset[str]) -> bool:
    """Whether a passage states one of a box line's figures hedged or as a bound that fits it.

    "Ambulances diverted: 41" against "nearly 40 ambulances", "Schools
    shut: 31" against "more than 30 schools": the prose rounds what the box
    lists, and says so; the figure fits as the judge fits it
    (clusterfigures.figures_conflict). Only a figure its writer hedged or bounded
    counts: an unhedged 40 against 41 is another figure. The family must be
    the same, a count's noun included: a precise count's key has lost its
    noun (figure_keys), and "Doses given: 2,150" fitted "more than 1,900
    contacts" (benchmarks/notes/listalign.md). Counts only: a hedged sum or
    measure within rounding is measurejoin's (step 9), which weighs the
    claim it joins; fitted here first, "about €412bn" took a budget's lead
    out of the claim of its spending total. (:func:`_near_fit`, ranked after
    this one, does join such a sum when it is within a tenth: that
    story's figures did not move, benchmarks/notes/align37.md.)
    """
    hedged = {k for k in figures if k in figure_qualifiers(figures)}
    for key in evidence:
        family, _, value = key.partition("=")
        if not family.startswith(COUNT_FAMILY):
            continue
        for other in hedged:
            theirs, _, their_value = other.partition("=")
            if theirs == family and values_fit(theirs, value, their_value, {}, figure_qualifiers(figures)):
                return True
    return False


def _hedged_box_fit(evidence: frozenset[str], mine: frozenset[str], figures: frozenset[str]) -> bool:
    """Whether a passage states, unhedged and precise, a count that a box line's hedged count fits.

    "Crossings: over 400" against a wire's "412 crossings": the box rounds
    what the prose counts, the other way round from :func:`_hedged_fit`.
    The prose figure must be precise (:func:`precise_key`: a round "900" is
    no count the bound was rounded from) and of the box's family, or a
    precise count whose noun figure_keys dropped ("612 summits" keys as a
    bare count).
    """
    quals = figure_qualifiers(mine)
    for key in evidence:
        family, _, value = key.partition("=")
        if not family.startswith(COUNT_FAMILY) or key not in quals:
            continue
        for other in figures:
            theirs, _, their_value = other.partition("=")
            if (other not in figure_qualifiers(figures) and precise_key(other)
                    and theirs in (family, COUNT_FAMILY)
                    and values_fit(family, value, their_value, quals, {})):
                return True
    return False


NEAR_SHARE = 0.10  # a box line's precise figure against prose that rounds, misprints or disputes it


def _near_fit(evidence: frozenset[str], figures: frozenset[str]) -> bool:
    """Whether a passage states one of a box line's precise figures within a tenth, unhedged.

    "Branches: 2,386" against a wire's "2,368 branches", "Arrears: £735m"
    against "£730m", "Prize money: $1.53 million" against "$1.35 million"
    (two neighbouring digits swapped, `digitswap.transposed`): one outlet
    rounds or miscopies the figure the other lists, and no hedge says so (:func:`_hedged_fit` needs
    one). Within ``NEAR_SHARE`` (a tenth; 3 % before align39) the figures
    may also be in dispute, "Staff: 2,480" against "2,310 staff": the
    divergence the report exists to show (benchmarks/notes/align39.md).
    The family must be the same (unit, currency, a count's noun where
    read) and the box figure precise (:func:`precise_key`): a round one ("5
    schools") is within a tenth of nothing but itself. A passage
    stating the figure itself, or hedging a count it fits, is preferred
    (box_pairs ranks them first).
    """
    for key in evidence:
        if not precise_key(key):
            continue
        family, _, value = key.partition("=")
        try:
            mine = float(value)
        except ValueError:
            continue
        for other in figures:
            theirs, _, their_value = other.partition("=")
            if theirs != family:
                continue
            try:
                near = float(their_value)
            except ValueError:
                continue
            if mine != near and (abs(mine - near) <= NEAR_SHARE * max(abs(mine), abs(near))
                                 or transposed(value, their_value)):
                return True
    return False



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
    """The claims, plus a claim for each fact-box line with the passages stating its figure (step 8).

    A fact-box or list line ("Trial participants: 14,212, followed for a
    median of 3.1 years.", "Fine: €18.5m") is a label and a figure: it
    shares few words with the prose sentence of another outlet that states
    the same figure, so the model scores the pair low (0.01-0.4 on our
    held-out stories) and no step above joins them; split_seats' precise
    figure counts only for a blocked passage the model already scores at
    ``sure_split_at``. Yet the figure is the line's whole fact: a precise
    one (:func:`precise_key`) that the label introduces (``boxed``, the
    figure keys of features.PassageDoc.boxed) and another source's passage
    states too is the evidence. Measured on the candidate pairs of all
    stories (benchmarks/notes/box_align.md): of those sharing a precise
    figure below ``sure_split_at``, the pairs with a fact-box line were 10
    gold and none wrong, those of two prose passages 18 gold and 4 wrong;
    so only fact-box lines get it. A round figure counts too when its
    family names the fact (:func:`_box_evidence`: a unit, a currency, a
    percent, a counted noun; benchmarks/notes/listalign.md), but not in a
    headline, whose colon is no label ("Bank goes big: 50bp" cost a story a
    fact: align keeps only a title's precise boxed figures). The line's
    extra claim holds, of each other source, its best-scored candidate
    partner stating the figure, or, when none of that source does, hedging
    a count it fits (:func:`_hedged_fit`), or else stating a precise figure
    up to a tenth off (:func:`_near_fit`) (as split_seats' extra claims, it
    takes no seat and is never merged); it is dropped when a claim holding
    the line holds them all already.
    """
    holding = holders(claims)
    sets = [set(c) for c in claims]
    out = [list(c) for c in claims]
    seen = {tuple(c) for c in claims}
    for x in sorted(n for n, keys in enumerate(boxed) if any(_box_evidence(k) for k in keys)):
        evidence = frozenset(k for k in boxed[x] if _box_evidence(k))
        # (rank, p, -member) per source: a passage stating the figure itself (2) beats one hedging
        # it (1), which beats one stating it up to a tenth off (0)
        best: dict[str, tuple[int, float, int]] = {}
        for m, p in graph.adj.get(x, {}).items():
            if source_of[m] == source_of[x]:
                continue
            rank = (2 if shared_figures(evidence, figures[m]) & evidence
                    else 1 if _hedged_fit(evidence, figures[m])
                    or _hedged_box_fit(evidence, figures[x], figures[m])
                    else 0 if _near_fit(evidence, figures[m]) else -1)
            if rank < 0:
                continue
            if (rank, p, -m) > best.get(source_of[m], (-1, -1.0, 0)):
                best[source_of[m]] = (rank, p, -m)
        for source, m in _timed_outside(x, evidence, best, source_of, figures, graph).items():
            best[source] = (2, 0.0, -m)
        if best:
            _add_extra(sorted([x, *(-m for _, _, m in best.values())]), x, out, seen, sets, holding)
    return out


def _timed_outside(x: int, evidence: frozenset[str], found: Mapping[str, object], source_of: Sequence[str],
                   figures: Sequence[frozenset[str]], graph: _Graph) -> dict[str, int]:
    """For each other source with no candidate partner of box line ``x``, its one passage timing the event
    the line's label times (a "timed:" key, align.boxdates), though the index never proposed the pair.

    "Time of sinking: approx. 04:50" and a tabloid's "The packed boat sank off the island at around
    4.15am" share no word, so no candidate pair holds them; the label's event and the sentence's verb,
    each beside a clock, are the evidence, and only a source timing that event in one passage gives one.
    """
    timed = {k for k in evidence if k.startswith(("timed:", "yeared:"))}
    if not timed:
        return {}
    near = graph.adj.get(x, {})
    hits: dict[str, list[int]] = defaultdict(list)
    for m, keys in enumerate(figures):
        if source_of[m] != source_of[x] and source_of[m] not in found and m not in near and timed & keys:
            hits[source_of[m]].append(m)
    return {source: ms[0] for source, ms in hits.items() if len(ms) == 1}
