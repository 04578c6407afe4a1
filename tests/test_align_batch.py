"""The aligner's batch scoring (numpy over sparse rows) agrees with its pair-by-pair definitions."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import numpy as np
import pytest

from sourcediff import Article
from sourcediff.align import score_pairs
from sourcediff.align.features import (
    FEATURES,
    PAIR_FEATURES,
    candidate_blocks,
    candidate_features,
    candidate_matrix,
    pair_feature_matrix,
    pair_features,
    token_ratios,
)
from sourcediff.align.similarity import similarity
from sourcediff.align.sparse import shared_entries, sparse_rows
from sourcediff.pipeline import analyse

TEXTS = (
    "Storm Elowen made landfall near Vigo at 5:01 p.m. on Tuesday. The government closed 14 schools. "
    "Power was cut to about 30,000 homes. Key details",
    "Authorities shut 14 schools as the storm approached. Elowen came ashore close to Vigo on Tuesday "
    "evening. Some 30,000 households lost electricity, said Ana Ruiz of Iberdrola.",
    "Around 31,000 homes were left without power, Iberdrola said. The storm struck land near Vigo at "
    "5:01 PM on Tuesday. Officials closed 12 schools and three bridges.",
    "Three bridges and two roads were closed. Ana Ruiz said 30,000 homes lost power on Tuesday.",
)


@pytest.mark.parametrize(("pair", "shared"), [
    ((0, 1), {"b": (2.0, 3.0)}),
    ((1, 0), {"b": (3.0, 2.0)}),
    ((1, 1), {"b": (3.0, 3.0), "c": (4.0, 4.0)}),
    ((0, 2), {}),
    ((2, 2), {}),
    ((3, 0), {"a": (5.0, 1.0), "b": (1.0, 2.0)}),
])
def test_shared_entries_are_the_terms_both_rows_hold(pair: tuple[int, int],
                                                      shared: dict[str, tuple[float, float]]) -> None:
    columns: dict[str, int] = {}
    rows = sparse_rows([{"b": 2.0, "a": 1.0}, {"c": 4.0, "b": 3.0}, {}, {"a": 5.0, "b": 1.0, "z": 9.0}],
                       columns)
    found = shared_entries(rows, [(0, 0), pair])  # a pair before it: pair indices are kept apart
    name = {c: t for t, c in columns.items()}
    mine = found.pair == 1
    got = {name[int(c)]: (float(x), float(y))
           for c, x, y in zip(found.col[mine], found.left[mine], found.right[mine], strict=True)}
    assert got == shared
    assert found.count()[1] == len(shared)
    assert found.sum(found.left)[1] == sum(x for x, _ in shared.values())


def test_shared_entries_of_no_pairs() -> None:
    found = shared_entries(sparse_rows([{"a": 1.0}], {}), [])
    assert found.n_pairs == 0 and found.count().size == 0 and found.sum(found.left).dtype == np.float64


def test_passages_too_thin_to_score_score_zero() -> None:
    sources = tuple(analyse(Article.from_text(t, id=f"s{n}")) for n, t in enumerate(("Key details", "Facts")))
    scores = score_pairs(sources)
    a, b = scores.docs
    assert scores.similarity.score_many([((a.source, a.index), (b.source, b.index))]).tolist() == [0.0]


@pytest.fixture(scope="module")
def story() -> tuple:
    sources = tuple(analyse(Article.from_text(t, id=f"s{n}", published="2026-02-24"))
                    for n, t in enumerate(TEXTS))
    scores = score_pairs(sources)
    pairs = list(itertools.combinations(range(len(scores.docs)), 2))
    return sources, scores, pairs


def test_feature_matrix_is_pair_features_of_every_pair(story: tuple) -> None:
    _, scores, pairs = story
    docs = scores.docs
    matrix = pair_feature_matrix(docs, pairs, scores.story)
    one_by_one = np.asarray([pair_features(docs[i], docs[j], scores.story) for i, j in pairs])
    assert matrix.shape == (len(pairs), len(PAIR_FEATURES))
    assert np.allclose(matrix, one_by_one, rtol=0.0, atol=1e-12)
    # the story exercises every pair feature: none is constant over its pairs
    # (small_story describes the story, not the pair: one value for all of them)
    assert all(np.ptp(one_by_one[:, k]) > 0 for k, name in enumerate(PAIR_FEATURES) if name != "small_story")
    # The candidate matrix, filled in place, holds the very same numbers in its first columns.
    sims = np.linspace(0.0, 1.0, len(pairs))
    full = candidate_matrix(docs, pairs, scores.story, sims)
    assert full.shape == (len(pairs), len(FEATURES))
    assert np.array_equal(full[:, :len(PAIR_FEATURES)], matrix)
    assert np.array_equal(full[:, len(PAIR_FEATURES)], sims)
    # block by block (what the model reads at 80 sources), the very same rows
    blocks = list(candidate_blocks(docs, pairs, scores.story, sims, block=7))
    assert [len(b) for b in blocks] == [7] * (len(pairs) // 7) + ([len(pairs) % 7] if len(pairs) % 7 else [])
    assert np.array_equal(np.concatenate(blocks), full)


def test_batch_similarity_is_the_pair_similarity(story: tuple) -> None:
    sources, scores, pairs = story
    docs = scores.docs
    keys = [((docs[i].source, docs[i].index), (docs[j].source, docs[j].index)) for i, j in pairs]
    batch = similarity(sources, docs).score_many(keys)
    fresh = similarity(sources, docs)
    assert np.allclose(batch, [fresh.get(*a, *b) for a, b in keys], rtol=0.0, atol=1e-12)
    assert (batch > 0).any() and (batch == 0).any()  # thin passages ("Key details") score 0


def test_batch_scores_answer_later_lookups_from_arrays(story: tuple) -> None:
    """Batch scores live in sorted pair codes, no dict entry per pair; get() reads them both ways round."""
    sources, scores, pairs = story
    docs = scores.docs
    keys = [(d.source, d.index) for d in docs]
    sim = similarity(sources, docs)
    fresh = similarity(sources, docs)
    # a pair that scores above 0 is left out of the batch, to be scored one by one
    unscored = next(p for p in pairs[1:] if fresh.get(*keys[p[0]], *keys[p[1]]) > 0)
    pairs = [p for p in pairs if p != unscored]
    a, b = keys[pairs[0][0]], keys[pairs[0][1]]
    alone = sim.get(*a, *b)  # scored one by one first: the batch's score must replace it
    batch = sim.score_indexed(keys, np.asarray(pairs))
    assert np.array_equal(batch, sim.score_many([(keys[i], keys[j]) for i, j in pairs]))
    assert len(sim.cache) == 0 and sim.batch_codes.size == len(set(map(frozenset, pairs)))
    assert np.all(np.diff(sim.batch_codes) > 0)
    for n, (i, j) in enumerate(pairs):
        assert sim.get(*keys[i], *keys[j]) == batch[n] == sim.get(*keys[j], *keys[i])
    assert sim.get(*a, *b) == pytest.approx(alone, abs=1e-12)
    x, y = keys[unscored[0]], keys[unscored[1]]
    assert sim.get(*x, *y) == fresh.get(*x, *y) > 0
    # a passage the vectors do not know scores 0
    assert sim.get("nobody", 0, *x) == 0.0
    assert sim.score_indexed([("nobody", 0), x], np.asarray([(0, 1)])).tolist() == [0.0]


def test_candidate_ratios_shared_by_similarity_and_features_change_no_number(story: tuple) -> None:
    """One rapidfuzz pass (PairScores.candidate_ratios) serves the judge's similarity and the "chars"
    feature: both give the very numbers they give when each computes its own ratios."""
    sources, scores, pairs = story
    docs, ij = scores.docs, np.asarray(pairs, dtype=np.int64)
    keys = [(d.source, d.index) for d in docs]
    ratios = token_ratios(docs, ij)
    own = similarity(sources, docs).score_indexed(keys, ij)
    given = similarity(sources, docs).score_indexed(keys, ij, ratios)
    assert np.array_equal(own, given) and (own > 0).any() and (own == 0).any()
    sims = np.linspace(0.0, 1.0, len(pairs))
    assert np.array_equal(np.concatenate(list(candidate_blocks(docs, ij, scores.story, sims, block=7))),
                          np.concatenate(list(candidate_blocks(docs, ij, scores.story, sims, block=7,
                                                               ratios=ratios))))
    assert np.array_equal(scores.candidate_ratios, token_ratios(docs, scores.candidates))


def test_best_ratio_compares_a_pair_with_the_best_in_each_source(story: tuple) -> None:
    _, scores, pairs = story
    docs = scores.docs
    rows = candidate_features(docs, pairs, scores.story, scores.between)
    sim = {p: r[len(PAIR_FEATURES)] for p, r in zip(pairs, rows, strict=True)}

    def best(me: int, source: str) -> float:
        return max(s for (a, b), s in sim.items() if me in (a, b) and docs[a + b - me].source == source)

    for (i, j), row in zip(pairs, rows, strict=True):
        bests = (best(i, docs[j].source), best(j, docs[i].source))
        ratios = sorted(sim[(i, j)] / b if b else 0.0 for b in bests)
        assert row[-2:] == pytest.approx(ratios, abs=1e-12)


def test_wording_matrix_is_wording_features_of_every_pair(story: tuple) -> None:
    """The batch wording features (sorted item strings, rapidfuzz) are the same floats as pair by pair."""
    from sourcediff.align.lexical import WORDING_FEATURES, wording, wording_features, wording_matrix

    _, scores, pairs = story
    extra = [wording(""), wording("Not 3,000 but 3000 homes: Ana's 4 of 4 said no, no."),
             wording("no no no 3000 homes")]
    wordings = [d.wording for d in scores.docs] + extra
    n = len(wordings)
    pairs = [*pairs, (n - 3, 0), (n - 3, n - 3), (n - 2, n - 1), (n - 1, 1), (0, 0)]
    matrix = wording_matrix(wordings, np.asarray(pairs))
    one_by_one = np.asarray([wording_features(wordings[i], wordings[j]) for i, j in pairs])
    assert matrix.shape == (len(pairs), len(WORDING_FEATURES))
    assert np.array_equal(matrix, one_by_one)
    assert wording_matrix(wordings, np.zeros((0, 2), dtype=np.int64)).shape == (0, len(WORDING_FEATURES))
    # Written into columns of a larger matrix (the candidate matrix), the same numbers, nothing else touched.
    wide = np.full((len(pairs), len(WORDING_FEATURES) + 2), -7.0, order="F")
    assert wording_matrix(wordings, np.asarray(pairs), out=wide[:, 1:-1]) is not None
    assert np.array_equal(wide[:, 1:-1], one_by_one)
    assert (wide[:, 0] == -7.0).all() and (wide[:, -1] == -7.0).all()


def test_wording_matrix_falls_back_to_pair_by_pair_beyond_its_code_points(
        story: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcediff.align import lexical

    _, scores, pairs = story
    wordings = [d.wording for d in scores.docs]
    full = lexical.wording_matrix(wordings, np.asarray(pairs))
    monkeypatch.setattr(lexical, "MAX_CODES", 5)
    assert np.array_equal(lexical.wording_matrix(wordings, np.asarray(pairs)), full)


@pytest.mark.parametrize("text", [
    "", "STRASSE and Straße: ﬁve U.S. officials said 3,000 o\u2019clock\u00a0\u2014 no.",
    "\u2018Quoted\u2019  words\tand   Ǆemal İstanbul ΣΊΣΥΦΟΣ 1\u00bd miles",
])
def test_wording_folds_once_as_words_and_content_stems_do(text: str) -> None:
    """wording() folds the text once for its words and numbers; the separate helpers fold it again."""
    from sourcediff.align.features import passage_doc
    from sourcediff.align.lexical import wording
    from sourcediff.model import Passage, Span
    from sourcediff.terms import content_stems
    from sourcediff.text import fold, words

    worded = wording(text)
    assert worded.words == words(text)
    assert worded.numbers == {n.replace(",", "") for n in re.findall(r"\d[\d,]*(?:\.\d+)?", fold(text))}
    doc = passage_doc(Passage("a", 0, 0, Span(0, len(text)), text, fold(text)), [], 0.0)
    assert doc.stems == dict(Counter(content_stems(text)))


def test_evidence_weighs_words_as_if_it_stemmed_every_passage_itself(story: tuple) -> None:
    """build_evidence reuses the aligner's stems; the IDF is that of stemming each passage again."""
    from sourcediff.evidence import build_evidence
    from sourcediff.terms import content_stems, idf

    sources, scores, _ = story
    def stemmed(group: tuple) -> dict[str, float]:
        return idf(content_stems(p.text) for s in group for p in s.passages)

    assert build_evidence(sources, (), scores).idf == stemmed(sources)
    fewer = sources[1:]  # passages the scores do not describe: stemmed afresh
    assert build_evidence(fewer, (), scores).idf == stemmed(fewer)
