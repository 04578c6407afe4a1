"""Two aligned passages that already agree on one figure: the one figure of a size each leaves are rivals.

One divergence rule of diverge.divergent_pairs, split out because it reads
a passage's figures across families. The single-value rule wants each
passage to state one value of a family and the two to be alike in words
(DIVERGE_MIN_SCORE); the leftover rule (divergeleftover) wants a value of
the same family both state. Two outlets telling one market move apart meet
neither: "The 10-year yield rose 18bp to 4.62% ... the spread widened to
152bp" against "The yield on the ten-year government bond climbed eighteen
basis points to 4.68 per cent, and the dinar slipped 0.4 per cent": their
words are few in common, and the only figure they share is the 18 basis
points, a change, where the rivals are levels. That shared sum or share
is the evidence the words lack: the passages tell one statement, so within
a family the one figure of a size each passage states (4.62% and 4.68%; the
0.4% is of another size) is the other's rival.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence

from sourcediff.divergepair import one_size, values_contradict
from sourcediff.evidence import Evidence
from sourcediff.model import Claim, Kind, Mention

# Kinds whose equal values in two passages identify one statement, and whose rivals this rule sets: a
# sum or a share is seldom repeated by chance in one story, where a small count or a year often is.
SHARED_KINDS = frozenset({Kind.MONEY, Kind.PERCENT})

Figures = dict[tuple[str, int], set[tuple[Kind, str]]]


def passage_figures(ms: Sequence[Mention]) -> Figures:
    """Each passage's money and percent values (kind and canonical text)."""
    out: Figures = defaultdict(set)
    for m in ms:
        if m.kind in SHARED_KINDS and m.canonical:
            out[(m.source, m.passage)].add((m.kind, m.canonical))
    return out


def shared_figure_pairs(ms: Sequence[Mention], claims: Sequence[Claim],
                        where: dict[tuple[str, int, str], list[int]], ctx: Evidence) -> list[tuple[int, int]]:
    """Rival figures of two passages of one claim that share a sum or a share besides them.

    ``where`` holds each passage's divergeable mentions by family (source,
    passage, family). A family where the passages share a value is the
    leftover rule's; here the two must state no equal value of the family,
    and exactly one figure of each side must be of one size with one of the
    other's (`one_size`), so a passage's other figures of the family (a
    currency's 0.4% beside a yield's 4.68%) are left alone.
    """
    figures = passage_figures(ms)
    families: dict[tuple[str, int], dict[str, list[int]]] = defaultdict(dict)
    for (s, i, f), idx in where.items():
        if ms[idx[0]].kind in SHARED_KINDS:
            families[(s, i)][f] = idx
    pairs: list[tuple[int, int]] = []
    seen: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    for claim in claims:
        members = [(p.source, p.index) for p in claim.members if (p.source, p.index) in families]
        for x, y in itertools.combinations(members, 2):
            if x[0] == y[0] or (x, y) in seen:
                continue
            seen.add((x, y))
            shared = figures.get(x, set()) & figures.get(y, set())
            if not shared:
                continue
            for f, xs in families[x].items():
                ys = families[y].get(f)
                if ys is None or {ms[i].canonical for i in xs} & {ms[j].canonical for j in ys}:
                    continue
                sized = [(i, j) for i in xs for j in ys if one_size(ms[i], ms[j])]
                if len(sized) != 1:
                    continue
                i, j = sized[0]
                if (shared - {(ms[i].kind, ms[i].canonical), (ms[j].kind, ms[j].canonical)}
                        and values_contradict(ms[i], ms[j], ctx)):
                    pairs.append((i, j))
    return pairs


def split_statement_pairs(ms: Sequence[Mention], claims: Sequence[Claim],
                          where: dict[tuple[str, int, str], list[int]],
                          ctx: Evidence) -> list[tuple[int, int]]:
    """Rivals of a passage and the next sentence of another source's split statement of it, in one claim.

    One outlet packs a statement in one sentence ("The board approved a grant
    of 2 million euros, which will be paid on May 20"), another splits it in
    two ("The board approved a 2 million euro grant. The money will be paid
    on 21 May."). The aligner puts both halves in the packed sentence's
    claim, but the short second half scores too low against it as a pair
    for the single-value rule (DIVERGE_MIN_SCORE), and `shared_figure_pairs`
    reads one passage a side. The sum the packed sentence shares with the
    first half is the evidence that the two halves together are its
    statement: so a family the first half leaves unstated, of which the
    second half and the packed sentence each state exactly one value, holds
    rivals. The second half must state no sum or share of its own (it would
    start a statement of its own) and must directly follow the first.
    """
    figures = passage_figures(ms)
    families: dict[tuple[str, int], dict[str, list[int]]] = defaultdict(dict)
    for (s, i, f), idx in where.items():
        families[(s, i)][f] = idx
    pairs: list[tuple[int, int]] = []
    seen: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    for claim in claims:
        nodes = {(p.source, p.index) for p in claim.members}
        for first in sorted(nodes):
            second = (first[0], first[1] + 1)
            if second not in nodes or figures.get(second) or not figures.get(first):
                continue
            for packed in sorted(nodes):
                if packed[0] == first[0] or (first, packed) in seen:
                    continue
                seen.add((first, packed))
                if not figures[first] & figures.get(packed, set()):
                    continue
                for f, ys in families.get(second, {}).items():
                    xs = families.get(packed, {}).get(f)
                    if len(ys) != 1 or xs is None or len(xs) != 1 or f in families.get(first, {}):
                        continue
                    if values_contradict(ms[xs[0]], ms[ys[0]], ctx):
                        pairs.append((xs[0], ys[0]))
    return pairs
