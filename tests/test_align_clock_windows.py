"""figurepairs.pair_by_figures: two passages stating one window of clock times make a claim.

"The library closes to the public between 10 a.m. and 2 p.m." against a
notice's "Reading rooms shut 10:00-14:00, staff only" share two clock times
on the hour and few words. Each time alone is weak (a story states many on
the hour), but the pair of them, stated by these two passages and no third,
is one window. Small synthetic inputs only.
"""

from __future__ import annotations

from sourcediff.align.figurepairs import pair_by_figures

START = "time:clock=10:00"
END = "time:clock=14:00"
OTHER = "time:clock=15:00"
MERGE_AT = 0.3


def test_two_passages_sharing_a_window_make_a_claim_whatever_their_score() -> None:
    # 0 (a) and 2 (b) state the window; clustering seated 2 with b's neighbour and c's passage
    source_of = ["a", "b", "b", "c"]
    figures = [frozenset({START, END}), frozenset(), frozenset({START, END}), frozenset()]
    claims = [[0], [1, 2, 3]]
    for p in (0.1, 0.4):
        assert pair_by_figures(claims, {(0, 2): p}, source_of, figures, MERGE_AT) == [[0], [1, 2, 3], [0, 2]]
    # already together, or one of them a headline: nothing added
    assert pair_by_figures([[0, 2]], {(0, 2): 0.4}, source_of, figures, MERGE_AT) == [[0, 2]]
    assert pair_by_figures(claims, {(0, 2): 0.4}, source_of, figures, MERGE_AT, titles={2}) == claims


def test_one_shared_clock_or_a_window_a_third_passage_states_adds_nothing() -> None:
    source_of = ["a", "b", "c"]
    probs = {(0, 1): 0.4}
    # one clock on the hour in common: a start that many facts share
    one = [frozenset({START, END}), frozenset({START, OTHER}), frozenset()]
    assert pair_by_figures([], probs, source_of, one, MERGE_AT) == []
    # a third passage states the window too: which two tell one fact is not sure
    three = [frozenset({START, END})] * 3
    assert pair_by_figures([], probs, source_of, three, MERGE_AT) == []
