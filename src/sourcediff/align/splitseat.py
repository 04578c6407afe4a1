"""A source that states in two sentences what the claim's members state in one gets both seats (align62.md).

Three outlets open with one sentence stating two facts ("The resort will
close on 28 February, six weeks early"); a fourth states them in two
sentences. The claim of the ledes seats one of the two (one seat per source),
and the other sentence sits in another claim: the gold pairs of its fact
with the ledes are lost (benchmarks/one_seat_misses.py: the commonest miss of
the stories). multifact.py and secondseat.py move the ledes into the claim of
the second sentence, but not when that claim holds a headline or the ledes'
sources state the fact there already; here the second sentence joins the
ledes' claim instead. A passage z joins a claim C when

- a passage y of z's source sits in C (the seat is taken; a free seat is
  attach's) and y and z state no figure in common (each states one of the
  two facts; cluster.figure_keys: no dates or parts of day);
- C's members from other sources are of two sources or more, and each
  states one of y's strong figures and every one of z's (multifact.joins_by,
  and no duration: :func:`_evidence`): every other outlet states both facts
  in the passage C seats it for. One of z's figures was not enough: a
  sentence of the exemption threshold ("less than 5 grams per 100 ml")
  joined the claim of a sugar band's rate through the band's lower bound,
  and a sentence of the visitors' rise the claim of the fee through the
  count one lede states;
- no figure of z conflicts with a member's (cluster.figures_conflict);
- z sits in no claim whose other-source members state none of z's figures
  (:func:`_elsewhere`: z is seated there for another fact, and its figure
  is an aside);
- the candidate index proposed z with a member, C holds no headline, z is
  no headline, and C holds no quotation unless z holds one.

Cost: one pass over the candidate pairs for each passage's partners, then
set operations per claim on the partners of its members; no pair is
scored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from sourcediff.align.cluster import Pair
from sourcediff.align.clusterbase import holders
from sourcediff.align.clusterfigures import figures_conflict
from sourcediff.align.multifact import joins_by


def join_split_statements(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
                          figures: Sequence[frozenset[str]], titles: Collection[int] = (),
                          quoted: Collection[int] = ()) -> list[list[int]]:
    """The claims, each joined by a source's second sentence stating the other fact of its members."""
    strong = [frozenset(k for k in keys if _evidence(k)) for keys in figures]
    near: dict[int, set[int]] = defaultdict(set)  # a passage -> its proposed partners stating a strong figure
    for i, j in probs:
        if strong[i]:
            near[j].add(i)
        if strong[j]:
            near[i].add(j)
    holding = holders(claims)  # a passage -> the claims it sits in
    out = [list(c) for c in claims]
    for n, claim in enumerate(claims):
        if any(m in titles for m in claim):
            continue
        members = set(claim)
        sources = {source_of[m] for m in claim}
        if len(sources) < 3:
            continue
        for z in sorted(set().union(*(near.get(m, ()) for m in claim)) - members):
            if (z not in titles and source_of[z] in sources
                    and _joins(z, claim, source_of, figures, strong, quoted)
                    and not any(_elsewhere(z, claims[k], source_of, strong) for k in holding.get(z, ()))):
                out[n].append(z)
    return [sorted(c) for c in out]


def _elsewhere(z: int, claim: Sequence[int], source_of: Sequence[str],
               strong: Sequence[frozenset[str]]) -> bool:
    """Whether z sits in this claim for another fact: its other-source members state none of z's figures.

    A lede seated with the other ledes for the strike's dates names the pay offer it follows ("after
    rejecting a 4.5% offer"); its figure is an aside there, and the gold anchors the lede to the
    dates alone.
    """
    others = [m for m in claim if source_of[m] != source_of[z]]
    return bool(others) and not any(strong[z] & strong[m] for m in others)


def _evidence(key: str) -> bool:
    """A figure that tells a fact: multifact.joins_by, and no duration ("for three years", "10-year
    bonds": a story's background, stated beside many of its facts; a duration alone joined a
    library-cuts sentence to the claim of the council's savings, and a 10-year term tied a bond's
    yield to the lead of its size)."""
    return joins_by(key) and not key.startswith("number:duration=")


def _joins(z: int, claim: Sequence[int], source_of: Sequence[str], figures: Sequence[frozenset[str]],
           strong: Sequence[frozenset[str]], quoted: Collection[int]) -> bool:
    """Whether z states the other fact of the claim's members that its seated sibling does not."""
    siblings = [y for y in claim if source_of[y] == source_of[z]]
    others = [m for m in claim if source_of[m] != source_of[z]]
    if len(siblings) != 1 or len({source_of[m] for m in others}) < 2:
        return False
    (y,) = siblings
    if not strong[y] or figures[y] & figures[z]:
        return False  # the sibling states no figure, or one of z's: not the two facts apart
    for m in others:
        if (not strong[z] <= figures[m] or not strong[y] & figures[m]
                or figures_conflict(figures[z], figures[m])):
            return False
    return z in quoted or not any(m in quoted for m in claim)
