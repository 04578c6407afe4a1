"""align.rivaljoin: a rival count joins a claim whose sources name the counted set with nouns of their own.

Outlets name one crowd in their own words ("220 passengers", "220
travellers", "220 commuters"): a fourth outlet's different count of
passengers joins the claim as its rival when one source of the claim counts
its very noun, every other source states a single count alike, and three
sources or more agree on it. Invented
articles, read by the real extractors; the claims and the index's proposals
are given by hand.
"""

from __future__ import annotations

from sourcediff.align.features import source_docs
from sourcediff.align.measurejoin import measures_of
from sourcediff.align.rivaljoin import join_rivals
from sourcediff.model import Article, Mention
from sourcediff.pipeline import analyse

AGREEING = (
    "About 220 passengers were taken off the stranded train near Ostwick.",
    "Rescuers led 220 travellers along the track to a waiting bus.",
    "The operator said 220 commuters had to walk to the nearest station.",
)


def _story(*texts: str) -> tuple[list[str], list[list[Mention]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-12") for n, t in enumerate(texts)]
    infos = tuple(analyse(a) for a in articles)
    docs = [d for s in infos for d in source_docs(s)]
    return [d.source for d in docs], measures_of(infos, [(d.source, d.index) for d in docs])


def _joined(rival: str, agreeing: tuple[str, ...] = AGREEING, claim: tuple[int, ...] = (0, 1, 2)
            ) -> list[list[int]]:
    source_of, measures = _story(*agreeing, rival)
    assert source_of == ["s0", "s1", "s2", "s3"]
    return join_rivals([list(claim)], {(0, 3): 0.1}, source_of, measures)


def test_a_rival_count_joins_when_one_source_names_its_noun_and_the_others_rename_it() -> None:
    assert _joined("More than 260 passengers walked along the line in the dark.") == [[0, 1, 2, 3]]


def test_a_count_no_source_of_the_claim_names_joins_nothing() -> None:
    assert _joined("More than 260 volunteers walked along the line in the dark.") == [[0, 1, 2]]


def test_a_member_counting_two_things_under_other_nouns_leaves_the_rival_alone() -> None:
    two_counts = (AGREEING[0], "Rescuers led 220 travellers and 14 staff along the track.", AGREEING[2])
    assert _joined("More than 260 passengers walked along the line in the dark.", two_counts) == [[0, 1, 2]]


def test_two_sources_one_naming_the_set_otherwise_are_no_consensus_to_rival() -> None:
    # "220 passengers" and "220 travellers" alone may count another set than the rival's passengers
    assert _joined("More than 260 passengers walked along the line in the dark.", claim=(0, 1)) == [[0, 1]]
    # two sources naming the rival's very noun are, as before
    same_noun = (AGREEING[0], "Rescuers led 220 passengers along the track.", AGREEING[2])
    assert _joined("More than 260 passengers walked along the line in the dark.", same_noun,
                   claim=(0, 1)) == [[0, 1, 3]]
