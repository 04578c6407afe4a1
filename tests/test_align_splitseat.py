"""A source stating in two sentences what the claim's ledes state in one gets both seats (splitseat.py)."""

from __future__ import annotations

from sourcediff.align.splitseat import join_split_statements

CLOSE = "number:number:count:lift=14"  # "all 14 lifts will stop on 28 February"
EARLY = "percent:percent=15"  # "a season 15% shorter"
TERM = "number:duration=3"

# 0 the wire's lede, 1 the trade site's lede, 2 and 3 the tabloid's two sentences, 4 the local's lede
SOURCE_OF = ["wire", "trade", "tabloid", "tabloid", "local"]
FIGURES = [frozenset({CLOSE, EARLY}), frozenset({CLOSE, EARLY}), frozenset({CLOSE}), frozenset({EARLY}),
           frozenset({CLOSE, EARLY})]
PROBS = {(0, 3): 0.2, (1, 3): 0.1, (0, 2): 0.7}


def _join(claims: list[list[int]], figures: list[frozenset[str]] = FIGURES,
          titles: frozenset[int] = frozenset(), quoted: frozenset[int] = frozenset(),
          probs: dict[tuple[int, int], float] = PROBS) -> list[list[int]]:
    return join_split_statements(claims, probs, SOURCE_OF, figures, titles, quoted)


def test_the_second_sentence_joins_the_ledes_claim_beside_its_sibling() -> None:
    assert _join([[0, 1, 2], [3]]) == [[0, 1, 2, 3], [3]]


def test_one_other_source_a_headline_a_quotation_or_no_proposal_keeps_it_out() -> None:
    assert _join([[0, 2], [1, 3]]) == [[0, 2], [1, 3]]
    assert _join([[0, 1, 2], [3]], titles=frozenset({1})) == [[0, 1, 2], [3]]
    assert _join([[0, 1, 2], [3]], quoted=frozenset({0})) == [[0, 1, 2], [3]]
    assert _join([[0, 1, 2], [3]], probs={(0, 2): 0.7}) == [[0, 1, 2], [3]]


def test_a_lede_lacking_either_fact_or_siblings_sharing_a_figure_keep_it_out() -> None:
    one_fact = [frozenset({CLOSE}), *FIGURES[1:]]
    assert _join([[0, 1, 2], [3]], figures=one_fact) == [[0, 1, 2], [3]]
    shared = [*FIGURES[:3], frozenset({EARLY, CLOSE}), FIGURES[4]]
    assert _join([[0, 1, 2], [3]], figures=shared) == [[0, 1, 2], [3]]


def test_a_duration_alone_or_a_rival_value_is_no_evidence() -> None:
    term = [frozenset({CLOSE, TERM}), frozenset({CLOSE, TERM}), frozenset({CLOSE}), frozenset({TERM}),
            FIGURES[4]]
    assert _join([[0, 1, 2], [3]], figures=term) == [[0, 1, 2], [3]]
    rival = [*FIGURES[:3], frozenset({EARLY, "number:number:count:lift=12"}), FIGURES[4]]
    assert _join([[0, 1, 2], [3]], figures=rival) == [[0, 1, 2], [3]]


def test_a_member_stating_only_part_of_the_second_sentence_keeps_it_out() -> None:
    extra = "number:number:count:run=9"
    second = [*FIGURES[:3], frozenset({EARLY, extra}), FIGURES[4]]
    assert _join([[0, 1, 2], [3]], figures=second) == [[0, 1, 2], [3]]
    both = [frozenset({CLOSE, EARLY, extra}), frozenset({CLOSE, EARLY, extra}), FIGURES[2], second[3],
            FIGURES[4]]
    assert _join([[0, 1, 2], [3]], figures=both) == [[0, 1, 2, 3], [3]]


def test_a_sentence_seated_with_other_sources_for_another_fact_stays_there() -> None:
    dates = "number:number:count:day=2"
    figures = [*FIGURES, frozenset({dates}), frozenset({dates})]
    source_of = [*SOURCE_OF, "wire", "trade"]
    claims = [[0, 1, 2], [3, 5, 6]]
    assert join_split_statements(claims, PROBS, source_of, figures) == [[0, 1, 2], [3, 5, 6]]
    # seated with a sentence of its own figure, it still joins
    claims = [[0, 1, 2], [3, 4]]
    assert join_split_statements(claims, PROBS, source_of, figures) == [[0, 1, 2, 3], [3, 4]]
