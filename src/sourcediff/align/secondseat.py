"""A seated passage stating several facts takes a second seat beside its own source (issue #11, after step 8).

A lead or a live blog's recap states several facts ("the toll stands at
seven dead, 43 injured and 600 homes damaged"). Clustering seats it in one
claim, and attach fills only the sources a claim lacks: when the claim of its
second fact already holds another sentence of the same source (the body
sentence that repeats the injured), the lead is never offered that seat, and
the gold pairs of its second fact with the other outlets are lost
(``split_seat_taken`` and its kin in benchmarks/align_diagnose.py). The
figure joins of multifact.py cannot reach most of these: the two sides share
no figure key, or the claim's members state other figures too
(benchmarks/notes/oneseat.md counts the classes).

The evidence here is the pair model's, read as attach reads a source's
runner-up. A passage X joins a claim C it is not in when

- X states two figures or more (cluster.figure_keys: dates and parts of day
  are no figures), already sits in a claim, and is no headline: a sentence
  stating one fact has one claim, and a headline sums up the story;
- C holds a passage of X's source (the seat is taken: a claim lacking X's
  source was open to X through attach and its own thresholds, and a second
  path there joined sentences to claims of a neighbouring fact);
- C holds no headline but X's own, right above X: a headline sums up the
  story, and its claim is the story's rather than one fact's (multifact.py
  found the same); seating any lead beside its own headline joined ECB+
  leads to headline claims the gold anchors elsewhere (cluster.share_seats,
  step 6, weighs that opening pair with the repeat score). Yet a headline
  often states one of its lead's facts ("Harlow to raise 2.6 billion a
  year") and the other outlets' sentences of that fact join it; the lead
  right below, stating that fact and another, is then refused the one claim
  its second fact has, its headline holding the seat
  (benchmarks/notes/seat41.md);
- X does not sit already with every other-source member of C (in the claim
  that seats it): a second seat there adds no pair, only a near copy of a
  claim (the seeds' contract claims);
- C's members from other sources are two or more, and X pairs with every
  one of them at ``merge_at`` or more (each pair proposed by the index and
  judged one fact by the model), with a mean of ``second_at`` or more (the
  fit attach asks of a source's runner-up); or C is a pair, X's sibling and
  one other source's passage M, M pairs with the sibling below
  ``second_at`` (a doubtful pair; a firm one states its own fact, such as a
  race's winning time beside a lead that also names the race), and M pairs
  with X at ``second_at`` or more and better than with any other passage of
  X's source: M's best partner there is X, so the doubtful pair was made
  only because X's seat was taken (a weekly's "the biggest catch on
  record" sits beside the trade site's unrelated count of earlier raids,
  while the trade site's lead, which says "its biggest haul in a decade",
  is seated with the other leads); one other source is no agreement unless
  it chose X itself;
- no figure of X conflicts with a member's (the same family, no value in
  common: cluster.figures_conflict), a count read with its noun ("more than 450
  flights" against "412 flights"): X would tell C's fact otherwise, and a
  rival count is rivaljoin.py's to weigh, whose tests ask that X's source
  have no passage in C;
- C holds no quotation unless X holds one: a claim holding someone's words
  is the claim of the quote, and a narrative sentence sharing its figure
  ("shut down 40 seconds early") reports the event, not the words.

The pair model often scores a long multi-fact passage low against short
one-fact sentences (benchmarks/notes/seat44.md: the merge_at test refused
most of the misses the stories named). A figure then stands in for the
model's scores, as multifact.py reads it, when C is plainly the claim of X's
*second* fact (:func:`_seats_by_figure`): C's members from other sources are
of two sources or more, each states a figure of X's that none of X's own
claim's other-source members states (the second fact's, not the one X is
seated for), none states X's seated fact's figure, and none states a figure
X does not state (C is then the claim of that figure alone: a claim whose
members say more shares one figure with many sentences, and joining those
made wrong pairs at nearly the rate it found gold ones). The index must
have proposed X with one of them, and the headline, sits-with-all,
conflict and quotation tests hold as above.

Thresholds are the clustering's own (``merge_at``, ``second_at``); there is
no new knob. The step only adds passages to claims, reading the claims as
they were given, so the order of claims does not matter and a passage
joins on what the earlier steps built, never on another join of this step.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from sourcediff.align.cluster import Pair, Thresholds
from sourcediff.align.clusterfigures import figures_conflict
from sourcediff.align.multifact import joins_by
from sourcediff.model import Kind, SourceInfo


def quoted_docs(sources: Sequence[SourceInfo], keys: Sequence[tuple[str, int]]) -> frozenset[int]:
    """The aligner's passages (by their place in ``keys``, (source, passage) pairs) holding a quotation."""
    quotes = {(s.article.id, m.passage) for s in sources for m in s.mentions if m.kind is Kind.QUOTE}
    return frozenset(n for n, key in enumerate(keys) if key in quotes)


def seat_multi_fact(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
                    figures: Sequence[frozenset[str]], thresholds: Thresholds,
                    titles: Collection[int] = (), quoted: Collection[int] = (),
                    counted: Sequence[frozenset[str]] | None = None) -> list[list[int]]:
    """The claims, each joined by the seated multi-fact passages its other sources pair with (see module).

    ``counted``: each passage's figures with every count's noun kept (figure_keys drops the noun of a
    precise count); the conflict test reads them as well as ``figures``, so "412 flights" and "more
    than 450 flights" conflict.
    """
    seated = {m for c in claims for m in c}
    many = {n for n in seated if len(figures[n]) >= 2 and n not in titles}
    if not many:
        return claims
    strong: dict[int, dict[int, float]] = defaultdict(dict)  # a multi-fact passage -> its strong partners
    for (i, j), p in probs.items():
        if p < thresholds.merge_at:
            continue
        if i in many:
            strong[i][j] = p
        if j in many:
            strong[j][i] = p
    holding: dict[int, list[int]] = defaultdict(list)  # a passage -> the claims it sits in
    for n, claim in enumerate(claims):
        for m in claim:
            holding[m].append(n)
    counted = counted or figures
    best: dict[tuple[int, str], float] = defaultdict(float)  # (passage, source) -> its best pair there
    for (i, j), p in probs.items():
        best[i, source_of[j]] = max(best[i, source_of[j]], p)
        best[j, source_of[i]] = max(best[j, source_of[i]], p)
    near: dict[int, set[int]] = defaultdict(set)  # a multi-fact passage -> the passages proposed with it
    for i, j in probs:
        if i in many:
            near[i].add(j)
        if j in many:
            near[j].add(i)
    out = [list(c) for c in claims]
    for x in sorted(many):
        partners = strong.get(x, {})
        beside = {m for k in holding[x] for m in claims[k]}  # the passages x sits with already
        own = frozenset(k for m in beside if source_of[m] != source_of[x] for k in figures[m])
        for n in sorted({n for m in near[x] for n in holding[m]}):
            if all(m in beside for m in claims[n] if source_of[m] != source_of[x]):
                continue  # x and the claim's other sources are together already: nothing to add
            if (_seats(x, claims[n], partners, source_of, figures, thresholds, titles, quoted, counted,
                       best, probs)
                    or _seats_by_figure(x, claims[n], own, near[x], source_of, figures, titles, quoted,
                                         counted)):
                out[n].append(x)
    return [sorted(c) for c in out]


def _seats_by_figure(x: int, claim: Sequence[int], own: frozenset[str], near: Collection[int],
                     source_of: Sequence[str], figures: Sequence[frozenset[str]], titles: Collection[int],
                     quoted: Collection[int], counted: Sequence[frozenset[str]]) -> bool:
    """Whether x, proposed with a member, takes a seat taken by its source in the claim of its second figure.

    ``own``: the figures of x's own claims' members from other sources (the fact x is seated for);
    ``near``: the passages the index proposed with x.
    """
    if x in claim:
        return False
    others = [m for m in claim if source_of[m] != source_of[x]]
    if len(others) == len(claim) or len({source_of[m] for m in others}) < 2:
        return False  # a free seat is attach's; one other source is no agreement
    if not any(m in near for m in others):
        return False  # a passage the index never looked at with x is no evidence
    if any(m in titles and not _headline_above(m, x, source_of) for m in claim):
        return False
    second = frozenset(k for k in figures[x] if joins_by(k)) - own
    for m in others:
        if own & figures[m] or not second & figures[m]:
            return False  # m states x's seated fact, or not its second one
        if any(joins_by(k) and k not in figures[x] for k in figures[m]):
            return False  # m states more than x's figure: the claim is about more than it
    if any(figures_conflict(figures[x], figures[m]) or figures_conflict(counted[x], counted[m])
           for m in claim):
        return False
    return x in quoted or not any(m in quoted for m in claim)


def _seats(x: int, claim: Sequence[int], partners: Mapping[int, float], source_of: Sequence[str],
           figures: Sequence[frozenset[str]], thresholds: Thresholds, titles: Collection[int],
           quoted: Collection[int], counted: Sequence[frozenset[str]],
           best: Mapping[tuple[int, str], float] | None = None,
           probs: Mapping[Pair, float] | None = None) -> bool:
    """Whether x, outside the claim, takes a second seat in it (the tests of the module docstring)."""
    if x in claim:
        return False
    others = [m for m in claim if source_of[m] != source_of[x]]
    if len(others) == len(claim):
        return False  # the seat is not taken: attach's job
    if len(others) < 2 and not _chosen(x, claim, others, partners, source_of, thresholds, best or {},
                                            probs or {}):
        return False  # one other source is no agreement, unless it prefers x to all of x's source
    if any(m in titles and not _headline_above(m, x, source_of) for m in claim):
        return False  # a headline's claim sums up the story, unless the headline is x's own, right above it
    if any(m not in partners for m in others):
        return False
    if sum(partners[m] for m in others) / len(others) < thresholds.second_at:
        return False
    if any(figures_conflict(figures[x], figures[m]) or figures_conflict(counted[x], counted[m])
           for m in claim):
        return False
    return x in quoted or not any(m in quoted for m in claim)


def _chosen(x: int, claim: Sequence[int], others: Sequence[int], partners: Mapping[int, float],
            source_of: Sequence[str], thresholds: Thresholds, best: Mapping[tuple[int, str], float],
            probs: Mapping[Pair, float]) -> bool:
    """Whether a doubtful pair claim's other member pairs with x at ``second_at``, best in x's source."""
    if len(claim) != 2 or len(others) != 1:
        return False
    (m,) = others
    (sibling,) = [k for k in claim if k != m]
    if max(probs.get((m, sibling), 0.0), probs.get((sibling, m), 0.0)) >= thresholds.second_at:
        return False  # a firm pair: the sibling states the fact M states
    fit = partners.get(m, 0.0)
    return fit >= thresholds.second_at and fit >= best.get((m, source_of[x]), 0.0)


def _headline_above(title: int, x: int, source_of: Sequence[str]) -> bool:
    """Whether the headline ``title`` is x's source's, right above x (docs follow source, then text order)."""
    return title == x - 1 and source_of[title] == source_of[x]
