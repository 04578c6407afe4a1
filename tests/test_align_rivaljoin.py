"""align.rivaljoin: a passage giving a rival count of what a claim's sources agree on joins it (issue #11).

Invented articles, read by the real extractors; the claims and the index's
proposals are given by hand, so the tests read the step alone.
"""

from __future__ import annotations

import dataclasses

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


SETTLEMENT = (
    "The club will pay her about 3.2 million pounds in compensation, a person familiar with the deal said.",
    "Calverton will pay £3.2m to end the coach's contract.",
    "We are told the settlement will come to around £3.2 million.",
    "The decision was announced on Monday.",
)


def _sum_joined(rival: str, claim: list[int], proposed: dict[tuple[int, int], float],
                beside: tuple[list[int], ...] = ()) -> list[list[int]]:
    source_of, measures = _story(*SETTLEMENT, rival)
    claims = [claim, *beside]
    return join_rivals(claims, proposed, source_of, measures)[:1]


def test_a_lone_different_sum_joins_the_claim_of_the_sum_two_sources_agree_on() -> None:
    # its sum meets the claim's: the local paper's "£4m pay-off" against three outlets' £3.2m
    assert _sum_joined("She walks away with a £4m pay-off.", [0, 1], {(1, 4): 0.2}) == [[0, 1, 4]]
    # a member stating no sum is no evidence against it
    assert _sum_joined("She walks away with a £4m pay-off.", [0, 2, 3], {(2, 4): 0.2}) == [[0, 2, 3, 4]]
    # its passage may share another claim with one of the claim's sources (one against one)
    assert _sum_joined("She walks away with a £4m pay-off.", [0, 1], {(1, 4): 0.2},
                       ([1, 4],)) == [[0, 1, 4]]


def test_a_sum_without_a_consensus_or_far_away_or_in_another_currency_joins_nothing() -> None:
    # one source is no consensus
    assert _sum_joined("She walks away with a £4m pay-off.", [0, 3], {(0, 4): 0.2}) == [[0, 3]]
    # never proposed with a member, and seated in a claim of its own (with doc 3): no lone sentence
    assert _sum_joined("She walks away with a £4m pay-off.", [0, 1], {}, ([3, 4],)) == [[0, 1]]
    # twice the agreed sum or more is another sum (a total and its part)
    assert _sum_joined("The club has spent £38m on players.", [0, 1], {(1, 4): 0.2}) == [[0, 1]]
    # another currency
    assert _sum_joined("She walks away with a $4m pay-off.", [0, 1], {(1, 4): 0.2}) == [[0, 1]]
    # two sums in the rival's passage: which one is the rival is not sure
    assert _sum_joined("She gets £4m now and £1.5m later.", [0, 1], {(1, 4): 0.2}) == [[0, 1]]
    # its passage sits with two of the claim's sources elsewhere: the judge weighs the sums there
    assert _sum_joined("She walks away with a £4m pay-off.", [0, 1], {(1, 4): 0.2},
                       ([0, 1, 4],)) == [[0, 1]]


def test_a_sum_both_sides_write_somewhere_is_another_sum_and_joins_nothing() -> None:
    # the rival's source writes the agreed figure too: its £4m is another sum (docs 4 and 5 are its own)
    source_of, measures = _story(*SETTLEMENT, "She walks away with a £4m pay-off. The club budgeted £3.2m.")
    assert source_of[4:] == ["s4", "s4"]
    assert join_rivals([[0, 1]], {(1, 4): 0.2}, source_of, measures) == [[0, 1]]
    # a source of the claim writes the rival's figure elsewhere (its second passage, doc 2)
    source_of, measures = _story(SETTLEMENT[0], "Calverton will pay £3.2m. Its last coach got £4m.",
                                 "She walks away with a £4m pay-off.")
    assert source_of == ["s0", "s1", "s1", "s2"]
    assert join_rivals([[0, 1]], {(1, 3): 0.2}, source_of, measures) == [[0, 1]]
    # without that second figure the same claim is joined
    assert join_rivals([[0, 1]], {(1, 3): 0.2}, source_of,
                       [measures[0], measures[1], [], measures[3]]) == [[0, 1, 3]]


def test_a_sum_seated_with_two_of_the_claims_sources_in_another_claim_joins_nothing() -> None:
    # the rival's passage sits with other sentences of s0 and s1 (their claim on the fund the regulator
    # offers, where its £4m is weighed against their own): it is no rival of the settlement claim too
    source_of, measures = _story(SETTLEMENT[0] + "\n\nThe league offered a fund of £3.5m.",
                                 SETTLEMENT[1] + "\n\nA £3.5m league fund was also offered.",
                                 SETTLEMENT[2], "The league will offer up to £4m, she said.")
    assert source_of == ["s0", "s0", "s1", "s1", "s2", "s3"]
    joined = join_rivals([[0, 2], [1, 3, 5]], {(2, 5): 0.2, (0, 5): 0.2}, source_of, measures)
    assert joined[0] == [0, 2]


def test_a_passage_near_several_claims_is_judged_for_each_as_if_alone() -> None:
    # _joins_sum keeps what x's own other claims weigh once per passage (perf33): whichever claim asks
    # first, each claim's answer is the one it gets when it is the only claim near x
    source_of, measures = _story(SETTLEMENT[0] + "\n\nThe league offered a fund of £3.5m.",
                                 SETTLEMENT[1] + "\n\nA £3.5m league fund was also offered.",
                                 SETTLEMENT[2], "The league will offer up to £4m, she said.")
    seat = [1, 3, 5]  # x (doc 5) sits with s0's and s1's fund sentences
    near = {(2, 5): 0.2, (0, 5): 0.2, (4, 5): 0.2}
    alone = {tuple(c): join_rivals([c, seat], near, source_of, measures)[0] for c in ([0, 2], [2, 4], [0, 4])}
    assert alone[(0, 2)] == [0, 2]  # seated with two of the claim's sources: refused
    for order in ([[0, 2], [2, 4], [0, 4]], [[2, 4], [0, 4], [0, 2]], [[0, 4], [0, 2], [2, 4]]):
        joined = join_rivals([*order, seat], near, source_of, measures)
        assert {tuple(c): j for c, j in zip(order, joined[:3], strict=True)} == alone


def test_a_rival_sum_in_a_passage_whose_source_is_in_the_claim_joins_nothing() -> None:
    # x's own source has a sentence in the claim: that sentence states the claim's sum already
    source_of, measures = _story(*SETTLEMENT[:2], "Calverton agreed a £3.2m deal. She walks away with £4m.")
    assert source_of == ["s0", "s1", "s2", "s2"]
    assert join_rivals([[0, 1, 2]], {(1, 3): 0.2}, source_of, measures) == [[0, 1, 2]]


def test_a_lone_sum_sentence_the_index_never_proposed_is_looked_at_beside_the_claims_sums() -> None:
    # "Club bosses fear the final bill could top £4m" shares no word and no figure with the others' sums:
    # the index proposed it with nothing, and in no claim it is looked at beside every sum of its currency
    assert _sum_joined("Club bosses fear the final bill could top £4m.", [0, 1], {}) == [[0, 1, 4]]
    # the same sentence seated in a claim is judged on the index's proposals alone, as before
    assert _sum_joined("Club bosses fear the final bill could top £4m.", [0, 1], {}, ([3, 4],)) == [[0, 1]]


def test_a_sentence_of_the_rivals_source_stating_no_figure_does_not_keep_it_out() -> None:
    # s4's first sentence (doc 4) sits in the claim by a name and states no figure: it is no statement of
    # the claim's sum, so s4's £4m (doc 5) is still the rival
    source_of, measures = _story(*SETTLEMENT,
                                 "Calverton confirmed the coach's departure. She walks away with £4m.")
    assert source_of[4:] == ["s4", "s4"]
    assert join_rivals([[0, 1, 4]], {(1, 5): 0.2}, source_of, measures) == [[0, 1, 4, 5]]


PAYOUT = (
    "The tribunal ordered the carrier to pay £2.4m to 530 drivers for their unpaid breaks.",
    "The carrier was told to pay £2.4m to 530 drivers, the union said.",
    "The judge ordered a £2.4m award for 530 drivers at the depot.",
)


def test_a_sentence_of_the_rivals_source_seated_by_the_claims_other_figure_does_not_keep_it_out() -> None:
    # s3 splits the claim's two facts: its sentence on the sum (doc 3) sits in the claim as the others'
    # sentences do, and states no count, so s3's 503 drivers (doc 4) is still the rival of their 530
    source_of, measures = _story(*PAYOUT, "Drivers have won a £2.4m payout. A judge found 503 drivers lost "
                                 "breaks.")
    assert source_of[3:] == ["s3", "s3"]
    assert join_rivals([[0, 1, 2, 3]], {(2, 4): 0.1}, source_of, measures) == [[0, 1, 2, 3, 4]]
    # a sum the others do not state is the outlet's own statement there: it keeps the rival out
    source_of, measures = _story(*PAYOUT, "Drivers have won a £3.1m payout. A judge found 503 drivers lost "
                                 "breaks.")
    assert join_rivals([[0, 1, 2, 3]], {(2, 4): 0.1}, source_of, measures) == [[0, 1, 2, 3]]


def test_another_sources_headline_in_the_claim_does_not_keep_a_rival_count_out() -> None:
    # doc 0 read as s0's headline: the claim's count is read from the others' sentences, two sources
    source_of, measures = _story(*PAYOUT, "A judge found 503 drivers lost their breaks.")
    assert join_rivals([[0, 1, 2]], {(2, 3): 0.1}, source_of, measures, titles={0}) == [[0, 1, 2, 3]]
    # one source's sentence beside another's headline is no consensus
    assert join_rivals([[0, 1, 2]], {(2, 3): 0.1}, source_of, measures, titles={0, 1}) == [[0, 1, 2]]


def test_a_bare_figure_of_the_rivals_source_keeps_it_out() -> None:
    # s3's sum sentence also gives the count bare ("Population on the first day: 530", no noun read after
    # the figure): it may state the claim's count unnamed, so it stays s3's seat and keeps the 503 out
    source_of, measures = _story(*PAYOUT, "Drivers have won a £2.4m payout. A judge found 503 drivers lost "
                                 "breaks.")
    counted = next(m for m in measures[0] if m.kind.value == "number")
    bare = [*measures[3], dataclasses.replace(counted, source="s3", cues=())]
    measures = [*measures[:3], bare, *measures[4:]]
    assert join_rivals([[0, 1, 2, 3]], {(2, 4): 0.1}, source_of, measures) == [[0, 1, 2, 3]]


def test_a_headed_claim_takes_only_a_close_rival() -> None:
    # beside another outlet's headline the claim is the story's lead claim, where its parts gather too:
    # 410 drivers at two of the depots is a part of the 530, no rival reading of it
    source_of, measures = _story(*PAYOUT, "A judge found 410 drivers lost their breaks.")
    assert join_rivals([[0, 1, 2]], {(2, 3): 0.1}, source_of, measures, titles={0}) == [[0, 1, 2]]
    # with no headline in the claim the old reach (within a factor of two) holds
    assert join_rivals([[0, 1, 2]], {(2, 3): 0.1}, source_of, measures) == [[0, 1, 2, 3]]
