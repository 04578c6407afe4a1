"""perf35: the passage docs built with fewer Python calls give the same answers; sparse rows as ever.

`passage_doc` reads each mention's keys once. The sparse rows' numbering
(tried in C loops, slower: benchmarks/notes/perf35.md) is held to its plain
definition, on invented text and generated term vectors.
"""

from __future__ import annotations

import random

import numpy as np

from sourcediff.align.features import passage_doc, value_family_keys
from sourcediff.align.sparse import sparse_rows
from sourcediff.extract import extract
from sourcediff.extract.labels import after_label
from sourcediff.model import Article
from sourcediff.segment import segment


def _reference_rows(vectors: list[dict[str, float]], columns: dict[str, int]) -> tuple[list[int], list[int]]:
    """The numbering as it was: one ``setdefault(t, len(columns))`` per term, rows sorted by column."""
    start, cols = [0], []
    for vec in vectors:
        cols.append(sorted(columns.setdefault(t, len(columns)) for t in vec))
        start.append(start[-1] + len(vec))
    return start, [c for row in cols for c in row]


def test_sparse_rows_number_terms_in_order_of_first_appearance() -> None:
    vectors = [{"harbour": 1.0, "ferry": 2.0}, {}, {"ferry": 0.5, "strike": 3.0, "harbour": 1.5}]
    columns: dict[str, int] = {}
    rows = sparse_rows(vectors, columns)
    assert columns == {"harbour": 0, "ferry": 1, "strike": 2}
    assert rows.start.tolist() == [0, 2, 2, 5]
    assert rows.cols.tolist() == [0, 1, 0, 1, 2]
    assert rows.data.tolist() == [1.0, 2.0, 1.5, 0.5, 3.0]
    assert rows.width == 3


def test_sparse_rows_extend_a_columns_dict_already_in_use() -> None:
    columns = {"council": 0, "budget": 1}
    rows = sparse_rows([{"budget": 1.0, "vote": 2.0}, {"council": 1.0, "vote": 1.0, "delay": 4.0}], columns)
    assert columns == {"council": 0, "budget": 1, "vote": 2, "delay": 3}
    assert rows.cols.tolist() == [1, 2, 0, 2, 3]
    assert rows.width == 4


def test_sparse_rows_match_the_per_term_numbering_on_random_vectors() -> None:
    rng = random.Random(35)
    vocab = [f"term{n}" for n in range(60)]
    for _ in range(50):
        vectors = [{t: rng.random() for t in rng.sample(vocab, rng.randint(0, 12))}
                   for _ in range(rng.randint(0, 9))]
        seed = {t: n for n, t in enumerate(rng.sample(vocab, rng.randint(0, 5)))}
        mine, theirs = dict(seed), dict(seed)
        rows = sparse_rows(vectors, mine)
        start, cols = _reference_rows(vectors, theirs)
        assert mine == theirs
        assert rows.start.tolist() == start
        assert rows.cols.tolist() == cols
        assert np.array_equal(rows.data, [v[t] for v in vectors for t in sorted(v, key=theirs.__getitem__)])


def _doc(text: str):  # type: ignore[no-untyped-def]
    article = Article.from_text(text, id="s", published="2026-02-03")
    passages = segment(article)
    mentions = [m for m in extract(article, passages) if m.passage == passages[0].index]
    return passages[0], mentions, passage_doc(passages[0], mentions, 0.0)


def test_passage_doc_values_and_boxed_keys_as_read_per_mention() -> None:
    passage, mentions, doc = _doc("Fares: $4.50 a trip from 1 March, up from $3.90, for 12,000 riders a day.")
    assert doc.values == {k for m in mentions for k in value_family_keys(passage, m)}
    assert doc.boxed == {k for m in mentions if after_label(passage.text, m.span.start - passage.start)
                         for k in value_family_keys(passage, m)}
    assert doc.values and doc.boxed


def test_passage_doc_keeps_a_key_hedged_only_when_every_mention_hedges_it() -> None:
    _, _, hedged = _doc("Roughly 800 workers walked out on Monday; nearly 800 workers stayed home Tuesday.")
    assert hedged.qualified and {k for k, _ in hedged.qualified} <= hedged.values
    _, _, mixed = _doc("Roughly 800 workers walked out on Monday; 800 workers stayed home Tuesday.")
    assert not mixed.qualified
