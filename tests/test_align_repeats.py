"""The repeat rule's batched scoring gives the numbers, and the claims, of scoring each pair alone."""

from __future__ import annotations

import itertools

import numpy as np

from sourcediff import Article
from sourcediff.align import Repeats, score_pairs
from sourcediff.align.features import FEATURES, pair_features
from sourcediff.align.model import load_model
from sourcediff.pipeline import analyse

# Invented: one outlet states the harbour figure twice (headline and body), another once.
TEXTS = (
    "Harbour of Lumeth reopens after 9 days. The harbour of Lumeth reopened on Friday after nine days. "
    "Crews cleared 240 tonnes of silt, the port office said.",
    "Lumeth's harbour opened again on Friday, nine days after the storm closed it. About 240 tonnes of "
    "silt were removed. Fishing boats returned by evening.",
)


def test_probability_each_is_the_probability_of_each_row_alone() -> None:
    model = load_model()
    rng = np.random.default_rng(7)
    rows = rng.random((400, len(FEATURES))) * rng.choice([0.1, 1.0, 3.0], (400, len(FEATURES)))
    alone = np.concatenate([model.probability(rows[r:r + 1]) for r in range(len(rows))])
    assert np.array_equal(model.probability_each(rows), alone)  # bit for bit, not merely close
    assert model.probability_each([]).shape == (0,)


def test_repeats_score_each_pair_as_alone_and_once() -> None:
    sources = tuple(analyse(Article.from_text(t, id=f"s{n}", published="2026-03-06"))
                    for n, t in enumerate(TEXTS))
    scores = score_pairs(sources)
    docs, model = scores.docs, load_model()
    pairs = [(i, j) for i, j in itertools.permutations(range(len(docs)), 2)
             if docs[i].source == docs[j].source]
    assert pairs
    alone = [float(model.probability([[*pair_features(docs[i], docs[j], scores.story),
                                       scores.between(docs[i], docs[j]), 1.0, 1.0]])[0]) for i, j in pairs]
    repeats = Repeats(scores)
    assert repeats.many(pairs) == alone
    assert [repeats(i, j) for i, j in pairs] == alone
    assert len(repeats.known) == len(pairs)  # asked twice, scored once
