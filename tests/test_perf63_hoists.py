"""Work a step did once per pair, done once per clause (perf63, issue #13).

``features.pair_features_each``: clausejoin reads one clause against
hundreds of partners at 80 sources; the clause's weights, its word vectors
(copied out of the table) and the story's size feature are read once for all
of them. Every row must be the one the pair alone gives, to the last bit.
"""

from __future__ import annotations

import itertools
import math

import pytest
from rapidfuzz import fuzz

from sourcediff.align import score_pairs, vectors
from sourcediff.align.features import (
    PassageDoc,
    Story,
    _conflicts,
    _shared_keys,
    pair_features,
    pair_features_each,
    small_story,
)
from sourcediff.align.lexical import wording_features
from sourcediff.align.vectors import vector_features
from sourcediff.model import Article
from sourcediff.pipeline import analyse

TEXTS = (
    "The Harwell Valley water board approved a £42 million upgrade of the Kestle treatment works on "
    "Tuesday. Board chair Imogen Tarrant said 18,000 homes had suffered low pressure since March. "
    "\"We cannot ask people to wait another winter,\" Tarrant said. Work starts on 4 May.",
    "A £41.5m plan to rebuild the Kestle works was backed by the water board, its chair Imogen Tarrant "
    "told reporters. About 18,000 households lost pressure this spring. Contractors begin in May, "
    "and the board expects the job to take 30 months.",
    "Residents of Harwell Valley welcomed the board's decision. Some 17,500 homes were hit by low "
    "pressure, a residents' group said, and the upgrade will cost about £42m. No date was given.",
)


def _one_pair(a: PassageDoc, b: PassageDoc, story: Story) -> list[float]:
    """pair_features as one pair computed it before perf63, written out: the reference."""
    wa, na, ma = story.vector(a)
    wb, nb, mb = story.vector(b)
    shared = wa.keys() & wb.keys()
    cosine = sum(wa[t] * wb[t] for t in shared) / (na * nb) if na and nb else 0.0
    cover_a = sum(wa[t] for t in shared) / ma if ma else 0.0
    cover_b = sum(wb[t] for t in shared) / mb if mb else 0.0
    longer = max(a.content_words, b.content_words)
    return [cosine, min(cover_a, cover_b), max(cover_a, cover_b), math.log1p(len(shared)) / math.log(16.0),
            _shared_keys(a.values, b.values, story), _conflicts(a.values, b.values),
            _shared_keys(a.names, b.names, story), fuzz.ratio(a.sorted_tokens, b.sorted_tokens) / 100.0,
            min(a.content_words, b.content_words) / longer if longer else 0.0, abs(a.position - b.position),
            *wording_features(a.wording, b.wording), small_story(story),
            *vector_features(a.meaning, b.meaning)]


@pytest.fixture(scope="module")
def scored() -> tuple[list[PassageDoc], Story]:
    sources = tuple(analyse(Article.from_text(t, id=f"s{n}", published="2026-04-21"))
                    for n, t in enumerate(TEXTS))
    scores = score_pairs(sources)
    return list(scores.docs), scores.story


def test_each_row_is_the_one_the_pair_alone_gives(scored: tuple[list[PassageDoc], Story]) -> None:
    docs, story = scored
    assert len(docs) >= 8
    for a in docs:
        rows = pair_features_each(a, docs, story)
        assert rows == [_one_pair(a, b, story) for b in docs]  # equal floats, not close ones
        assert rows == [pair_features(a, b, story) for b in docs]


def test_no_partners_no_rows(scored: tuple[list[PassageDoc], Story]) -> None:
    docs, story = scored
    assert pair_features_each(docs[0], [], story) == []


def test_the_first_passage_vectors_are_taken_once(scored: tuple[list[PassageDoc], Story],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    docs, story = scored
    a = next(d for d in docs if len(d.meaning.weights))
    bs = [d for d in docs if d is not a and len(d.meaning.weights)]
    taken: list[int] = []
    real = vectors._vectors_of
    monkeypatch.setattr(vectors, "_vectors_of", lambda rows: taken.append(len(rows)) or real(rows))
    pair_features_each(a, bs, story)
    # one copy for a, one per partner: a pair at a time took a's vectors once a pair
    assert len(taken) == len(bs) + 1


def test_given_vectors_give_the_same_vector_features(scored: tuple[list[PassageDoc], Story]) -> None:
    docs, _ = scored
    for a, b in itertools.product(docs[:4], docs):
        given = vector_features(a.meaning, b.meaning, a.meaning.vectors)
        assert given == vector_features(a.meaning, b.meaning)
