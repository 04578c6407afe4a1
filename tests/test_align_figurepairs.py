"""figurepairs.pair_by_figures: two prose passages sharing a precise figure no other passage states.

"The levy raised 48.7 million crowns" and "the scheme brought in 48.7m
crowns last year" share one figure and few words: the pair model scores
them low, so each sits with its own neighbours (issue #11). Invented text
and small synthetic inputs only.
"""

from __future__ import annotations

from sourcediff.align.figurepairs import pair_by_figures

PRECISE = "money:SEK=4.87E+7"
ROUND = "money:SEK=5E+7"
MERGE_AT = 0.3


def test_a_low_scored_pair_sharing_a_figure_only_it_states_makes_a_claim() -> None:
    # 0 (a) and 1 (b) state the figure; 2 (b) and 3 (c) state other things
    source_of = ["a", "b", "b", "c"]
    figures = [frozenset({PRECISE}), frozenset({PRECISE}), frozenset({ROUND}), frozenset()]
    probs = {(0, 1): 0.05, (0, 2): 0.2, (1, 3): 0.1}
    claims = [[0, 3], [1, 2]]
    assert pair_by_figures(claims, probs, source_of, figures, MERGE_AT) == [[0, 3], [1, 2], [0, 1]]
    # already together, scored at merge_at (the clustering's business) or a headline: nothing added
    assert pair_by_figures([[0, 1]], probs, source_of, figures, MERGE_AT) == [[0, 1]]
    assert pair_by_figures(claims, {(0, 1): 0.5}, source_of, figures, MERGE_AT) == claims
    assert pair_by_figures(claims, probs, source_of, figures, MERGE_AT, titles={0}) == claims


def test_a_round_figure_or_one_a_third_passage_states_adds_nothing() -> None:
    source_of = ["a", "b", "c"]
    probs = {(0, 1): 0.05}
    # "50 million" recurs for many things in one story
    assert pair_by_figures([], probs, source_of, [frozenset({ROUND})] * 2 + [frozenset()], MERGE_AT) == []
    # a third passage states it too: which two of the three tell one fact is not sure
    assert pair_by_figures([], probs, source_of, [frozenset({PRECISE})] * 3, MERGE_AT) == []

