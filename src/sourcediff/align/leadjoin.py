"""A multi-fact lead joins the claim whose members' words it holds (issue #11, the last step of align).

A lead states several facts at once ("the council approved the 48-megawatt
plant on Tuesday, despite 400 objections"); other outlets state them one per
sentence. The pair model reads a long lead against a short sentence as a
poor match (0.02-0.45 in benchmarks/notes/leadalign.md): most of the lead's
words are not the short sentence's, so the lead sits in one claim and the
gold pairs of its other facts are lost. The figure joins (multifact.py,
measurejoin.py) reach the leads that share a figure key with the claim;
most share none.

What the model's symmetric features miss is containment: a short sentence
stating one fact is *inside* the lead. Here a passage X joins a claim C it is
not in when

- X states two figures or more (cluster.figure_keys), already sits in a
  claim and is no headline: a one-fact sentence has one claim, and a
  headline sums up the story (multifact.py and secondseat.py found the same);
- C holds passages of two other sources or more, no headline, and no
  quotation unless X holds one (secondseat.py's reasons), and X does not
  sit already with every other-source member of C;
- each other-source member M of C is largely inside X: of M's rare terms
  (stems, figure keys and names rarer across the story than a term found
  everywhere, :data:`RARE_MARGIN` above ``Story.common``), the IDF-weighted
  share X also holds is at least :data:`LEAST_HELD` for every M and
  :data:`MEAN_HELD` on average: a claim whose members are each mostly in
  the lead states one of the lead's facts;
- the model's mean probability of X with those members is below
  ``second_at``: a passage it already pairs that well is secondseat.py's to
  seat, by the model's evidence, and joining it here too joined an ECB+
  lead to a claim the gold anchors elsewhere.

The three shares were measured on the 98 stories and ECB+ together
(benchmarks/notes/leadalign.md): lower ones found more gold pairs but made
as many wrong ones. The step only adds passages to claims, reading the
claims as they were given, so a passage joins on what the earlier steps
built, never on another join of this step.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from sourcediff.align.cluster import Pair, Thresholds
from sourcediff.align.clusterbase import holders
from sourcediff.align.features import PassageDoc, Story

RARE_MARGIN = 0.5  # how far above a ubiquitous term's IDF a term must be to tell a fact
LEAST_HELD = 0.3  # the least share of any member's rare terms the joining passage holds
MEAN_HELD = 0.6  # the mean share over the claim's other-source members


def held_share(inner: PassageDoc, outer: PassageDoc, story: Story) -> float:
    """The IDF-weighted share of ``inner``'s rare terms that ``outer`` holds too (0 when it has none).

    Asymmetric on purpose: a short sentence is inside a long lead, the lead is
    not inside the sentence.
    """
    rare = rare_terms(inner, story)
    idf, default = story.idf, story.default_idf  # `Story.weight` inlined: one call less per term
    total = sum(idf.get(t, default) for t in rare)
    if not total:
        return 0.0
    held = outer.terms()
    return sum(idf.get(t, default) for t in rare if t in held) / total


def rare_terms(doc: PassageDoc, story: Story) -> frozenset[str]:
    """The passage's terms that tell a fact: rarer across the story than a ubiquitous term, by a margin."""
    # `Story.weight` inlined and the cut read once: this runs for every passage of the story
    idf, default, cut = story.idf, story.default_idf, story.common + RARE_MARGIN
    return frozenset(t for t in doc.terms() if idf.get(t, default) >= cut)


def join_leads(claims: list[list[int]], docs: Sequence[PassageDoc], story: Story,
               probs: Mapping[Pair, float], figures: Sequence[frozenset[str]], thresholds: Thresholds,
               titles: Collection[int] = (), quoted: Collection[int] = ()) -> list[list[int]]:
    """The claims, each joined by the seated multi-fact passages that hold its members (see module)."""
    source_of = [d.source for d in docs]
    holding = holders(claims)  # a passage -> the claims it sits in
    # Each member must share a rare term with x, so only the claims filed under x's terms are read.
    rare = [rare_terms(d, story) for d in docs]
    filed: dict[str, set[int]] = defaultdict(set)  # a rare term -> the claims a member of which holds it
    for n, claim in enumerate(claims):
        for m in claim:
            for t in rare[m]:
                filed[t].add(n)
    out = [list(c) for c in claims]
    for x in sorted(holding):
        if x in titles or len(figures[x]) < 2:
            continue
        beside = {m for k in holding[x] for m in claims[k]}
        for n in sorted(set().union(*(filed.get(t, set()) for t in docs[x].terms()))):
            claim = claims[n]
            others = [m for m in claim if source_of[m] != source_of[x]]
            if x in claim or all(m in beside for m in others):
                continue
            if _holds(x, claim, others, docs, story, probs, thresholds, titles, quoted):
                out[n].append(x)
    return [sorted(c) for c in out]


def _holds(x: int, claim: Sequence[int], others: Sequence[int], docs: Sequence[PassageDoc], story: Story,
           probs: Mapping[Pair, float], thresholds: Thresholds, titles: Collection[int],
           quoted: Collection[int]) -> bool:
    """Whether x joins the claim (the tests of the module docstring)."""
    if len({docs[m].source for m in others}) < 2 or any(m in titles for m in claim):
        return False
    if x not in quoted and any(m in quoted for m in claim):
        return False
    fit = sum(probs.get((min(x, m), max(x, m)), 0.0) for m in others) / len(others)
    if fit >= thresholds.second_at:
        return False  # the model pairs them well: secondseat.py's evidence, not this step's
    shares = [held_share(docs[m], docs[x], story) for m in others]
    return min(shares) >= LEAST_HELD and sum(shares) / len(shares) >= MEAN_HELD
