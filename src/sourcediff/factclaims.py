"""The claim and the role a fact is named by: the claim most of its cross-source pairs share.

Split out of compare.py because naming a fact is no part of finding it:
these run once per finished fact, for the report (describe.describe_fact),
and count the votes per class of passages (``_Passages``), so a fact told by
80 sources costs its classes, not the square of its sources.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sourcediff.evidence import Evidence
from sourcediff.model import Kind, Mention


def _common_role(group: Sequence[Mention], ctx: Evidence) -> str | None:
    """A role ("deadline") that most of a fact's mentions share, to name the fact."""
    roles = Counter(ctx.role(m) for m in group if m.kind in (Kind.TIME, Kind.DATE))
    role, n = roles.most_common(1)[0] if roles else (None, 0)
    return role if role and n * 2 > len(group) else None


def _claim_for(group: Sequence[Mention], ctx: Evidence) -> str | None:
    """The claim most cross-source pairs of the fact share (each pair votes for its first shared claim).

    Counted per passage, not per mention pair: a name stated in 300 passages
    costs the claims those passages sit in. Ties go to the claim whose first
    vote comes first in the group's order. Passages that sit in the same
    claims vote alike, so they are counted as one class: at 80 sources a
    fact's passages fall into a few such classes, and the votes cost the
    pairs of classes, not the square of the sources.
    """
    first: dict[tuple[str, int], int] = {}
    count: Counter[tuple[str, int]] = Counter()
    for n, m in enumerate(group):
        first.setdefault((m.source, m.passage), n)
        count[(m.source, m.passage)] += 1
    classes: dict[frozenset[str], _Passages] = {}
    for node, pos in first.items():  # in group order: each class's passages sorted by first mention
        claims = ctx.claims_of.get(node)
        if claims:
            classes.setdefault(claims, _Passages()).add(node[0], pos, count[node])
    votes: dict[str, tuple[int, tuple[int, int]]] = {}
    keys = list(classes)
    for n, ka in enumerate(keys):
        for kb in keys[n:]:
            shared = ka & kb
            if not shared:
                continue
            weight, earliest = classes[ka].pairs_with(classes[kb], same=ka is kb)
            if earliest is None:
                continue
            c = min(shared, key=_claim_number)  # the first claim the pairs meet is the one they vote for
            had, was = votes.get(c, (0, earliest))
            votes[c] = (had + weight, min(was, earliest))
    return min(votes, key=lambda c: (-votes[c][0], votes[c][1])) if votes else None


class _Passages:
    """One class of a fact's passages (those sitting in the same claims): their sources, places and weights.

    Keeps what `_claim_for` needs to count the cross-source pairs between two
    classes without listing them: the weight per source, and the first two
    passages (by first mention) that come from different sources.
    """

    def __init__(self) -> None:
        self.first: dict[str, int] = {}  # each source's first mention in the class
        self.weight: Counter[str] = Counter()
        self.total = 0
        self.lead: list[tuple[str, int]] = []  # the first passage, and the first from another source

    def add(self, source: str, first: int, weight: int) -> None:
        self.first.setdefault(source, first)
        self.weight[source] += weight
        self.total += weight
        if not self.lead or (len(self.lead) == 1 and self.lead[0][0] != source):
            self.lead.append((source, first))

    def partner(self, source: str) -> int | None:
        """The first mention of this class's first passage from a source other than ``source``."""
        for s, pos in self.lead:
            if s != source:
                return pos
        return None

    def pairs_with(self, other: _Passages, *, same: bool) -> tuple[int, tuple[int, int] | None]:
        """Summed weights of the cross-source passage pairs between the classes (within one when ``same``),
        and the earliest such pair as (first mention, second mention); None when there is no pair.
        """
        small, big = sorted((self.weight, other.weight), key=len)  # the shared sources, from the fewer
        cross = self.total * other.total - sum(w * big[s] for s, w in small.items() if s in big)
        if same:
            cross //= 2
        # Each passage here pairs with the other class's first passage, or, when that one is from its
        # own source, with the other's first from another source; (min, max) of a pair grows with the
        # passage's place, so the earliest pair comes from this class's earliest passage of each kind:
        # the first from a source other than the other's lead, and the first from the lead's source.
        best: tuple[int, int] | None = None
        if other.lead:
            lead_source = other.lead[0][0]
            tries = [(s, pos) for s, pos in self.lead if s != lead_source][:1]
            if lead_source in self.first:
                tries.append((lead_source, self.first[lead_source]))
            for source, pos in tries:
                mate = other.partner(source)
                if mate is not None:
                    here = (min(pos, mate), max(pos, mate))
                    best = here if best is None or here < best else best
        return cross, best


def _claim_number(claim_id: str) -> int:
    return int(claim_id[1:])
