"""align.measurejoin.bound_links: a bound that is one figure cut to its last digit links the two passages.

Invented articles about a museum's new hall, read by the real extractors; the pair probabilities
and the claims are given by hand, so the tests read the step alone.
"""

from __future__ import annotations

from sourcediff.align.cluster import Thresholds
from sourcediff.align.features import source_docs
from sourcediff.align.measurejoin import bound_links, join_measures, links_of, measures_of
from sourcediff.model import Article, Mention
from sourcediff.pipeline import analyse

MERGE_AT = Thresholds().merge_at

WIRE = """The Pellworth museum opened its new fossil hall on Saturday.

Curators have mounted 143 bones from the quarry in the main gallery."""

TABLOID = """Dino fans queue round the block in Pellworth.

More than 140 bones from the quarry now fill the main gallery."""

WEEKLY = """The gallery shows 143 bones dug from the quarry, the curators say."""


def _story(*texts: str) -> tuple[list[str], list[list[Mention]]]:
    """Each passage's source and measures, in the aligner's doc order."""
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-03") for n, t in enumerate(texts)]
    infos = tuple(analyse(a) for a in articles)
    docs = [d for s in infos for d in source_docs(s)]
    return [d.source for d in docs], measures_of(infos, [(d.source, d.index) for d in docs])


def _all_pairs(n: int, p: float) -> dict[tuple[int, int], float]:
    return {(i, j): p for i in range(n) for j in range(i + 1, n)}


def test_a_bound_cut_from_the_figure_links_the_pair() -> None:
    source_of, measures = _story(WIRE, TABLOID)
    assert source_of == ["s0", "s0", "s1", "s1"]
    assert (1, 3) not in links_of(measures, source_of)  # a bound links nothing among the precise figures
    assert list(bound_links(measures, source_of, {(1, 3): MERGE_AT}, MERGE_AT)) == [(1, 3)]


def test_a_pair_scored_under_the_floor_is_not_linked() -> None:
    source_of, measures = _story(WIRE, TABLOID)
    assert bound_links(measures, source_of, {(1, 3): MERGE_AT - 0.01}, MERGE_AT) == {}


def test_any_score_of_a_proposed_pair_passes_a_floor_of_zero_but_no_pair_unproposed() -> None:
    source_of, measures = _story(WIRE, TABLOID)
    assert list(bound_links(measures, source_of, {(1, 3): 0.01}, 0.0)) == [(1, 3)]
    assert bound_links(measures, source_of, {(0, 2): 0.9}, 0.0) == {}  # the candidates never met (1, 3)


def test_a_figure_the_bound_does_not_cut_to_links_nothing() -> None:
    for figure in ("151", "180", "139"):
        source_of, measures = _story(WIRE.replace("143", figure), TABLOID)
        assert bound_links(measures, source_of, _all_pairs(len(source_of), 0.9), MERGE_AT) == {}, figure


def test_a_bound_two_figures_of_the_story_may_tell_links_nothing() -> None:
    wire = WIRE + "\n\nAbout 146 of them were found by volunteers."
    source_of, measures = _story(wire, TABLOID)
    assert bound_links(measures, source_of, _all_pairs(len(source_of), 0.9), MERGE_AT) == {}


def test_a_threshold_written_above_links_nothing() -> None:
    wire = "The hall opened on Saturday.\n\nThe heating failed when it hit 41C in the gallery."
    tabloid = "Fans sweltered.\n\nCurators fear for the bones in temperatures above 40C."
    source_of, measures = _story(wire, tabloid)
    assert bound_links(measures, source_of, _all_pairs(len(source_of), 0.9), MERGE_AT) == {}


def test_a_count_naming_nothing_links_nothing() -> None:
    # "more than 140" alone could be anything the story counts
    tabloid = "Dino fans queue round the block in Pellworth.\n\nThe tally now stands at more than 140."
    source_of, measures = _story(WIRE, tabloid)
    assert bound_links(measures, source_of, _all_pairs(len(source_of), 0.9), MERGE_AT) == {}


def test_headlines_link_nothing() -> None:
    source_of, measures = _story(WIRE, TABLOID)
    assert bound_links(measures, source_of, {(1, 3): 0.9}, MERGE_AT, titles={3}) == {}


def test_the_bound_sentence_joins_the_claim_of_the_figure() -> None:
    source_of, measures = _story(WIRE, TABLOID, WEEKLY)
    assert source_of == ["s0", "s0", "s1", "s1", "s2"]
    claims = [[1, 4]]  # the wire's and the weekly's sentences of the 143 bones
    probs = {(1, 3): 0.5, (1, 4): 0.8, (3, 4): 0.4}
    assert join_measures(claims, probs, source_of, measures) == claims  # precise figures only: no join
    bounds = bound_links(measures, source_of, probs, MERGE_AT)
    assert join_measures(claims, probs, source_of, measures, links=bounds) == [[1, 3, 4]]
