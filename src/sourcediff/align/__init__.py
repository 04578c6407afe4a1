"""Passages of N articles -> Claims: groups of passages that state the same facts.

Outlets reword and reorder, so plain fuzzy matching of sentences finds few of
the passages that state the same fact. The aligner works in four steps, one
module each:

* ``features``: each passage's content stems, fact keys by slot (counts carry
  their noun: "three bridges" is not "three cities") and names; how rare each
  is across the story; the features of a passage pair;
* ``candidates``: an inverted index over rare terms and fact keys proposes each
  passage's few best partners in every other source (in its 32 best sources
  when there are more), so only those pairs are scored (cost grows with the
  text, not with its square, nor with text x sources);
* ``model``: boosted two-level trees, trained on paraphrase pairs and real
  multi-outlet stories (``training/``), turns a pair's features into
  P(same claim), one scale for every story;
* ``cluster``: average-linkage agglomeration with at most one passage per
  source (unless the source repeats the fact), then attachment of passages
  stating several facts to further claims, adoption of passages left out of
  every claim (a source stating a fact twice) and merging of overlapping
  claims; then ``multifact`` and ``measurejoin`` add passages the model
  scored low but whose figures tie them to a claim (a lead's second fact,
  one measure in other units or roundings), ``quotejoin`` the passages that
  quote one run of a speaker's words, ``leadjoin`` a lead to the claims
  whose members' words it holds (a short sentence inside a long lead), and
  ``clausejoin`` a long passage to the claim one of its clauses states, scored
  clause by clause (or by the clause's own figures: ``clausefigures``),
  ``splitseat`` a source's second sentence to the claim of the ledes that
  state its fact and its sibling's in one; last, ``figurepairs`` makes a
  claim of two passages the model scored low that share a precise figure no
  other passage states, or a rare figure naming its thing when each is the
  other's best partner.

The judge keeps its own passage similarity (``similarity``), scored lazily for
the pairs it asks about; :func:`score_pairs` builds both once per comparison.
The candidates' features and similarities are computed all at once with numpy
(``sparse``: the terms two sparse rows share, for many pairs) and rapidfuzz's
batch scorer (``lexical.pairwise``), since with 80 sources there are 200,000
candidate pairs.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from sourcediff.align.boxdates import boxed_events, stated_events
from sourcediff.align.candidates import candidate_graph
from sourcediff.align.clausejoin import join_clauses
from sourcediff.align.cluster import Thresholds, claim_score, claims_from, figure_keys
from sourcediff.align.clusterfigures import counted_keys, precise_key
from sourcediff.align.datejoin import join_dates
from sourcediff.align.divergejoin import Worded, join_divergent, worded
from sourcediff.align.features import (
    PassageDoc,
    Story,
    candidate_blocks,
    pair_features,
    source_docs,
    story_stats,
    token_ratios,
)
from sourcediff.align.figurepairs import join_tallies, pair_by_figures
from sourcediff.align.leadjoin import join_leads
from sourcediff.align.measurejoin import (
    bound_links,
    dimensions_of,
    join_measures,
    links_of,
    measures_of,
    money_links,
)
from sourcediff.align.model import load_model
from sourcediff.align.multifact import entry_stamps, join_multi_fact, join_multi_measure
from sourcediff.align.phrasejoin import PHRASE_FLOOR, phrase_links, second_seats
from sourcediff.align.quotejoin import join_quotes
from sourcediff.align.quotesapart import apart_quotations, quote_frames
from sourcediff.align.recordjoin import join_records
from sourcediff.align.rivaljoin import join_rivals, quotation_spans
from sourcediff.align.secondseat import quoted_docs, seat_multi_fact
from sourcediff.align.similarity import Similarity, fact_keys, similarity, value_key
from sourcediff.align.splitseat import join_split_statements
from sourcediff.extract.numberclassify import life_step_age
from sourcediff.model import Claim, ClaimPassage, Mention, SourceInfo
from sourcediff.values import Quantity

__all__ = ["PairScores", "Thresholds", "align", "fact_keys", "pair_probabilities", "score_pairs", "value_key"]


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class PairScores:
    """Everything the aligner and the judge need about passage pairs of one comparison."""

    docs: tuple[PassageDoc, ...]
    story: Story
    similarity: Similarity
    n_sources: int
    # The aligner's candidate pairs, rows (i, j) of indices into docs: the only pairs it scores.
    candidates: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=np.int64))
    # The passages the candidate index cut short (many sources) and the sources each looked in.
    looked: tuple[tuple[int, tuple[str, ...]], ...] = ()

    def get(self, a: str, i: int, b: str, j: int) -> float:
        """The judge's similarity of passage i of source a and passage j of source b."""
        return self.similarity.get(a, i, b, j)

    def between(self, a: PassageDoc, b: PassageDoc) -> float:
        return self.similarity.get(a.source, a.index, b.source, b.index)

    @functools.cached_property
    def candidate_similarity(self) -> np.ndarray:
        """The judge's similarity of every candidate pair, in the order of ``candidates``.

        Scored once: the judge asks for the pairs above several thresholds,
        and with 80 sources there are 200,000 candidates to look up each time.
        """
        return self.similarity.score_indexed(self.doc_keys, self.candidates, self.candidate_ratios)

    @functools.cached_property
    def candidate_ratios(self) -> np.ndarray:
        """rapidfuzz ``ratio`` of each candidate pair's sorted tokens (0..100), in ``candidates`` order.

        The judge's similarity and the aligner's "chars" feature both read it
        (features.token_ratios): one rapidfuzz pass over the candidates, not two.
        """
        return token_ratios(self.docs, self.candidates) if len(self.candidates) else np.zeros(0)

    @functools.cached_property
    def doc_keys(self) -> list[tuple[str, int]]:
        """Each doc as (source, passage index), the key the judge uses."""
        return [(d.source, d.index) for d in self.docs]

    def pairs_above(self, threshold: float) -> list[tuple[tuple[str, int], tuple[str, int]]]:
        """Candidate passage pairs whose judge similarity reaches ``threshold``.

        The judge asks which passages are similar enough to link values; asking
        every pair of passages that hold a value grows with the square of the
        text, while the candidates (each passage's best partners by rare
        terms) hold the similar pairs and grow with the text. Only the pairs
        that reach it are made (source, index) pairs.
        """
        keys = self.doc_keys
        above = self.candidates[self.candidate_similarity >= threshold]
        return [(keys[i], keys[j]) for i, j in zip(above[:, 0].tolist(), above[:, 1].tolist(), strict=True)]


def _without_life_ages(sources: Sequence[SourceInfo]) -> tuple[SourceInfo, ...]:
    """The sources without the ages dated by a life step ("died at the age of 81", "who was 58 when").

    The judge compares them; the aligner keys passages as its pair model was
    trained, before they were read (extract/numberclassify.life_step_age).
    """
    def kept(s: SourceInfo, m: Mention) -> bool:
        return not (m.slot == "number:age" and isinstance(m.value, Quantity)
                    and life_step_age(s.article.text, m.span.start, m.span.end, m.value.amount))
    return tuple(s if all(kept(s, m) for m in s.mentions)
                 else replace(s, mentions=tuple(m for m in s.mentions if kept(s, m))) for s in sources)


def score_pairs(sources: Sequence[SourceInfo]) -> PairScores:
    """Passage representations and story statistics, built once; pairs are scored on demand."""
    sources = _without_life_ages(sources)
    docs = tuple(d for s in sources for d in source_docs(s))
    story = story_stats(docs)
    pairs, looked = candidate_graph(docs, story, len(sources))
    return PairScores(docs, story, similarity(sources, docs), len(sources), pairs,
                      tuple(sorted(looked.items())))


def pair_probabilities(scores: PairScores) -> dict[tuple[int, int], float]:
    """P(same claim) for every candidate pair, keyed by indices into ``scores.docs``."""
    pairs = scores.candidates
    model = load_model()
    # The feature rows block by block (features.candidate_blocks): at 80 sources all of them at once
    # were the comparison's memory peak.
    blocks = candidate_blocks(scores.docs, pairs, scores.story, scores.candidate_similarity,
                              ratios=scores.candidate_ratios)
    probs = np.concatenate([np.zeros(0), *(model.probability(rows) for rows in blocks)])
    # The keys' ints are one object per passage, not two new ones per pair (4.7 MiB at 80 sources).
    ids = list(range(len(scores.docs)))
    first, second = (map(ids.__getitem__, side.tolist()) for side in pairs.T)
    keys = zip(first, second, strict=True)
    return dict(zip(keys, probs.tolist(), strict=True))


class Repeats:
    """P(same claim) of two passages of one source, for cluster.py's repeat rule; each pair scored once.

    The pair is no candidate (the index proposes partners in other sources),
    so its features are made here: those of the pair on its own, the judge's
    similarity, and best ratios of 1 (each is the other's only partner in
    its source). :meth:`many` scores a batch in one model call; the numbers
    are those of scoring each pair alone (model.PairModel.probability_each).
    """

    def __init__(self, scores: PairScores) -> None:
        self.scores = scores
        self.model = load_model()
        self.known: dict[tuple[int, int], float] = {}

    def __call__(self, i: int, j: int) -> float:
        return self.many([(i, j)])[0]

    def many(self, pairs: Sequence[tuple[int, int]]) -> list[float]:
        """The probability of each pair (i, j), in order; pairs met before are not scored again."""
        docs, story, known = self.scores.docs, self.scores.story, self.known
        new = list(dict.fromkeys(p for p in pairs if p not in known))
        if new:
            rows = [[*pair_features(docs[i], docs[j], story), self.scores.between(docs[i], docs[j]), 1.0, 1.0]
                    for i, j in new]
            known.update(zip(new, self.model.probability_each(rows).tolist(), strict=True))
        return [known[p] for p in pairs]


def _leads(sources: Sequence[SourceInfo], docs: Sequence[PassageDoc]) -> set[int]:
    """The docs of each article's first passage that is no headline or heading: its lead."""
    firsts = set()
    for s in sources:
        first = next((p for p in s.passages if p.role not in ("title", "heading")), None)
        if first is not None:
            firsts.add((first.source, first.index))
    return {n for n, d in enumerate(docs) if (d.source, d.index) in firsts}


def align(sources: tuple[SourceInfo, ...], *, scores: PairScores | None = None,
          thresholds: Thresholds = DEFAULT_THRESHOLDS) -> tuple[Claim, ...]:
    """Group passages of different sources that state the same facts."""
    if len(sources) < 2:
        return ()
    scores = scores or score_pairs(sources)
    sources = _without_life_ages(sources)
    docs = scores.docs
    # Two frames around one speaker's two statements link by their attribution alone (quotesapart.py).
    probs = apart_quotations(pair_probabilities(scores), docs, quote_frames(sources, scores.doc_keys))

    figures = [figure_keys(d.values, d.qualified) for d in docs]
    source_of = [d.source for d in docs]
    heads = {(p.source, p.index) for s in sources for p in s.passages if p.role == "title"}
    titles = {n for n, d in enumerate(docs) if (d.source, d.index) in heads}
    # A headline's colon is a headline's ("Bank goes big: 50bp"), no fact-box label: only a precise
    # figure after it ("Pilot strike: 412 flights cancelled") is evidence (cluster.box_pairs).
    boxed = [frozenset(k for k in figure_keys(d.boxed) if n not in titles or precise_key(k))
             for n, d in enumerate(docs)]
    # A box line's dated event ("Commissioned: 1968") and the passages dating it ("opened in 1968").
    texts = {(p.source, p.index): p.text for s in sources for p in s.passages}
    dated = [stated_events(texts.get((d.source, d.index), ""), d.values) for d in docs]
    boxed = [keys | boxed_events(texts.get((d.source, d.index), ""), d.boxed) if n not in titles else keys
             for n, (keys, d) in enumerate(zip(boxed, docs, strict=True))]
    found = claims_from(probs, Repeats(scores), source_of, thresholds, dict(scores.looked), figures, boxed,
                        dated)
    found = join_multi_fact(found, probs, source_of, figures, titles)
    quoted = quoted_docs(sources, [(d.source, d.index) for d in docs])
    counted = [counted_keys(d.values, d.qualified) for d in docs]
    found = seat_multi_fact(found, probs, source_of, figures, thresholds, titles, quoted, counted)
    measures = measures_of(sources, scores.doc_keys)
    dimensions = dimensions_of(sources)
    links = links_of(measures, source_of, titles)
    found = join_measures(found, probs, source_of, measures, titles, dimensions, links)
    # Then the rare round sums, on their own: a sum a claim's member states holds no seat a precise
    # figure's passage would take. A lead names the story's subject by its sum ("approved a $3bn
    # campus"): it may be a linked member of the sum's claim, but joins none by it (money_links).
    sums = money_links(measures, source_of, probs, thresholds.merge_at, titles)
    if sums:
        found = join_measures(found, probs, source_of, measures, titles, dimensions, sums,
                              still=_leads(sources, docs))
    # Then a bound that tells one figure cut to its last digit ("more than 86,000" for 86,450), on its
    # own: it holds no seat a figure's passage would take. Any pair the candidates proposed, leads
    # too: the told test made no wrong pair at any score (benchmarks/notes/align45b.md).
    bounds = bound_links(measures, source_of, probs, 0.0, titles)
    if bounds:
        found = join_measures(found, probs, source_of, measures, titles, dimensions, bounds)
    # Then two passages sharing a run of content words no other passage holds, on their own, under the
    # same guards (phrasejoin.py).
    phrased = phrase_links([texts.get((d.source, d.index), "") for d in docs], source_of, probs,
                           PHRASE_FLOOR, found, titles, [d.wording.kept for d in docs])
    if phrased:
        found = second_seats(join_measures(found, probs, source_of, measures, titles, dimensions, phrased),
                             phrased)
    found = join_multi_measure(found, probs, source_of, measures, links, titles, dimensions,
                               entry_stamps(sources))
    # A box line's sum ("Total debt: €240m") beside the prose's sums of its currency: the index,
    # reading words and exact figures, never proposes it with a rival sum (rivaljoin._box_near).
    sum_lines = {n for n, d in enumerate(docs)
                 if n not in titles and any(k.startswith("money:") for k in d.boxed)}
    found = join_rivals(found, probs, source_of, measures, titles, sum_lines,
                        quotation_spans(sources, scores.doc_keys))
    found = join_records(found, sources, scores.doc_keys, source_of, titles)
    found = join_dates(found, sources, scores.doc_keys, titles)
    found = join_quotes(found, sources, scores.doc_keys, titles)
    found = join_leads(found, docs, scores.story, probs, figures, thresholds, titles, quoted)
    found = join_clauses(found, sources, docs, scores.story, scores.similarity, probs, scores.candidates,
                         scores.candidate_similarity, thresholds, titles)
    found = join_split_statements(found, probs, source_of, figures, titles, quoted)
    # A source's passage giving a claim's named figure another value: how a divergence looks (divergejoin.py).
    @functools.cache
    def said(n: int) -> Worded:  # asked of the few passages that pass divergejoin's figure tests
        d = docs[n]
        return worded(d, texts.get((d.source, d.index), ""), scores.story)

    found = join_divergent(found, probs, source_of, figures, said, titles)
    found = pair_by_figures(found, probs, source_of, figures, thresholds.merge_at, titles)
    found = join_tallies(found, source_of, figures, titles)
    # indices into docs already follow source order, then passage order
    found.sort(key=lambda c: (c[0], len(c)))
    return tuple(
        Claim(id=f"c{n}", score=claim_score(c, probs),
              members=tuple(ClaimPassage(docs[i].source, docs[i].index) for i in c))
        for n, c in enumerate(found, start=1)
    )
