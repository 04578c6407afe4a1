"""align.multifact: a passage stating several facts also joins the claim of each of its figures.

A lead ("a 9 km ash column, 6,200 people moved out") sits in one claim; the
claim of the sentences stating only its ash column should hold it too
(issue #11). Small synthetic graphs and figure keys only.
"""

from __future__ import annotations

from sourcediff.align.multifact import join_multi_fact, joins_by

COLUMN = "number:distance=9"
EVACUEES = "number:number:count:peopl=6.2E+3"
OTHER = "number:distance=7"


def _lead_case(lead: frozenset[str]) -> tuple[list[str], dict[tuple[int, int], float], list[frozenset[str]]]:
    # 0 (a) the lead; 1 (b), 2 (c) state the column; 3 (b) the evacuees
    source_of = ["a", "b", "c", "b"]
    probs = {(0, 1): 0.35, (0, 3): 0.6, (1, 2): 0.8}
    return source_of, probs, [lead, frozenset({COLUMN}), frozenset({COLUMN}), frozenset({EVACUEES})]


def test_a_lead_joins_the_claim_of_its_second_figure() -> None:
    source_of, probs, figures = _lead_case(frozenset({COLUMN, EVACUEES}))
    assert join_multi_fact([[0, 3], [1, 2]], probs, source_of, figures) == [[0, 3], [0, 1, 2]]


def test_a_passage_with_one_figure_or_a_conflicting_one_stays_out() -> None:
    source_of, probs, figures = _lead_case(frozenset({COLUMN}))
    assert join_multi_fact([[0, 3], [1, 2]], probs, source_of, figures) == [[0, 3], [1, 2]]
    # two distances: which of them is the claim's is not sure
    source_of, probs, figures = _lead_case(frozenset({COLUMN, OTHER, EVACUEES}))
    assert join_multi_fact([[0, 3], [1, 2]], probs, source_of, figures) == [[0, 3], [1, 2]]


def test_a_claim_about_more_than_the_shared_figure_or_a_headline_claim_is_not_joined() -> None:
    source_of, probs, figures = _lead_case(frozenset({COLUMN, EVACUEES}))
    figures[2] = frozenset({COLUMN, "percent:percent=12"})  # member 2 states something the lead does not
    assert join_multi_fact([[0, 3], [1, 2]], probs, source_of, figures) == [[0, 3], [1, 2]]
    source_of, probs, figures = _lead_case(frozenset({COLUMN, EVACUEES}))
    assert join_multi_fact([[0, 3], [1, 2]], probs, source_of, figures, titles={1}) == [[0, 3], [1, 2]]


def test_a_sibling_in_the_claim_holds_the_seat_unless_it_is_the_headline() -> None:
    # 4 (a): another sentence of the lead's source, stating the column, sits in the claim
    source_of, probs, figures = _lead_case(frozenset({COLUMN, EVACUEES}))
    source_of.append("a")
    figures.append(frozenset({COLUMN}))
    assert join_multi_fact([[0, 3], [1, 2, 4]], probs, source_of, figures) == [[0, 3], [1, 2, 4]]
    joined = join_multi_fact([[0, 3], [1, 2, 4]], probs, source_of, figures, titles={4})
    assert joined == [[0, 3], [0, 1, 2, 4]]


def test_a_pair_never_proposed_joins_nothing() -> None:
    source_of, probs, figures = _lead_case(frozenset({COLUMN, EVACUEES}))
    del probs[(0, 1)]
    assert join_multi_fact([[0, 3], [1, 2]], probs, source_of, figures) == [[0, 3], [1, 2]]


def test_weak_keys_never_join() -> None:
    assert joins_by(COLUMN) and joins_by("time:clock=14:35") and joins_by("number:number:count=14212")
    assert joins_by("number:number:count:miner=14")  # a count with its noun read
    assert not joins_by("number:number:count=9")  # a bare small count
    assert not joins_by("time:clock=09:00")  # on the hour
    assert not joins_by("number:number:identifier:flight=CV418")  # the story's subject
