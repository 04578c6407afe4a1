"""cluster.box_pairs: a fact-box line joins the passages of other sources that state its figure.

A label-and-figure line ("Tenants affected: 4,812.") shares few words with
the prose sentence that states the same figure, so the pair model scores
the pair low; the figure the label introduces is the evidence (issue #11).
Invented text and small synthetic graphs only.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.align.cluster import box_pairs, claims_from, figure_keys
from sourcediff.align.clusterbase import _Graph
from sourcediff.align.features import PassageDoc, source_docs
from sourcediff.pipeline import analyse

PRECISE = "number:number:count=4812"  # 4,812 of something: a figure no other fact shares by chance
ROUND = "number:number:count:tenant=5E+3"


def _doc(text: str) -> PassageDoc:
    (doc,) = source_docs(analyse(Article(id="a", text=text)))
    return doc


def test_the_figure_a_label_introduces_is_boxed() -> None:
    box = _doc("Tenants affected: 4,812, most of them in the old town.")
    assert figure_keys(box.boxed) == {PRECISE}
    # the same figure in a sentence is no box
    assert not _doc("The landlord raised rents for 4,812 tenants in the spring.").boxed


def _never(i: int, j: int) -> float:
    return 0.0


def test_a_box_line_joins_the_best_passage_of_each_source_sharing_its_precise_figure() -> None:
    # 0 (a) the box line; 1, 2 (b) and 3 (c) state the figure; 4 (d) states another
    source_of = ["a", "b", "b", "c", "d"]
    probs = {(0, 1): 0.05, (0, 2): 0.1, (0, 3): 0.02, (0, 4): 0.2}
    figures = [frozenset({PRECISE}), frozenset({PRECISE}), frozenset({PRECISE}), frozenset({PRECISE}),
               frozenset({ROUND})]
    boxed = [frozenset({PRECISE}), *[frozenset()] * 4]
    assert box_pairs([], source_of, figures, boxed, _Graph(probs)) == [[0, 2, 3]]
    # a claim holding them all already: nothing to add
    assert box_pairs([[0, 2, 3]], source_of, figures, boxed, _Graph(probs)) == [[0, 2, 3]]
    # through claims_from, as align calls it
    assert [0, 2, 3] in claims_from(probs, _never, source_of, figures=figures, boxed=boxed)
    assert [0, 2, 3] not in claims_from(probs, _never, source_of, figures=figures)


def test_a_bare_round_count_or_a_figure_outside_the_box_adds_nothing() -> None:
    source_of = ["a", "b"]
    probs = {(0, 1): 0.05}
    # "Arrests: 5" read with no noun against "5 tenants": a round count of nothing named may count
    # anything (a round figure with its noun or unit is tests/test_align_listalign.py's)
    bare = "number:number:count:=5"
    assert box_pairs([], source_of, [frozenset({"number:number:count:tenant=5"})] * 2,
                     [frozenset({bare}), frozenset()], _Graph(probs)) == []
    # the precise figure is in the line but no label introduces it
    assert box_pairs([], source_of, [frozenset({PRECISE})] * 2, [frozenset({ROUND}), frozenset()],
                     _Graph(probs)) == []
    # a pair the candidate index never proposed is not asserted
    assert box_pairs([], source_of, [frozenset({PRECISE})] * 2, [frozenset({PRECISE}), frozenset()],
                     _Graph({})) == []


def test_article_before_gate_answers_as_the_prefix_tests_do() -> None:
    """`_article_before` skips its prefix tests when no space precedes the figure: every article and
    hedge ends with one, so the answer is the full loop's at every offset of invented box lines."""
    from sourcediff.align import boxed

    assert all(a.endswith(" ") for a in (*boxed._ARTICLES, *boxed._HEDGES))

    def full(text: str, start: int) -> int | None:
        for article in (*boxed._ARTICLES, *boxed._HEDGES):
            at = start - len(article)
            if at >= 0 and text.startswith(article, at) and (at == 0 or not text[at - 1].isalnum()):
                return at
        return None

    for text in ("Crowd: about 9,000", "The vessel: a 212-metre hull", "Span: approx. 40 m (131 ft)",
                 "Cost:an estimated 3m", "Some 12 rooms, c. 1900", "Depth:roughly\t8 m", "An 80kg load"):
        for start in range(len(text) + 3):  # past the end too: the answer is None there, no error
            assert boxed._article_before(text, start) == full(text, start)
