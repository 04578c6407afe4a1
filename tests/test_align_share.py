"""cluster.share_seats: a source's headline joins the claim that already holds its lead (and the other way).

Small synthetic graphs (numbers only): passages 0.. with their sources, in
each source's passage order, the pair probabilities and each passage's
figures (``family=value`` keys).
"""

from __future__ import annotations

from sourcediff.align.cluster import Thresholds, share_seats

T = Thresholds(merge_at=0.3, second_at=0.5)
# source a: 0 its headline, 1 its lead, 2 a later sentence; b, c, d: one passage each
SOURCES = ["a", "a", "a", "b", "c", "d"]
CLAIM = [1, 3, 4, 5]  # a's lead with b, c and d
NONE = [frozenset[str]()] * 6
# the claim's members pair well; the headline pairs strongly with b and c, weakly with d
PROBS = {(3, 4): 0.8, (3, 5): 0.8, (4, 5): 0.8, (1, 3): 0.8, (1, 4): 0.8, (1, 5): 0.8,
         (0, 3): 0.7, (0, 4): 0.7, (0, 5): 0.2}


def _same(i: int, j: int) -> float:
    return 0.7


def _never(i: int, j: int) -> float:
    return 0.0


def test_the_headline_joins_its_lead_when_both_state_the_claims_fact() -> None:
    assert share_seats([CLAIM], PROBS, SOURCES, T, NONE, _same) == [[0, *CLAIM]]


def test_no_seat_when_the_model_says_headline_and_lead_state_different_facts() -> None:
    assert share_seats([CLAIM], PROBS, SOURCES, T, NONE, _never) == [CLAIM]


def test_no_seat_when_the_two_give_one_figure_different_values() -> None:
    figures = [frozenset({"money:USD=2E+6"}), frozenset({"money:USD=3E+6"}), *NONE[2:]]
    assert share_seats([CLAIM], PROBS, SOURCES, T, figures, _same) == [CLAIM]
    agreeing = [frozenset({"money:USD=2E+6"}), frozenset({"money:USD=2E+6"}), *NONE[2:]]
    assert share_seats([CLAIM], PROBS, SOURCES, T, agreeing, _same) == [[0, *CLAIM]]


def test_no_seat_on_one_strong_pair() -> None:
    weak = PROBS | {(0, 4): 0.2}  # strong with b only: fewer than half of the three others
    assert share_seats([CLAIM], weak, SOURCES, T, NONE, _same) == [CLAIM]


def test_no_seat_below_second_at() -> None:
    low = PROBS | {(0, 3): 0.4, (0, 4): 0.4}  # strong pairs, but a fit of (0.4 + 0.4 + 0.2) / 3
    assert share_seats([CLAIM], low, SOURCES, T, NONE, _same) == [CLAIM]


def test_a_later_sentence_gets_no_second_seat() -> None:
    """Only a source's opening pair shares a seat: any two siblings made many wrong pairs on ECB+."""
    later = {(3, 4): 0.8, (3, 5): 0.8, (4, 5): 0.8, (0, 3): 0.8, (0, 4): 0.8, (0, 5): 0.8,
             (2, 3): 0.7, (2, 4): 0.7, (2, 5): 0.2, (1, 3): 0.1}
    claim = [0, 3, 4, 5]
    assert share_seats([claim], later, SOURCES, T, NONE, _same) == [claim]


def test_a_thin_line_between_headline_and_lead_is_skipped() -> None:
    """Passage 1 (a dateline, say) is in no candidate pair: a's opening pair is 0 and 2."""
    probs = {(3, 4): 0.8, (3, 5): 0.8, (4, 5): 0.8, (2, 3): 0.8, (2, 4): 0.8, (2, 5): 0.8,
             (0, 3): 0.7, (0, 4): 0.7, (0, 5): 0.2}
    claim = [2, 3, 4, 5]
    assert share_seats([claim], probs, SOURCES, T, NONE, _same) == [[0, *claim]]


def test_a_source_with_two_seats_takes_no_third() -> None:
    sources = ["a", "a", "b", "c", "a"]
    probs = {(0, 2): 0.8, (0, 3): 0.8, (2, 3): 0.8, (1, 2): 0.8, (1, 3): 0.8}
    claim = [0, 2, 3, 4]  # a already sits there twice (0 and a later 4): its lead 1 stays out
    assert share_seats([claim], probs, sources, T, [frozenset[str]()] * 5, _same) == [claim]
