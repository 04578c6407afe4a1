"""A passage stating two facts, aligned in two claims: the value each claim leaves it.

"The board cites a study in which 58 per cent of nurses reported overtime,
and a poll in which 41 per cent of patients waited a week" is rightly
aligned both with another outlet's study sentence and with its poll
sentence. It states two percents, so the single-value rule
(`diverge.divergent_pairs`) cannot say which one a partner contradicts, and
the leftover rule (`divergeleftover`) needs the figure the two share inside
one claim. Yet when one of its values is agreed, in another claim, by a
passage of another source stating that value alone, that claim has taken it:
the one value left is what the passage states for this claim, and a
partner's single value of the family here may be its rival ("61 per cent of
nurses" against the 58).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from sourcediff.divergeleftover import change_end, figure_label, short_of_near
from sourcediff.divergepair import (
    DIVERGE_MIN_SCORE,
    STRONG_CLAIM_SCORE,
    Compatible,
    one_size,
    values_contradict,
    written_year,
)
from sourcediff.evidence import Evidence
from sourcediff.model import Claim, Mention
from sourcediff.values import Money, Quantity

Node = tuple[str, int]


def apart(claim: Claim, here: set[Node], node: Node, twins: frozenset[Node] = frozenset()) -> bool:
    """Whether ``claim`` shares no passage but ``node`` (or a twin) with the claim of passages ``here``.

    Two claims joined only by the two-fact passage are two facts the other
    sources state apart; two that share more passages ("carried with 72.5
    percent for, while 27.1 percent voted against" beside the vote's other
    sentences) are
    one fact's two sides, and a figure agreed in one says nothing of which
    side the other's partner speaks of.

    A twin is another outlet's passage packing the same values of the family
    as ``node`` (`split_year_pairs`): it sits in both claims for the same
    reason ``node`` does, so it joins them no more than ``node`` does.
    """
    return all((p.source, p.index) == node or (p.source, p.index) in twins or (p.source, p.index) not in here
               for p in claim.members)


def _one_size_if_amounts(a: Mention, b: Mention) -> bool:
    """Two amounts within BOUND_REACH of each other; days and clock times are left to `values_contradict`."""
    amounts = isinstance(a.value, Money | Quantity) and isinstance(b.value, Money | Quantity)
    return not amounts or one_size(a, b)


def split_passage_pairs(ms: Sequence[Mention], claims: Sequence[Claim],
                        where: dict[tuple[str, int, str], list[int]], ctx: Evidence,
                        twins_apart: bool = False) -> list[tuple[int, int]]:
    """Pairs of a two-fact passage's value left for a claim against a partner's single value there.

    ``where`` holds each passage's divergeable mentions by slot family (as
    `diverge.divergent_pairs` builds it). A value counts as taken only when
    another claim's partner states it alone and agrees with it; exactly one
    value must be left, and none may end a change ("from"/"to"); the partner
    here must state none of the passage's values, of any family ("fares
    are 2.4 per cent lower ... parking 9.5 per cent dearer" against "fares
    fell 2.4%": it speaks of that one); two amounts must be of one size
    (`divergepair.one_size`), as two leftovers must, since the evidence is
    as indirect; and the two passages must score as a
    pair of one fact (DIVERGE_MIN_SCORE) or sit in a claim the aligner is
    sure of (STRONG_CLAIM_SCORE), as the single-value rule asks: a passage
    packing two facts scores low against a partner stating only one of them.
    With ``twins_apart``, passages of other sources packing the same values
    of the family (`_twins`) do not join the two claims (`apart`), and a
    partner whose figure is named as the leftover is (`_labelled_alike`)
    needs no pair score: a fact box's line ("First passengers: 2031") scores
    low against the long sentence it answers.
    """
    single: dict[Node, dict[str, int]] = defaultdict(dict)
    multi: dict[Node, dict[str, list[int]]] = defaultdict(dict)
    stated: dict[Node, list[int]] = defaultdict(list)
    for k, m in enumerate(ms):
        stated[(m.source, m.passage)].append(k)
    for (s, i, f), idx in where.items():
        if len(idx) == 1:
            single[(s, i)][f] = idx[0]
        else:
            multi[(s, i)][f] = idx
    in_claims: dict[Node, list[int]] = defaultdict(list)
    for c, claim in enumerate(claims):
        for p in claim.members:
            in_claims[(p.source, p.index)].append(c)
    same = Compatible()

    def agree(k: int, j: int, f: str) -> bool:
        return same(ms[k], ms[j], f) and same(ms[j], ms[k], f)

    def partners(c: int, node: Node, f: str) -> list[tuple[Node, int]]:
        """Members of claim ``c`` from other sources with one value of family ``f``, and that value."""
        out = []
        for p in claims[c].members:
            j = single.get((p.source, p.index), {}).get(f)
            if p.source != node[0] and j is not None:
                out.append(((p.source, p.index), j))
        return out

    pairs: list[tuple[int, int]] = []
    for node, families in multi.items():
        if len(in_claims[node]) < 2:
            continue
        for f, idx in families.items():
            twins = _twins(multi, node, f, agree) if twins_apart else frozenset()
            for c in in_claims[node]:
                here = {(p.source, p.index) for p in claims[c].members}
                taken = {k for other in in_claims[node]
                         if other != c and apart(claims[other], here, node, twins)
                         for _, j in partners(other, node, f) for k in idx if agree(k, j, f)}
                left = [k for k in idx if k not in taken]
                if not taken or len(left) != 1 or any(change_end(ctx, ms[k]) for k in idx):
                    continue  # "eased to 5.2% from 5.6%": a change's two ends are one fact, not two
                strong = claims[c].score >= STRONG_CLAIM_SCORE
                for (ps, pi), j in partners(c, node, f):
                    if any(agree(k, j, f) for k in stated[node]):
                        continue
                    if (not strong and ctx.scores.get(node[0], node[1], ps, pi) < DIVERGE_MIN_SCORE
                            and not (twins_apart and _labelled_alike(ms, stated, left[0], j, ctx))):
                        continue
                    if short_of_near(ms[left[0]], ms[j]) or short_of_near(ms[j], ms[left[0]]):
                        continue
                    if (_one_size_if_amounts(ms[left[0]], ms[j])
                            and values_contradict(ms[left[0]], ms[j], ctx)):
                        pairs.append((left[0], j))
    return pairs


def _twins(multi: dict[Node, dict[str, list[int]]], node: Node, family: str,
           agree: Callable[[int, int, str], bool]) -> frozenset[Node]:
    """Other sources' passages stating as many values of ``family`` as ``node``, each agreeing with one.

    "Building starts in 2027, with the first tenants due in 2029" and another
    outlet's "work begins in 2027 and the first tenants move in in 2029" pack
    the same two steps: both sit in the claim of the start and in the claim
    of the tenants, so that the two claims share a passage besides ``node``
    says nothing of their being one fact.
    """
    idx = multi[node][family]
    return frozenset(other for other, families in multi.items()
                     if other[0] != node[0] and len(ys := families.get(family, [])) == len(idx)
                     and all(any(agree(k, j, family) for k in idx) for j in ys)
                     and all(any(agree(k, j, family) for j in ys) for k in idx))


def _labelled_alike(ms: Sequence[Mention], stated: dict[Node, list[int]], a: int, b: int,
                    ctx: Evidence) -> bool:
    """Whether the words right before two figures share a content stem ("first passengers expected in")."""
    def label(k: int) -> frozenset[str]:
        m = ms[k]
        return figure_label(m, [ms[n].span.end for n in stated[(m.source, m.passage)]], ctx)
    return not label(a).isdisjoint(label(b))


def split_year_pairs(ms: Sequence[Mention], claims: Sequence[Claim],
                     years: dict[tuple[str, int, str], list[int]], ctx: Evidence) -> list[tuple[int, int]]:
    """`split_passage_pairs` for years written in digits, which the single-value rule leaves to consensus.

    "Construction will start in 2027, with the first passengers expected in
    2030" beside a fact box's "Construction: from 2027" and "First
    passengers: 2031": the box's start line takes the 2027, so the sentence's
    year left for the passengers line is the 2030, the 2031's rival. Other
    outlets often pack the same two steps in one sentence too, and such a
    twin sits in both claims as the sentence does: it does not join them.
    ``years`` holds each passage's years by family (as diverge.divergent_pairs
    builds it); only families of years written in digits are read.

    A bare year says nothing of what it dates, so the two must also share a
    word beside them ("first power ... 2030" and "First power: 2031"): a
    founder's death year left over in a passage that also gives a decade of
    founding was set against another outlet's year of founding.
    """
    written = {k: idx for k, idx in years.items() if all(written_year(ms[j]) for j in idx)}
    if not written:
        return []
    return [(a, b) for a, b in split_passage_pairs(ms, claims, written, ctx, twins_apart=True)
            if ctx.share_words(ms[a], ms[b])]
