"""A clause's own figures give a seated lead a second seat the model refused (align/clausefigures.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from sourcediff.align.clausefigures import figure_seat, own_figures
from sourcediff.align.clausejoin import _seats
from sourcediff.align.cluster import Thresholds, figure_keys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_align_clausejoin import LEAD, RESCUE, VOLUNTEERS, _lead_clauses, _story

T = Thresholds()
HIKERS = "number:number:count:hiker=4"
VOLUNT = "number:number:count:volunt=23"
HOURS = "number:duration=11"
TEAMS = "number:number:count:mountain=3"

# passages: 0 the lead (wire), 1 and 2 the paper's, 3 and 4 the trade site's, 5 the wire's own body line
SOURCE_OF = ["wire", "paper", "paper", "trade", "trade", "wire", "local"]
FIGURES = [frozenset({HIKERS, VOLUNT, HOURS}), frozenset({HIKERS}), frozenset({VOLUNT, HOURS}),
           frozenset({HIKERS}), frozenset({VOLUNT, TEAMS}), frozenset({TEAMS}), frozenset({TEAMS})]
CLAIMS = [[0, 1, 3], [2, 4, 5]]


def _seat(clause: frozenset[str], claims: list[list[int]] = CLAIMS, proposed: frozenset[int] = frozenset({2}),
          rest: frozenset[str] = frozenset({HIKERS}), changed: dict[int, frozenset[str]] | None = None,
          quoted: frozenset[int] = frozenset()) -> int | None:
    def figures(m: int) -> frozenset[str]:
        return (changed or {}).get(m, FIGURES[m])

    own = own_figures(0, claims, [0], SOURCE_OF, figures)
    return figure_seat(0, clause, rest, own, claims, [1], proposed, SOURCE_OF, figures, quoted)


def test_the_clause_of_a_second_figure_joins_the_claim_every_other_source_states_it_in() -> None:
    # the trade site's line states a figure the lead does not (the teams): the clause still joins
    assert own_figures(0, CLAIMS, [0], SOURCE_OF, FIGURES.__getitem__) == frozenset({HIKERS})
    assert _seat(frozenset({VOLUNT, HOURS})) == 1


def test_a_clause_stating_the_seated_fact_or_a_figure_another_clause_states_joins_nothing() -> None:
    assert _seat(frozenset({HIKERS})) is None
    assert _seat(frozenset({VOLUNT}), rest=frozenset({HIKERS, VOLUNT})) is None


def test_a_member_lacking_the_figure_or_stating_the_seated_fact_keeps_the_clause_out() -> None:
    assert _seat(frozenset({VOLUNT, HOURS}), claims=[[0, 1, 3], [2, 3, 5]]) is None  # 3 states the hikers
    assert _seat(frozenset({VOLUNT, HOURS}), claims=[[0, 1, 3], [2, 4, 6]]) is None  # 6 lacks the figure


def test_one_other_source_a_rival_value_or_a_claim_never_proposed_is_no_evidence() -> None:
    assert _seat(frozenset({VOLUNT, HOURS}), claims=[[0, 1, 3], [2, 5]]) is None
    assert _seat(frozenset({VOLUNT, HOURS}), proposed=frozenset({1})) is None
    assert _seat(frozenset({VOLUNT, HOURS}), changed={4: frozenset({VOLUNT, "number:duration=9"})}) is None


def test_the_own_sources_passage_stating_the_figure_or_a_quotation_keeps_the_clause_out() -> None:
    assert _seat(frozenset({VOLUNT, HOURS}), changed={5: frozenset({VOLUNT})}) is None
    assert _seat(frozenset({VOLUNT, HOURS}), quoted=frozenset({4})) is None


def test_a_lead_the_model_refuses_for_its_second_clause_takes_the_seat_its_figures_give() -> None:
    infos, scores, _ = _story()
    clauses = _lead_clauses(infos, scores)
    source_of = [d.source for d in scores.docs]
    claims = [list(RESCUE), list(VOLUNTEERS[1:])]
    holding = {m: [n for n, c in enumerate(claims) if m in c] for m in range(len(source_of))}
    # the second clause scores under merge_at with the volunteers sentences: the model seats it nowhere
    fits = [{3: 0.95, 6: 0.97, 4: 0.2, 7: 0.3}, {3: 0.1, 6: 0.08, 4: 0.4, 7: 0.35}]

    def figures(m: int) -> frozenset[str]:
        return figure_keys(scores.docs[m].values, scores.docs[m].qualified)

    assert _seats(LEAD, clauses, fits, claims, holding, source_of, T, (), scores.docs) == set()
    assert _seats(LEAD, clauses, fits, claims, holding, source_of, T, (), scores.docs, {4}, figures) == {1}
    # never proposed with a member of the claim: no seat
    assert _seats(LEAD, clauses, fits, claims, holding, source_of, T, (), scores.docs, {3}, figures) == set()
