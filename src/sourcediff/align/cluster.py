"""Scored passage pairs -> claims: (mostly) average-linkage agglomeration under a one-per-source rule.

Growing claims greedily from pairs, with every member required to match every
other, splits an eight-source fact into four pairs and leaves near-duplicate
claims behind. Here claims form globally instead:

1. **Agglomerate.** Every passage starts alone; the two clusters with the
   highest linkage merge, as long as it is at least ``merge_at`` and no
   source would hold two passages (unless those two passages are themselves
   scored as the same fact: a source that repeats a fact). The linkage is
   mostly the *average* probability over all their cross pairs, where a pair
   never proposed as a candidate counts as ``unknown`` (a low prior), so a
   claim cannot grow on one strong link alone (with very many sources, a pair
   neither passage looked at, see :func:`agglomerate`, does not count); a
   share ``max_weight`` of it is their *strongest* pair. Pure averaging
   splits a fact that eight sources word two ways into two claims whose cross
   pairs were mostly never proposed (candidates are each passage's few best
   partners), although some of them are near certain; the strongest pair
   keeps such halves together. It applies only between two clusters of two or
   more: a lone passage joining a claim has no half to keep, and there one
   strong link would seat it on the wrong claim. Story leads that summarise
   several facts score high on each other, so one lead pulled another into
   the cluster it opened and locked that source's seat, and the claim its
   sentence actually states got a weaker sibling of the source instead (the
   seeds' deadline: 003's lead went to the Hegseth-meeting lead).
2. **Reseat.** Step 1 commits a source's passage to a claim while the claim
   is small; once the claim has grown, a neighbouring sentence of the same
   source may fit the whole claim clearly better (by ``reseat_margin`` in
   average probability). That sibling then takes the passage's seat: a
   claim should hold, of each source, the sentence that states its fact.
3. **Attach.** A lead sentence stating three facts belongs to three claims: a
   passage joins a further claim whose sources it does not already sit in
   when the mean of its ``attach_top`` best probabilities with the members
   reaches ``attach_at``. The mean over *all* members would fall with the
   claim's size: a passage is proposed with only a few passages of each
   source, so in a claim of ten sources most of its pairs are unknown even
   when it states the fact; its few best links measure whether it does,
   and needing several of them keeps one stray link from attaching it.
   Two refinements, measured with benchmarks/cluster_steps.py (attach made
   half of the ECB+ wrong pairs; a source's seat taken by its other sentence
   lost most of the confident gold pairs): a passage already in a claim
   attaches to another only when it fits it within ``attach_margin`` of how
   it fits its own (a lead stating two facts fits both claims; a sentence
   that fits its own claim far better shares words with the other, not a
   fact), and a source's runner-up joins with its best passage when it fits
   the claim at ``second_at`` too and the model scores the two as one claim
   at ``second_at`` (a headline and its lead both stating the fact, where
   one seat per source kept only one of them).
4. **Adopt orphans.** A passage left out of every claim joins the claim it
   matches best (the mean of its best links, as in step 3, at least
   ``attach_at``) even when its
   source is already there: either the source states the fact twice (a live
   blog's update, a headline and its lead), or step 1 took the sibling
   sentence first and the one-per-source rule then locked this one out. A
   passage that already belongs to a claim is left alone, so this only adds
   what would otherwise be lost.
5. **Merge** claims that share most members, and drop claims inside others.
6. **Share seats.** An article's opening two passages (a headline and its
   lead) often state one fact twice, and step 1 seats whichever pairs first,
   so the claim holds the lead and the headline, which the other outlets'
   headlines pair with, is locked out (the commonest ``seat_taken`` on
   ECB+). Such a passage joins the claim beside its sibling when the two
   are their source's opening pair, it fits the claim at ``second_at``
   and pairs at ``merge_at`` with half its members (two at least), the
   model scores the two siblings as one claim at ``second_at``, and they
   give no figure of one family two different values. Any other sibling
   pair does not pay: on ECB+, half the pairs it added were wrong. See
   :func:`share_seats`.
7. **Split seats.** One seat per source blocks a passage from a claim whose
   fact it states when its source's other sentence sits there already (the
   commonest way confident gold pairs were lost, benchmarks/cluster_steps.py:
   ``seat_taken``). Adding it to the claim anyway joined it with every member
   and made many wrong pairs; instead it gets a claim of its own with, of
   each source in the blocked claim, the member it pairs with best, when the
   model scores that pair at ``split_at`` and the two share a figure the
   sibling lacks (at ``sure_split_at`` when the figure is precise, "12,400",
   whatever noun each outlet counts it with). A blocked passage that sits in
   no claim (an orphan) needs no figure: it pairs with the members it is
   scored with at ``merge_at`` in the claim of its strongest pair, the pair
   step 1 would have made had the member not been taken by a claim holding
   the orphan's sibling (a short "X's header had cancelled out Y's opener"
   whose partner sat with the sibling that states the opener and the
   winner). See :func:`split_seats`.
8. **Box lines.** A fact-box or list line ("Fine: €18.5m") shares few words
   with the prose stating its figure, so the model scores the pair low; when
   its label introduces a precise figure, it gets an extra claim with, of
   each other source, its best candidate partner stating that figure. See
   :func:`box_pairs`.

Everything works on the sparse candidate graph: the cost follows the number of
candidate pairs, not the square of the number of passages.

The steps are split by job: ``clusterbase`` holds what every step shares
(the thresholds, the sparse graph, a passage's fit to a claim),
``agglomeration`` step 1, ``clusterrefine`` steps 2 to 5,
``clusterfigures`` the figure keys that steps 6 to 8 compare, and
``clusterseats`` steps 6 to 8. This module runs them (``claims_from``) and
keeps every public name importable from here.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from sourcediff.align.agglomeration import agglomerate
from sourcediff.align.clusterbase import MERGE_SHARE, Pair, Thresholds, _Graph, repeat_scores
from sourcediff.align.clusterfigures import (
    BARE_COUNT,
    COUNT_FAMILY,
    NOT_FIGURES,
    Figures,
    figure_keys,
    figure_qualifiers,
)
from sourcediff.align.clusterrefine import adopt_orphans, attach, merge_overlapping, reseat
from sourcediff.align.clusterseats import box_pairs, share_seats, split_seats

__all__ = ["BARE_COUNT", "COUNT_FAMILY", "MERGE_SHARE", "NOT_FIGURES", "Pair", "Thresholds", "adopt_orphans",
    "agglomerate", "attach", "box_pairs", "claim_score", "claims_from", "figure_keys", "merge_overlapping",
    "repeat_scores", "reseat", "share_seats", "split_seats"]


def claims_from(probs: Mapping[Pair, float], repeat: Callable[[int, int], float], source_of: Sequence[str],
                t: Thresholds = Thresholds(), looked: Mapping[int, Collection[str]] | None = None,
                figures: Sequence[frozenset[str]] | None = None,
                boxed: Sequence[frozenset[str]] | None = None,
                dated: Sequence[frozenset[str]] | None = None) -> list[list[int]]:
    """The eight steps above: lists of passage indices, two or more sources each.

    ``looked``: the sources each passage cut short by the candidate index looked in (see agglomerate).
    ``figures``: each passage's figures (:func:`figure_keys`); without them steps 6 to 8 are skipped.
    ``boxed``: the figures each passage's fact-box label introduces (:func:`figure_keys`); without
    them step 8 is skipped. ``dated``: each passage's dated events (align.boxdates), which step 8
    matches beside the figures: a fact-box line's "Commissioned: 1968" and "opened in 1968".
    """
    graph = _Graph(probs)  # built once for steps 2 to 7
    grown = reseat(agglomerate(probs, repeat, source_of, t, looked), probs, source_of, t, graph)
    attached = attach(grown, probs, source_of, t, graph, repeat)
    merged = merge_overlapping(adopt_orphans(attached, probs, source_of, t, graph), source_of)
    if figures is None:
        return merged
    shared = share_seats(merged, probs, source_of, t, figures, repeat, graph)
    split = split_seats(shared, probs, source_of, t, figures, graph)
    if boxed is None:
        return split
    # a Figures keeps its qualifiers (box_pairs' hedged fit reads them): only passages dating an event change
    stated = figures if dated is None else [
        Figures(f | d, figure_qualifiers(f)) if d else f for f, d in zip(figures, dated, strict=True)]
    return box_pairs(split, source_of, stated, boxed, graph)


def claim_score(claim: Sequence[int], probs: Mapping[Pair, float]) -> float:
    """Mean probability over the claim's scored pairs."""
    vals = [probs[(a, b)] for x, a in enumerate(claim) for b in claim[x + 1:] if (a, b) in probs]
    return sum(vals) / len(vals) if vals else 0.0
