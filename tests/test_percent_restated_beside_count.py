"""A percentage a source restates beside the same precise count is one fact, not two (evidence._ambiguous).

A charity newsletter's body "the network helped 9,460 households between
November and January, a rise of 27 per cent" and its fact box "Households
supported: 9,460 (up 27 per cent)" share no word around the percentage, so the
source was taken to use 27% for two things, and another outlet's "27%" was then
kept from one of them (complete linkage needs every pair): the agreed rise came
out as two facts. A precise count told beside the figure in both passages says
they are one figure told twice, as a sum beside it does
(tests/test_percent_restated_beside_sum.py). A round or small count ties
nothing: "300" or "two" recur for many things. Every sentence here is invented.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article
from sourcediff.align import score_pairs
from sourcediff.evidence import build_evidence
from sourcediff.model import Kind, SourceInfo
from sourcediff.pipeline import analyse

BRIEF = ("The Harrowdale Food Bank Network helped 9,460 households between November and January, a rise "
         "of 27 per cent on the winter before, its annual report said on Monday.\n\n"
         "Volunteers packed parcels at a warehouse on Tanner Lane.\n\n"
         "Key figures\n\n"
         "- Households supported: 9,460 (up 27 per cent)\n"
         "- Active volunteers: 1,140\n")
PAPER = ("Demand at Harrowdale's food banks rose 27% this winter, the network said on Monday.\n\n"
         "It supported 9,460 households.\n")
ROUND = ("Output at the mill rose 27% in the spring, its owners said on Monday after a long review of "
         "the shifts worked by its 300 staff.\n\n"
         "Separately, tram fares in the valley will go up 27% from May, the operator said in a statement "
         "on its website that lists 300 stops.\n")


def _sources(*texts: str) -> tuple[SourceInfo, ...]:
    return tuple(analyse(Article.from_text(t, id=f"s{n}", published="2027-02-02"))
                 for n, t in enumerate(texts))


def test_a_percentage_restated_beside_one_precise_count_is_one_subject() -> None:
    sources = _sources(BRIEF, PAPER)
    ev = build_evidence(sources, (), score_pairs(sources))
    assert (Kind.PERCENT, "27%") not in ev.ambiguous


def test_a_round_count_beside_it_ties_nothing() -> None:
    sources = _sources(ROUND, PAPER)
    ev = build_evidence(sources, (), score_pairs(sources))
    assert (Kind.PERCENT, "27%") in ev.ambiguous


def test_only_a_precise_count_of_a_thousand_or_more_ties_statements() -> None:
    from sourcediff.values import Quantity, large_precise
    assert large_precise(Quantity(Decimal(9460), None, None, None))
    assert not large_precise(Quantity(Decimal(300), None, None, None))
    assert not large_precise(Quantity(Decimal(2000000), None, None, None))


PLANT = ("The pump maker said the trial raised output by 6% with no loss of pay for its staff.\n\n"
         "Sick days fell by a third over the same months.\n\n"
         "Output, measured as valves shipped per employee, rose 6% against the same period of 2025.\n")


def test_a_subject_named_at_the_head_of_the_clause_ties_two_statements() -> None:
    sources = _sources(PLANT, PAPER)
    ev = build_evidence(sources, (), score_pairs(sources))
    assert (Kind.PERCENT, "6%") not in ev.ambiguous
