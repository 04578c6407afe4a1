"""align.secondseat: a seated lead stating several facts also sits where its source's other sentence sits.

Invented story: a wire lead (a) "Seven people died, 43 were injured and 600
homes were damaged when the tornado struck Harlow County" sits in the deaths
claim. The injured claim holds the wire's later "Forty-three people were
treated in hospital" and two other outlets' injured sentences; attach never
offers the lead that seat, since the wire sits there already (issue #11).
Small synthetic graphs and figure keys, and invented articles for the quotes.
"""

from __future__ import annotations

from sourcediff.align.cluster import Pair, Thresholds
from sourcediff.align.secondseat import quoted_docs, seat_multi_fact
from sourcediff.model import Article
from sourcediff.pipeline import analyse

DEAD = "number:number:count:dead=7"
INJURED = "number:number:count:injur=43"
HOMES = "number:number:count:home=6E+2"
T = Thresholds()


def _story() -> tuple[list[str], dict[Pair, float], list[frozenset[str]], list[list[int]]]:
    # 0 (a) the lead; 1 (a) its injured sentence; 2 (b), 3 (c) injured sentences; 4 (b), 5 (c) deaths
    source_of = ["a", "a", "b", "c", "b", "c"]
    probs = {(0, 2): 0.55, (0, 3): 0.6, (1, 2): 0.8, (1, 3): 0.75, (2, 3): 0.85,
             (0, 4): 0.7, (0, 5): 0.7, (4, 5): 0.9}
    figures = [frozenset({DEAD, INJURED, HOMES}), frozenset({INJURED}), frozenset({INJURED}),
               frozenset({INJURED}), frozenset({DEAD}), frozenset({DEAD})]
    return source_of, probs, figures, [[0, 4, 5], [1, 2, 3]]


def test_a_seated_lead_joins_the_claim_its_source_already_sits_in() -> None:
    source_of, probs, figures, claims = _story()
    assert seat_multi_fact(claims, probs, source_of, figures, T) == [[0, 4, 5], [0, 1, 2, 3]]


def test_the_same_lead_phrased_without_a_shared_figure_joins_too() -> None:
    # "A tornado killed seven and left dozens hurt": the injured read as no figure key of 43
    source_of, probs, figures, claims = _story()
    figures[0] = frozenset({DEAD, HOMES})
    assert seat_multi_fact(claims, probs, source_of, figures, T) == [[0, 4, 5], [0, 1, 2, 3]]


def test_a_sentence_stating_one_fact_or_a_headline_takes_no_second_seat() -> None:
    source_of, probs, figures, claims = _story()
    figures[0] = frozenset({INJURED})
    assert seat_multi_fact(claims, probs, source_of, figures, T) == claims
    source_of, probs, figures, claims = _story()
    assert seat_multi_fact(claims, probs, source_of, figures, T, titles={0}) == claims


def test_an_unseated_passage_is_left_to_attach() -> None:
    source_of, probs, figures, _ = _story()
    assert seat_multi_fact([[4, 5], [1, 2, 3]], probs, source_of, figures, T) == [[4, 5], [1, 2, 3]]


def test_a_claim_without_the_passages_source_is_left_to_attach() -> None:
    # the wire's own injured sentence is not in the claim: the seat is free, attach judged it
    source_of, probs, figures, _ = _story()
    assert seat_multi_fact([[0, 4, 5], [2, 3]], probs, source_of, figures, T) == [[0, 4, 5], [2, 3]]


def test_one_weak_or_missing_pair_keeps_the_lead_out() -> None:
    # the lead phrased without the injured figure: only the model's scores speak for the seat
    source_of, probs, figures, claims = _story()
    figures[0] = frozenset({DEAD, HOMES})
    probs[(0, 3)] = 0.25  # below merge_at
    assert seat_multi_fact(claims, probs, source_of, figures, T) == claims
    del probs[(0, 3)]  # never proposed
    assert seat_multi_fact(claims, probs, source_of, figures, T) == claims
    source_of, probs, figures, claims = _story()
    figures[0] = frozenset({DEAD, HOMES})
    probs[(0, 2)], probs[(0, 3)] = 0.35, 0.4  # each strong, but the mean is below second_at
    assert seat_multi_fact(claims, probs, source_of, figures, T) == claims


def _weak() -> tuple[list[str], dict[Pair, float], list[frozenset[str]], list[list[int]]]:
    # the model reads the long lead badly against the short injured sentences: 0.2 and 0.1
    source_of, probs, figures, claims = _story()
    probs[(0, 2)], probs[(0, 3)] = 0.2, 0.1
    return source_of, probs, figures, claims


def test_a_lead_stating_the_claims_figure_joins_despite_weak_scores() -> None:
    # the injured claim's other outlets state 43 injured, which the lead states and its deaths claim does not
    source_of, probs, figures, claims = _weak()
    assert seat_multi_fact(claims, probs, source_of, figures, T) == [[0, 4, 5], [0, 1, 2, 3]]


def test_the_figure_seats_no_lead_in_a_claim_saying_more_or_its_seated_fact() -> None:
    source_of, probs, figures, claims = _weak()
    figures[3] = frozenset({INJURED, "number:number:count:hospital=3"})  # "43 hurt, in 3 hospitals"
    assert seat_multi_fact(claims, probs, source_of, figures, T) == claims
    source_of, probs, figures, claims = _weak()
    figures[2] = frozenset({INJURED, DEAD})  # the tabloid's sentence tells the deaths too
    assert seat_multi_fact(claims, probs, source_of, figures, T) == claims
    source_of, probs, figures, claims = _weak()
    figures[5] = frozenset({DEAD, INJURED})  # the injured figure is the deaths claim's as well
    assert seat_multi_fact(claims, probs, source_of, figures, T) == claims


def test_the_figure_needs_two_other_sources_and_a_proposed_pair() -> None:
    source_of, probs, figures, _ = _weak()
    assert seat_multi_fact([[0, 4, 5], [1, 2]], probs, source_of, figures, T) == [[0, 4, 5], [1, 2]]
    source_of, probs, figures, claims = _weak()
    del probs[(0, 2)], probs[(0, 3)]  # the index never proposed the lead with them,
    probs[(0, 1)] = 0.6  # only with its own source's injured sentence
    assert seat_multi_fact(claims, probs, source_of, figures, T) == claims


def test_one_other_source_or_a_headline_member_is_no_agreement() -> None:
    source_of, probs, figures, _ = _story()
    assert seat_multi_fact([[0, 4, 5], [1, 2]], probs, source_of, figures, T) == [[0, 4, 5], [1, 2]]
    source_of, probs, figures, claims = _story()
    assert seat_multi_fact(claims, probs, source_of, figures, T, titles={3}) == claims


def test_a_conflicting_figure_keeps_the_lead_out() -> None:
    # the tabloid says 41 injured: the lead would tell the claim's fact otherwise
    source_of, probs, figures, claims = _story()
    figures[3] = frozenset({"number:number:count:injur=41"})
    assert seat_multi_fact(claims, probs, source_of, figures, T) == claims


def test_a_quote_claim_takes_only_a_quoting_passage() -> None:
    source_of, probs, figures, claims = _story()
    assert seat_multi_fact(claims, probs, source_of, figures, T, quoted={2}) == claims
    joined = seat_multi_fact(claims, probs, source_of, figures, T, quoted={0, 2})
    assert joined == [[0, 4, 5], [0, 1, 2, 3]]


def test_quoted_docs_finds_the_passages_holding_a_quotation() -> None:
    text = ("The storm destroyed 600 homes in Harlow County.\n\n"
            '"We have never seen anything like it," said fire chief Dana Orwell.\n\n'
            "Crews worked through the night.")
    info = analyse(Article.from_text(text, id="wire", published="2026-05-12"))
    keys = [(p.source, p.index) for p in info.passages]
    quoted = quoted_docs((info,), keys)
    assert [info.passages[n].text.startswith('"We have') for n in sorted(quoted)] == [True]


def test_a_claim_holding_a_headline_is_not_joined() -> None:
    # the wire's headline "Tornado kills seven, injures 43" beside its injured sentence: the story's claim
    source_of, probs, figures, claims = _story()
    source_of.append("a")
    figures.append(frozenset({DEAD, INJURED}))
    claims[1] = [1, 2, 3, 6]
    assert seat_multi_fact(claims, probs, source_of, figures, T, titles={6}) == claims


def test_a_rival_count_read_with_its_noun_keeps_the_lead_out() -> None:
    # "more than 450 flights were axed" against "412 flights": figure_keys drops a precise count's noun,
    # so only the keys with the noun kept show the two counts of flights conflict
    source_of, probs, figures, claims = _story()
    figures[0] = frozenset({DEAD, "number:number:count:flight=4.5E+2"})
    figures[3] = frozenset({INJURED, "number:number:count=412"})
    counted = [frozenset(f) for f in figures]
    counted[3] = frozenset({INJURED, "number:number:count:flight=412"})
    assert seat_multi_fact(claims, probs, source_of, figures, T) == [[0, 4, 5], [0, 1, 2, 3]]
    assert seat_multi_fact(claims, probs, source_of, figures, T, counted=counted) == claims


def test_no_second_seat_beside_members_the_lead_sits_with_already() -> None:
    # the lead's claim holds both other outlets' injured sentences: joining would copy that claim
    source_of, probs, figures, claims = _story()
    claims[0] = [0, 2, 3, 4, 5]
    assert seat_multi_fact(claims, probs, source_of, figures, T) == claims
    claims[0] = [0, 2, 4, 5]  # one of them is new company: the seat adds a pair
    assert seat_multi_fact(claims, probs, source_of, figures, T) == [[0, 2, 4, 5], [0, 1, 2, 3]]


def _doubtful_pair() -> tuple[list[str], dict[Pair, float], list[frozenset[str]], list[list[int]]]:
    """A trade site's lead (0) says "its biggest haul since 2011" and sits with the other leads (3, 4);
    a weekly's "the largest catch of its kind" (2) found no seat there, since the weekly's lead (5) holds it,
    and was paired, weakly, with the trade site's unrelated count of earlier raids (1)."""
    source_of = ["a", "a", "b", "c", "d", "b"]
    probs = {(1, 2): 0.45, (0, 2): 0.55, (0, 3): 0.8, (0, 4): 0.8, (3, 4): 0.9, (0, 5): 0.6,
             (3, 5): 0.7, (4, 5): 0.7}
    figures = [frozenset({DEAD, HOMES}), frozenset({INJURED}), frozenset(), frozenset({DEAD}),
               frozenset({DEAD}), frozenset({DEAD})]
    return source_of, probs, figures, [[0, 3, 4, 5], [1, 2]]


def test_a_lead_takes_the_seat_of_a_doubtful_pair_whose_other_side_prefers_it() -> None:
    source_of, probs, figures, claims = _doubtful_pair()
    assert seat_multi_fact(claims, probs, source_of, figures, T) == [[0, 3, 4, 5], [0, 1, 2]]


def test_a_firm_pair_or_a_partner_preferring_another_sentence_keeps_the_lead_out() -> None:
    source_of, probs, figures, claims = _doubtful_pair()
    probs[(1, 2)] = 0.52  # the pair is as firm as attach asks: the sibling states the fact itself
    assert seat_multi_fact(claims, probs, source_of, figures, T) == claims
    source_of, probs, figures, claims = _doubtful_pair()
    source_of.append("a")
    figures.append(frozenset())
    probs[(2, 6)] = 0.7  # the weekly's sentence pairs better with a third sentence of the trade site
    assert seat_multi_fact(claims, probs, source_of, figures, T) == claims
    source_of, probs, figures, claims = _doubtful_pair()
    probs[(0, 2)] = 0.45  # strong enough to be a partner, not the fit of a source's runner-up
    assert seat_multi_fact(claims, probs, source_of, figures, T) == claims


def test_a_lead_joins_the_claim_of_its_own_headline_right_above_it() -> None:
    # Invented: the wire's headline "Harlow to raise 2.6 billion a year from fuel levy" (0) and its lead
    # "Harlow will tax fuel at 40 euros a tonne from January, raising 2.6 billion a year" (1), seated
    # with the other outlets' rate sentences (4, 5); the headline sits with their revenue sentences (2, 3)
    revenue, rate = "number:money:eur=2.6E+9", "number:money:eur=40"
    source_of = ["a", "a", "b", "c", "b", "c"]
    probs = {(1, 2): 0.6, (1, 3): 0.55, (1, 4): 0.7, (1, 5): 0.7, (0, 2): 0.8, (0, 3): 0.8, (2, 3): 0.85,
             (4, 5): 0.9}
    figures = [frozenset({revenue}), frozenset({revenue, rate}), frozenset({revenue}), frozenset({revenue}),
               frozenset({rate}), frozenset({rate})]
    claims = [[1, 4, 5], [0, 2, 3]]
    assert seat_multi_fact(claims, probs, source_of, figures, T, titles={0}) == [[1, 4, 5], [0, 1, 2, 3]]
    # another outlet's headline in the claim too: the story's claim, no seat
    assert seat_multi_fact(claims, probs, source_of, figures, T, titles={0, 3}) == claims
