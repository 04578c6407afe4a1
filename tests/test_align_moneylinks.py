"""align.measurejoin.money_links: a rare round sum links two passages the pair model reads as one claim.

Invented articles about a toll bridge, read by the real extractors; the pair
probabilities and the claims are given by hand, so the tests read the step alone.
"""

from __future__ import annotations

from dataclasses import replace

from sourcediff.align import _leads
from sourcediff.align.cluster import Thresholds
from sourcediff.align.features import source_docs
from sourcediff.align.measurejoin import join_measures, links_of, measures_of, money_links
from sourcediff.model import Article, Mention
from sourcediff.pipeline import analyse

MERGE_AT = Thresholds().merge_at

WIRE = """Drivers on the Kelmarsh toll bridge will pay 4 euros from June.

The operator expects the new toll to raise 46 million euros a year."""

PAPER = """Kelmarsh commuters face a steep rise at the bridge.

Bosses say the charge will bring in €46m annually for repairs."""

WEEKLY = """Revenue from the crossing is forecast at EUR 46 million per year."""


def _story(*texts: str) -> tuple[list[str], list[list[Mention]]]:
    """Each passage's source and measures, in the aligner's doc order."""
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-03") for n, t in enumerate(texts)]
    infos = tuple(analyse(a) for a in articles)
    docs = [d for s in infos for d in source_docs(s)]
    return [d.source for d in docs], measures_of(infos, [(d.source, d.index) for d in docs])


def test_a_rare_round_sum_links_a_pair_the_model_scored_at_merge_at() -> None:
    source_of, measures = _story(WIRE, PAPER)
    assert source_of == ["s0", "s0", "s1", "s1"]
    assert (1, 3) not in links_of(measures, source_of)  # a round sum links nothing by itself
    assert list(money_links(measures, source_of, {(1, 3): MERGE_AT}, MERGE_AT)) == [(1, 3)]


def test_a_pair_the_model_scored_under_merge_at_is_not_linked() -> None:
    source_of, measures = _story(WIRE, PAPER)
    assert money_links(measures, source_of, {(1, 3): MERGE_AT - 0.01}, MERGE_AT) == {}


def test_a_sum_each_source_repeats_for_several_things_links_nothing() -> None:
    wire = WIRE + "\n\nA second bridge upriver will cost 46 million euros.\n\nThe city owes 46 million euros."
    paper = PAPER + "\n\nThe tunnel plan is put at €46m.\n\nSchools need €46m too."
    source_of, measures = _story(wire, paper)
    probs = {(i, j): 0.9 for i in range(len(source_of)) for j in range(i + 1, len(source_of))}
    assert money_links(measures, source_of, probs, MERGE_AT) == {}


def test_a_sentence_stating_the_sum_joins_the_claim_of_it() -> None:
    source_of, measures = _story(WIRE, PAPER, WEEKLY)
    claims = [[1, 4]]  # the wire's revenue sentence and the weekly's share a claim
    probs = {(1, 3): 0.6, (1, 4): 0.7, (3, 4): 0.5}
    assert join_measures(claims, probs, source_of, measures) == claims  # precise figures only: no join
    sums = money_links(measures, source_of, probs, MERGE_AT)
    assert join_measures(claims, probs, source_of, measures, links=sums) == [[1, 3, 4]]


def test_headlines_and_other_excluded_passages_link_nothing() -> None:
    source_of, measures = _story(WIRE, PAPER)
    assert money_links(measures, source_of, {(1, 3): 0.9}, MERGE_AT, titles={1}) == {}



def test_each_articles_lead_is_its_first_passage_that_is_no_headline() -> None:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-03") for n, t in enumerate((WIRE, PAPER))]
    wire, paper = (analyse(a) for a in articles)
    # the paper's first line as its headline
    paper = replace(paper, passages=(replace(paper.passages[0], role="title"), *paper.passages[1:]))
    infos = (wire, paper)
    docs = [d for s in infos for d in source_docs(s)]
    # the wire's first sentence; the paper's first after its headline
    assert [(docs[n].source, docs[n].index) for n in sorted(_leads(infos, docs))] == [("s0", 0), ("s1", 1)]


def test_a_still_passage_is_a_linked_member_but_joins_nothing() -> None:
    source_of, measures = _story(WIRE, PAPER, WEEKLY)
    probs = {(1, 3): 0.6, (1, 4): 0.7, (3, 4): 0.5}
    sums = money_links(measures, source_of, probs, MERGE_AT)
    # the wire's sentence, held still, is linked in the claim the paper's sentence joins
    assert join_measures([[1, 4]], probs, source_of, measures, links=sums, still={1}) == [[1, 3, 4]]
    # but it joins no claim by its sum, and pairs off with no passage
    assert join_measures([[3, 4]], probs, source_of, measures, links=sums, still={1}) == [[3, 4]]
    assert join_measures([], probs, source_of, measures, links=sums, still={1}) == [[3, 4]]
    assert join_measures([[3, 4]], probs, source_of, measures, links=sums) == [[1, 3, 4]]
