"""align.rivaljoin: a passage giving a rival count of what a claim's sources agree on joins it (issue #11).

Invented articles, read by the real extractors; the claims and the index's
proposals are given by hand, so the tests read the step alone.
"""

from __future__ import annotations

from sourcediff.align.features import source_docs
from sourcediff.align.measurejoin import measures_of
from sourcediff.align.rivaljoin import join_rivals
from sourcediff.model import Article, Mention
from sourcediff.pipeline import analyse

AGREEING = (
    "The storm left about 52,000 households without power on Sunday night.",
    "Some 52,000 households lost their electricity when lines came down.",
    "The grid operator said 52,000 households were cut off.",
)


def _story(*texts: str) -> tuple[list[str], list[list[Mention]]]:
    """Each passage's source and measures, in the aligner's doc order (one passage an article here)."""
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-03") for n, t in enumerate(texts)]
    infos = tuple(analyse(a) for a in articles)
    docs = [d for s in infos for d in source_docs(s)]
    return [d.source for d in docs], measures_of(infos, [(d.source, d.index) for d in docs])


def _joined(rival: str, claim: list[int], proposed: dict[tuple[int, int], float]) -> list[list[int]]:
    source_of, measures = _story(*AGREEING, rival)
    assert source_of == ["s0", "s1", "s2", "s3"]
    return join_rivals([claim], proposed, source_of, measures)


def test_a_rival_count_of_the_same_noun_joins_the_claim_its_sources_agree_on() -> None:
    assert _joined("Power went off in 61,000 households.", [0, 1, 2], {(2, 3): 0.1}) == [[0, 1, 2, 3]]


def test_no_consensus_no_proposal_a_far_or_small_count_or_another_noun_joins_nothing() -> None:
    # one other source is no consensus
    assert _joined("Power went off in 61,000 households.", [0], {(0, 3): 0.1}) == [[0]]
    # a passage the index never proposed with a member
    assert _joined("Power went off in 61,000 households.", [0, 1, 2], {}) == [[0, 1, 2]]
    # twice the agreed figure counts another thing (a total and its part)
    assert _joined("Power went off in 120,000 households.", [0, 1, 2], {(2, 3): 0.1}) == [[0, 1, 2]]
    # another noun
    assert _joined("Some 61,000 poles were damaged.", [0, 1, 2], {(2, 3): 0.1}) == [[0, 1, 2]]
    # the agreed figure itself is no rival (the equal figure is multifact.py's and measurejoin.py's)
    assert _joined("Power went off in 52,000 households.", [0, 1, 2], {(2, 3): 0.1}) == [[0, 1, 2]]
