"""Word-vector features (align/vectors.py): rewordings score close, other facts do not."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

from sourcediff.align.vectors import (
    VECTOR_FEATURES,
    load_table,
    meaning,
    vector_feature_matrix,
    vector_features,
    weight_of_rank,
)
from sourcediff.text import words


def feats(a: str, b: str) -> dict[str, float]:
    return dict(zip(VECTOR_FEATURES, vector_features(meaning(words(a)), meaning(words(b))), strict=True))


def test_table_is_small_unit_vectors_with_its_licence() -> None:
    table = load_table()
    assert 30_000 <= len(table.row) <= 60_000
    assert np.allclose(np.linalg.norm(table.unit, axis=1), 1.0, atol=1e-5)
    # ranks follow the table order (most frequent first) and start near the top of the corpus
    assert np.all(np.diff(table.rank) > 0) and table.rank[0] < 100
    notice = resources.files("sourcediff").joinpath("data", "WORD_VECTORS.md").read_text(encoding="utf-8")
    assert "PDDL" in notice and "Pennington" in notice


def test_synonyms_are_closer_than_unrelated_words() -> None:
    table = load_table()

    def cos(a: str, b: str) -> float:
        return float(table.unit[table.row[a]] @ table.unit[table.row[b]])

    assert cos("rose", "climbed") > cos("rose", "bridge") + 0.2
    assert cos("lawmakers", "legislators") > 0.7 > cos("lawmakers", "earthquake")


def test_a_rewording_scores_above_another_fact_of_the_story() -> None:
    said = "Lawmakers approved the budget bill on Tuesday"
    reworded = feats(said, "Legislators passed the spending measure Tuesday")
    other = feats(said, "The storm flooded hundreds of homes near the coast")
    assert reworded["soft_min"] > other["soft_min"] + 0.15
    assert reworded["unmatched_max"] < other["unmatched_max"]
    assert reworded["mean_cosine"] > other["mean_cosine"]


def test_words_without_a_vector_match_only_themselves() -> None:
    same = feats("Zorblatt Qwixley resigned", "Zorblatt Qwixley quit")
    other = feats("Zorblatt Qwixley resigned", "Brimwick Tovanny quit")
    assert same["soft_min"] > other["soft_min"] + 0.4
    assert other["unmatched_min"] > 0.5


def test_identical_passages_match_fully_and_empty_ones_not_at_all() -> None:
    f = feats("Officials closed fourteen schools", "Officials closed fourteen schools")
    assert f["soft_min"] == pytest.approx(1.0) and f["unmatched_max"] == 0.0
    empty = feats("", "Officials closed schools")
    assert empty == dict.fromkeys(VECTOR_FEATURES, 0.0) | {"unmatched_max": 1.0}


def test_rare_words_weigh_more_than_common_ones() -> None:
    table = load_table()
    assert weight_of_rank(int(table.rank[table.row["earthquake"]])) > weight_of_rank(
        int(table.rank[table.row["government"]]))


def test_batch_equals_pair_by_pair_with_empty_passages() -> None:
    texts = ["", "Shares climbed sharply", "Stock rose steeply on Tuesday", "Zorblatt resigned",
             "the of and", "Shares of Zorblatt fell"]
    ms = [meaning(words(t)) for t in texts]
    pairs = np.asarray([(i, j) for i in range(len(ms)) for j in range(len(ms)) if i != j])
    batch = vector_feature_matrix(ms, pairs)
    one = np.asarray([vector_features(ms[i], ms[j]) for i, j in pairs])
    assert np.allclose(batch, one, rtol=0.0, atol=1e-12)
