"""Which passage pairs are worth scoring: an inverted index over rare terms and fact keys.

Scoring every passage against every passage of every other source costs
N² in the story's length; almost all of those pairs share nothing but
function words and the story's names. Here each passage's rare terms (content
stems, figure and date keys, names) are looked up in an index, the IDF² of
the terms two passages share is summed as a cheap proxy of their TF-IDF dot
product, and each passage keeps its best few partners in every other source.

Terms held by more than :func:`max_postings` passages are left out of the
index: they are common in this story, so they say little about which
passage pairs state the same fact, and leaving them out keeps the work
proportional to the text (each term costs at most the square of its cap).

The same cut hides the pairs that matter most: headlines. A headline states
the story's main fact in a few words, and those words (the names, the
event) are the story's commonest terms, so two headlines often share no
term the index keeps. Every source's first passage is therefore paired with
every other source's first passage, whatever they share; the pair model
decides whether they state the same fact. This adds at most
sources x (sources - 1) / 2 pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sourcediff.align.features import PassageDoc, Story

# A passage keeps this many best partners in each other source: a source
# that states a fact twice, or a lead sentence stating three facts, needs
# more than one; the model decides which of them are the same claim.
PARTNERS_PER_SOURCE = 4
# ... but no more than this many in all, so that with many sources the pairs
# to score grow with passages x sources, not x sources x 4: with 80 sources
# a passage keeps its best partner in each.
PARTNER_BUDGET = 64
# A term in more passages than this (times the number of sources) is not
# rare in the story: a name every source repeats in every paragraph.
POSTINGS_PER_SOURCE = 3
MIN_POSTINGS_CAP = 8
# Each source's first this-many passages with content (headline, lead) are
# paired with those of every other source (see the module docstring).
LEAD_PASSAGES = 1

Pair = tuple[int, int]  # indices into the story's list of docs, first < second


def max_postings(n_sources: int) -> int:
    """The index keeps terms found in at most this many passages."""
    return max(MIN_POSTINGS_CAP, POSTINGS_PER_SOURCE * n_sources)


def partners_per_source(n_sources: int) -> int:
    return max(1, min(PARTNERS_PER_SOURCE, PARTNER_BUDGET // max(1, n_sources - 1)))


def lead_pairs(docs: Sequence[PassageDoc], leads: int = LEAD_PASSAGES) -> set[Pair]:
    """Cross-source pairs among the first ``leads`` non-thin passages of every source."""
    first: dict[str, list[int]] = defaultdict(list)
    for n, d in enumerate(docs):
        if not d.thin and len(first[d.source]) < leads:
            first[d.source].append(n)
    heads = sorted(n for ns in first.values() for n in ns)
    return {(i, j) for x, i in enumerate(heads) for j in heads[x + 1:] if docs[i].source != docs[j].source}


def candidate_pairs(docs: Sequence[PassageDoc], story: Story, n_sources: int,
                    partners: int | None = None) -> list[Pair]:
    """Cross-source pairs sharing rare terms, each passage's best few per other source, and lead pairs."""
    partners = partners or partners_per_source(n_sources)
    postings: dict[str, list[int]] = defaultdict(list)
    for n, d in enumerate(docs):
        if d.thin:
            continue
        for t in d.terms():
            postings[t].append(n)
    cap = max_postings(n_sources)
    proxy: dict[Pair, float] = defaultdict(float)
    for term, ids in postings.items():
        if len(ids) < 2 or len(ids) > cap:
            continue
        w = story.weight(term) ** 2
        for x, i in enumerate(ids):
            src = docs[i].source
            for j in ids[x + 1:]:
                if docs[j].source != src:
                    proxy[(i, j)] += w
    best: dict[tuple[int, str], list[tuple[float, int]]] = defaultdict(list)
    for (i, j), s in proxy.items():
        best[(i, docs[j].source)].append((s, j))
        best[(j, docs[i].source)].append((s, i))
    keep = lead_pairs(docs)
    for (i, _), partners_of in best.items():
        partners_of.sort(key=lambda sj: (-sj[0], sj[1]))
        for _, j in partners_of[:partners]:
            keep.add((min(i, j), max(i, j)))
    return sorted(keep)
