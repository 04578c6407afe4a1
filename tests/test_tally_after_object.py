"""A division told after the measure it settled is a tally: "approving the levy 41 to 12" (invented text).

A wire wrote "approving the plan 38 to 19 with three abstentions": the vote
verb and the pair had the plan between them, so the pair was read as
nothing, and the wire had no tally to agree with the others' "38 votes to
19". The object (a few words, no preposition) may now stand between; the
pair must end the clause or go on about the vote, so a range after such a
verb ("approved the purchase of 2 to 3 buses", "2 to 3 years ago") stays
no tally.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import tallies
from sourcediff.model import Kind, Verdict
from sourcediff.values import Tally


@pytest.mark.parametrize(("text", "tally"), [
    ("The assembly met until late, approving the levy 41 to 12 with two abstentions.", Tally(41, 12)),
    ("Aldermen passed the ordinance 7-2 on Monday night.", Tally(7, 2)),
    ("The board backed the merger nine to two.", Tally(9, 2)),
    ("Delegates adopted the new rulebook 230-115, ending a long dispute.", Tally(230, 115)),
])
def test_a_pair_after_the_voted_measure_is_a_tally(text: str, tally: Tally) -> None:
    assert [t for _, _, t in tallies.find(text)] == [tally]


@pytest.mark.parametrize("text", [
    "The trustees approved the purchase of 2 to 3 electric buses.",
    "The council backed the scheme 2 to 3 years ago, officials said.",
    "Members approved the budget 5 to 10 percent above last year's.",
])
def test_a_range_after_such_a_verb_stays_no_tally(text: str) -> None:
    assert tallies.find(text) == ()


def test_the_wire_and_the_paper_agree_on_one_division() -> None:
    texts = ("The board sat for six hours on Tuesday, approving the levy 41 to 12 with one abstention.",
             "County supervisors voted 41-12 on Tuesday to approve the levy after a six-hour meeting.",
             "By 41 votes to 12, the county board on Tuesday approved the levy.")
    arts = [Article.from_text(t, id=f"s{n}", published="2027-02-03") for n, t in enumerate(texts)]
    tally = [f for f in compare(arts).facts
             if f.kind is Kind.NUMBER and any(isinstance(m.value, Tally) for m in f.mentions)]
    assert len(tally) == 1 and tally[0].status is Verdict.AGREE, tally
    assert {m.source for m in tally[0].mentions} == {"s0", "s1", "s2"}
