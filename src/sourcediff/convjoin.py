"""A writer's own conversion joins the two facts it bridges: "€42 million (about US$46 million)" (issue #11).

Sums are compared in their own currency, or read in the others' at a rate
(`extract.rates.convert_stated`) only when no other source uses their
currency. So when some outlets give a figure in dollars and others in
euros, and one of them writes both ("€42 million (about US$46 million, at
an exchange rate of ...)"), the report had two facts: the euro sums, agreed,
and the dollar sums, agreed, with that writer's two figures one in each.
The writer says they are one sum; so the two facts are one fact.

Only two agreeing facts are joined, each holding one side of a conversion
that follows its sum in one passage (the pairs `extract.rates._implied`
reads a rate from). A fact with a divergence keeps its own verdict and stays
apart: joining would hide which currency's figures differ.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from sourcediff.extract.money import CONVERSION
from sourcediff.lonejoin import merge_moved
from sourcediff.mentionindex import UnionFind
from sourcediff.model import Kind, Mention, SourceInfo, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import Converted, Money, Quantity


def _bridges(sources: Sequence[SourceInfo]) -> list[tuple[Mention, Mention]]:
    """Each sum with the writer's conversion of it right after, in another currency, in its passage."""
    out = []
    for s in sources:
        sums = sorted((m for m in s.mentions if m.kind is Kind.MONEY and isinstance(m.value, Money)),
                      key=lambda m: m.span.start)
        for m, after in itertools.pairwise(sums):
            v, c = m.value, after.value
            if (after.passage == m.passage and CONVERSION in after.cues and CONVERSION not in m.cues
                    and isinstance(v, Money) and isinstance(c, Money) and v.currency != c.currency):
                out.append((m, after))
    return out


def join_conversions(facts: Sequence[Judged], sources: Sequence[SourceInfo],
                     order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each pair of agreeing money facts a writer's conversion bridges made one."""
    where = {id(m): n for n, (group, *_rest) in enumerate(facts) for m in group}
    joined = UnionFind()
    for m, conversion in _bridges(sources):
        a, b = where.get(id(m)), where.get(id(conversion))
        if a is None or b is None or facts[a][1] is not Verdict.AGREE or facts[b][1] is not Verdict.AGREE:
            continue
        joined.union(a, b)
    if not joined.parent:
        return list(facts)
    members: dict[int, list[int]] = {}
    for n in range(len(facts)):
        members.setdefault(joined.find(n), []).append(n)
    out: list[Judged] = []
    for root, ns in members.items():
        if len(ns) == 1:
            out.append(facts[root])
            continue
        group = sorted((m for n in ns for m in facts[n][0]), key=lambda m: (order[m.source], m.span.start))
        largest = max(ns, key=lambda n: (len({m.source for m in facts[n][0]}), -n))
        claim = facts[largest][2] if facts[largest][2] is not None else next(
            (facts[n][2] for n in ns if facts[n][2] is not None), None)
        out.append((group, Verdict.AGREE, claim, facts[largest][3]))
    return out


def join_measure_conversions(facts: Sequence[Judged], order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with a lone converted measure moved into the divergent fact of the figure it converts.

    "Rangtse Kang (8,136 m / 26,693 ft)" against the others' 8,163 metres: the
    8,136 m diverges, and its writer's 26,693 ft, which fits no other source's
    feet, was left a unique fact, as if it were a further height. It is the
    same figure in other units (values.Converted), so it joins its figure's
    divergence. A conversion of an agreed figure is left where the judge put
    it: joining it there would hide that it does not fit.
    """
    where = {id(m): n for n, (group, *_rest) in enumerate(facts) for m in group}
    figures = sorted((m for group, *_rest in facts for m in group if isinstance(m.value, Quantity)),
                     key=lambda m: (m.source, m.passage, m.span.start))
    moved: dict[int, int] = {}
    for before, after in itertools.pairwise(figures):
        if not (isinstance(after.value, Converted) and after.source == before.source
                and after.passage == before.passage):
            continue
        own, target = where[id(after)], where[id(before)]
        if own != target and len(facts[own][0]) == 1 and facts[target][1] is Verdict.DIVERGE:
            moved[own] = target
    return merge_moved(facts, moved, order)
