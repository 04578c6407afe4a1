"""align.leadjoin: a lead stating several facts joins the claim whose one-fact sentences it holds.

Invented story: a wire lead states the vote, the plant's size and the
objections at once; a local paper and a trade site state the objections in
a short sentence each. The pair model reads the long lead against the short
sentences as a poor match, yet every rare word of theirs is in the lead
(issue #11).
"""

from __future__ import annotations

from sourcediff.align import PairScores, pair_probabilities, score_pairs
from sourcediff.align.cluster import Pair, Thresholds, figure_keys
from sourcediff.align.leadjoin import held_share, join_leads
from sourcediff.model import Article
from sourcediff.pipeline import analyse

T = Thresholds()

WIRE = ("Dunmore council approved a 48-megawatt solar plant at Hollins Farm on Tuesday, "
        "despite 412 objections from residents of Kestrel Vale.\n\n"
        "Construction is due to start in the spring and take eleven months.\n\n"
        "The operator, Brightfield Energy, said the panels would power 14,000 homes.")
PAPER = ("Councillors voted seven to two for the plant on Tuesday evening.\n\n"
         "Residents of Kestrel Vale lodged 412 objections against the Hollins Farm scheme.\n\n"
         "The meeting ran for almost four hours.")
TRADE = ("Brightfield Energy won consent for its Dunmore project this week.\n\n"
         "The Hollins Farm scheme drew 412 objections, most of them from Kestrel Vale.\n\n"
         "Grid connection is planned for next year.")


# passages in source order: wire 0-2, paper 3-5, trade 6-8
LEAD, PAPER_OBJ, TRADE_OBJ = 0, 4, 7
VOTE = [LEAD, 3, 6]  # the lead seated with the vote sentences
OBJECTIONS = [PAPER_OBJ, TRADE_OBJ]


def _story() -> tuple[PairScores, list[frozenset[str]]]:
    infos = tuple(analyse(Article.from_text(text, id=sid, published="2026-03-04"))
                  for sid, text in (("wire", WIRE), ("paper", PAPER), ("trade", TRADE)))
    scores = score_pairs(infos)
    return scores, [figure_keys(d.values, d.qualified) for d in scores.docs]


def _underrated(scores: PairScores) -> dict[Pair, float]:
    """The model's probabilities, the lead's pairs to the one-fact sentences as low as a long lead gets."""
    probs = dict(pair_probabilities(scores))
    probs[(LEAD, PAPER_OBJ)], probs[(LEAD, TRADE_OBJ)] = 0.12, 0.2
    return probs


def _join(claims: list[list[int]], **kw: object) -> list[list[int]]:
    scores, figures = _story()
    probs = kw.pop("probs", None) or _underrated(scores)
    return join_leads(claims, scores.docs, scores.story, probs, figures, T, **kw)  # type: ignore[arg-type]


def test_the_passages_are_the_invented_sentences() -> None:
    scores, figures = _story()
    assert [(d.source, d.index) for d in scores.docs][LEAD] == ("wire", 0)
    assert figures[PAPER_OBJ] == figures[TRADE_OBJ] and figures[PAPER_OBJ] < figures[LEAD]


def test_a_one_fact_sentence_is_inside_the_lead_but_not_the_other_way() -> None:
    scores, _ = _story()
    docs, story = scores.docs, scores.story
    assert held_share(docs[PAPER_OBJ], docs[LEAD], story) >= 0.6
    assert held_share(docs[TRADE_OBJ], docs[LEAD], story) >= 0.6
    assert held_share(docs[LEAD], docs[PAPER_OBJ], story) < 0.6


def test_a_seated_lead_joins_the_claim_of_the_fact_it_also_states() -> None:
    assert _join([list(VOTE), list(OBJECTIONS)]) == [VOTE, [LEAD, PAPER_OBJ, TRADE_OBJ]]


def test_a_lead_the_model_already_pairs_well_is_left_to_secondseat() -> None:
    scores, figures = _story()
    probs = dict(pair_probabilities(scores))
    probs[(LEAD, PAPER_OBJ)], probs[(LEAD, TRADE_OBJ)] = 0.7, 0.75
    claims = [list(VOTE), list(OBJECTIONS)]
    assert join_leads(claims, scores.docs, scores.story, probs, figures, T) == claims


def test_an_unseated_lead_a_headline_or_a_one_figure_sentence_joins_nothing() -> None:
    assert _join([[3, 6], list(OBJECTIONS)]) == [[3, 6], OBJECTIONS]
    assert _join([list(VOTE), list(OBJECTIONS)], titles={LEAD}) == [VOTE, OBJECTIONS]
    # the wire's "eleven months" sentence states one figure: it has one claim
    assert _join([[1, 3, 6], list(OBJECTIONS)]) == [[1, 3, 6], OBJECTIONS]


def test_one_other_source_is_no_agreement() -> None:
    assert _join([list(VOTE), [PAPER_OBJ]]) == [VOTE, [PAPER_OBJ]]


def test_a_claim_whose_words_the_lead_lacks_is_not_joined() -> None:
    # the meeting's length and the grid connection: none of their rare words is in the lead
    assert _join([list(VOTE), [5, 8]]) == [VOTE, [5, 8]]


def test_a_claim_holding_a_headline_or_a_quote_is_not_joined() -> None:
    assert _join([list(VOTE), list(OBJECTIONS)], titles={TRADE_OBJ}) == [VOTE, OBJECTIONS]
    assert _join([list(VOTE), list(OBJECTIONS)], quoted={PAPER_OBJ}) == [VOTE, OBJECTIONS]
    joined = _join([list(VOTE), list(OBJECTIONS)], quoted={LEAD, PAPER_OBJ})
    assert joined == [VOTE, [LEAD, PAPER_OBJ, TRADE_OBJ]]


def test_no_join_beside_members_the_lead_sits_with_already() -> None:
    claims = [[LEAD, 3, PAPER_OBJ, TRADE_OBJ], list(OBJECTIONS)]
    assert _join([list(c) for c in claims]) == claims
