"""align.clausejoin: a long lead, scored clause by clause, also sits in the claim of its second fact.

Invented story: a wire's lead states two facts ("Four hikers were rescued
... on Sunday, while 23 volunteers searched the ridge for eleven hours"); a
paper and a trade site state each in a sentence of its own. Clustering
seats the lead with the rescue sentences, and the volunteers claim already
holds the wire's own volunteers sentence, so the lead's second fact is lost
unless its clause is read alone (issue #11).
"""

from __future__ import annotations

from dataclasses import replace

from sourcediff.align import PairScores, pair_probabilities, score_pairs
from sourcediff.align.clausejoin import (
    Clause,
    _best_in_sources,
    _clause_probs,
    _clauses,
    _seats,
    clause_parts,
    clause_spans,
    join_clauses,
)
from sourcediff.align.cluster import Pair, Thresholds
from sourcediff.align.model import load_model
from sourcediff.model import Article, SourceInfo
from sourcediff.pipeline import analyse

T = Thresholds()

WIRE = ("Four hikers were rescued from Carn Dubh on Sunday, while 23 volunteers searched the ridge "
        "for eleven hours in driving snow, police said.\n\n"
        "The four were taken to Fort Aird hospital with mild hypothermia.\n\n"
        "The 23 volunteers came from three mountain rescue teams in the Glen Aird area.")
PAPER = ("All four hikers were brought down from Carn Dubh alive on Sunday.\n\n"
         "Some 23 volunteers searched the ridge for eleven hours in driving snow.\n\n"
         "The hikers had set out from Glen Aird on Saturday morning.")
TRADE = ("Four hikers were saved on Carn Dubh on Sunday afternoon.\n\n"
         "A team of 23 volunteers combed the snowbound ridge for eleven hours.\n\n"
         "Hospital staff said none of the four was seriously hurt.")

# passages in source order: wire 0-2, paper 3-5, trade 6-8
LEAD, WIRE_VOLUNTEERS = 0, 2
RESCUE = [LEAD, 3, 6]
VOLUNTEERS = [WIRE_VOLUNTEERS, 4, 7]


def _story() -> tuple[tuple[SourceInfo, ...], PairScores, dict[Pair, float]]:
    infos = tuple(analyse(Article.from_text(text, id=sid, published="2026-02-08"))
                  for sid, text in (("wire", WIRE), ("paper", PAPER), ("trade", TRADE)))
    scores = score_pairs(infos)
    probs = dict(pair_probabilities(scores))
    # the whole lead against the one-fact volunteers sentences, as low as a long lead gets
    probs[(LEAD, 4)], probs[(LEAD, 7)] = 0.1, 0.15
    return infos, scores, probs


def _lead_clauses(infos: tuple[SourceInfo, ...], scores: PairScores) -> list[Clause]:
    lead = infos[0].passages[0]
    return _clauses(LEAD, scores.docs[LEAD], lead, [m for m in infos[0].mentions if m.passage == lead.index],
                    clause_parts(lead.text))


def _join(claims: list[list[int]], titles: frozenset[int] = frozenset()) -> list[list[int]]:
    infos, scores, probs = _story()
    return join_clauses(claims, infos, scores.docs, scores.story, scores.similarity, probs, scores.candidates,
                        scores.candidate_similarity, T, titles)


def test_clauses_end_at_a_semicolon_a_comma_before_a_joining_word_or_a_dash() -> None:
    text = "The bridge reopened at noon; 40 lorries had waited since dawn."
    assert [text[a:b] for a, b in clause_spans(text)] == ["The bridge reopened at noon; ",
                                                         "40 lorries had waited since dawn."]
    text = "The plant employs 600 people, while a second site in Verden employs 210 more."
    assert len(clause_spans(text)) == 2
    text = "The mayor, who took office in May - the third in two years - resigned on Friday evening."
    assert len(clause_spans(text)) >= 2


def test_a_sentence_of_one_clause_or_a_short_aside_does_not_split() -> None:
    assert clause_spans("Four people died and 31 were hurt in the crash on the A9.") == []
    # "nine of them seriously" is too short to be a fact of its own: it stays with its clause
    assert clause_spans("Thirty-one were hurt, nine of them seriously.") == []
    assert clause_spans("") == []


def test_each_clause_has_its_own_figures_and_the_model_reads_it_as_a_sentence() -> None:
    infos, scores, _ = _story()
    clauses = _lead_clauses(infos, scores)
    assert len(clauses) == 2
    assert any("hiker" in k for k in clauses[0].figures)
    assert not any("volunt" in k for k in clauses[0].figures)
    assert any("volunt" in k for k in clauses[1].figures)
    partners = [3, 4, 6, 7]
    best = _best_in_sources(scores.docs, scores.candidates, scores.candidate_similarity, set(partners))
    fits = _clause_probs(LEAD, clauses, partners, [partners, partners], scores.docs, scores.story,
                         scores.similarity, best, load_model())
    assert min(fits[0][3], fits[0][6]) > max(fits[0][4], fits[0][7])  # the rescue clause fits the rescue
    assert min(fits[1][4], fits[1][7]) >= T.split_at > max(fits[1][3], fits[1][6])


def test_a_seated_lead_joins_the_claim_its_second_clause_states() -> None:
    assert _join([list(RESCUE), list(VOLUNTEERS)]) == [RESCUE, sorted([LEAD, *VOLUNTEERS])]


def test_the_lead_seated_by_its_second_clause_joins_the_first_ones_claim() -> None:
    assert _join([[3, 6], sorted([LEAD, *VOLUNTEERS])]) == [RESCUE, sorted([LEAD, *VOLUNTEERS])]


def test_an_unseated_lead_or_a_headline_joins_nothing() -> None:
    assert _join([[3, 6], list(VOLUNTEERS)]) == [[3, 6], VOLUNTEERS]
    assert _join([list(RESCUE), list(VOLUNTEERS)], titles=frozenset({LEAD})) == [RESCUE, VOLUNTEERS]


def test_a_claim_with_a_headline_or_one_other_source_is_not_joined() -> None:
    assert _join([list(RESCUE), list(VOLUNTEERS)], titles=frozenset({4})) == [RESCUE, VOLUNTEERS]
    assert _join([list(RESCUE), [WIRE_VOLUNTEERS, 4]]) == [RESCUE, [WIRE_VOLUNTEERS, 4]]


def test_a_clause_without_a_figure_or_the_one_holding_the_seat_does_not_join() -> None:
    infos, scores, _ = _story()
    clauses = _lead_clauses(infos, scores)
    source_of = [d.source for d in scores.docs]
    claims = [list(RESCUE), list(VOLUNTEERS)]
    holding = {m: [n for n, c in enumerate(claims) if m in c] for m in range(len(source_of))}
    fits = [{3: 0.95, 6: 0.97, 4: 0.05, 7: 0.04}, {3: 0.1, 6: 0.08, 4: 0.9, 7: 0.8}]
    assert _seats(LEAD, clauses, fits, claims, holding, source_of, T, (), scores.docs) == {1}
    bare = [clauses[0], replace(clauses[1], figures=frozenset(), names=frozenset())]
    assert _seats(LEAD, bare, fits, claims, holding, source_of, T, (), scores.docs) == set()
    # the clause that fits the lead's own claim best is the one that matches the other claim too
    fits = [{3: 0.95, 6: 0.97, 4: 0.9, 7: 0.8}, {3: 0.1, 6: 0.08, 4: 0.2, 7: 0.2}]
    assert _seats(LEAD, clauses, fits, claims, holding, source_of, T, (), scores.docs) == set()
    # every member must pair at merge_at, one at split_at
    fits = [{3: 0.95, 6: 0.97}, {4: 0.9, 7: 0.2}]
    assert _seats(LEAD, clauses, fits, claims, holding, source_of, T, (), scores.docs) == set()
    fits = [{3: 0.95, 6: 0.97}, {4: 0.65, 7: 0.6}]
    assert _seats(LEAD, clauses, fits, claims, holding, source_of, T, (), scores.docs) == set()


def test_and_before_a_figure_or_a_capitalised_word_opens_a_clause() -> None:
    text = "Four hikers were rescued from Carn Dubh on Sunday and 23 volunteers searched the ridge."
    assert [text[a:b] for a, b in clause_spans(text)] == [
        "Four hikers were rescued from Carn Dubh on Sunday ", "and 23 volunteers searched the ridge."]
    text = "The ferry service resumed on Monday morning and Harbour police reopened the quay road."
    assert len(clause_spans(text)) == 2
    # a list of nouns after "and" stays whole
    assert clause_spans("The rescuers carried ropes, stretchers and blankets up the ridge.") == []


def test_a_member_the_index_never_proposed_is_read_against_the_clause() -> None:
    infos, scores, probs = _story()
    # the index proposed the lead with the paper's volunteers sentence, not the trade site's
    probs = {pair: p for pair, p in probs.items() if pair != (LEAD, 7)}
    got = join_clauses([list(RESCUE), list(VOLUNTEERS)], infos, scores.docs, scores.story, scores.similarity,
                       probs, scores.candidates, scores.candidate_similarity, T, frozenset())
    assert got == [RESCUE, sorted([LEAD, *VOLUNTEERS])]


def test_a_whole_passage_scored_as_a_part_scores_as_the_passage() -> None:
    infos, scores, _ = _story()
    sim = scores.similarity
    clauses = _lead_clauses(infos, scores)
    whole = {t: c for cl in clauses for t, c in cl.terms.items()}
    # the clauses' terms together are the lead's (no word repeats across them here)
    part = sim.score_part(whole, scores.docs[LEAD].sorted_tokens, False, ("paper", 1))
    assert abs(part - sim.get("wire", 0, "paper", 1)) < 1e-9


def test_a_source_with_two_passages_in_the_claim_is_read_by_its_best_one() -> None:
    infos, scores, _ = _story()
    clauses = _lead_clauses(infos, scores)
    source_of = [d.source for d in scores.docs]
    # the volunteers claim also holds the paper's first sentence (seated there by an earlier step): the
    # clause pairs with the paper's volunteers sentence, not with that one
    claims = [list(RESCUE), sorted([*VOLUNTEERS, 3])]
    holding = {m: [n for n, c in enumerate(claims) if m in c] for m in range(len(source_of))}
    fits = [{3: 0.95, 6: 0.97}, {3: 0.05, 4: 0.9, 7: 0.8}]
    assert _seats(LEAD, clauses, fits, claims, holding, source_of, T, (), scores.docs) == {1}
    # a source whose best passage fits under merge_at still refuses the seat
    fits = [{3: 0.95, 6: 0.97}, {3: 0.05, 4: 0.9, 7: 0.2}]
    assert _seats(LEAD, clauses, fits, claims, holding, source_of, T, (), scores.docs) == set()
    # one other source: both its passages must fit, as before
    claims = [list(RESCUE), [WIRE_VOLUNTEERS, 3, 4]]
    holding = {m: [n for n, c in enumerate(claims) if m in c] for m in range(len(source_of))}
    fits = [{3: 0.95, 6: 0.97}, {3: 0.05, 4: 0.9}]
    assert _seats(LEAD, clauses, fits, claims, holding, source_of, T, (), scores.docs) == set()


def test_the_main_clause_a_figured_tail_ends_keeps_its_seat_and_takes_no_second_one() -> None:
    infos, scores, _ = _story()
    clauses = _lead_clauses(infos, scores)
    source_of = [d.source for d in scores.docs]
    # the lead sits with the volunteers (its second clause); its first clause fits the rescue claim
    claims = [[3, 6], sorted([LEAD, *VOLUNTEERS])]
    holding = {m: [n for n, c in enumerate(claims) if m in c] for m in range(len(source_of))}
    fits = [{3: 0.95, 6: 0.97, 4: 0.05, 7: 0.04}, {3: 0.1, 6: 0.08, 4: 0.9, 7: 0.8}]
    assert _seats(LEAD, clauses, fits, claims, holding, source_of, T, (), scores.docs) == {0}
    # were the first clause ended by a tail with a figure of its own (clause_parts), it would take no seat
    main = [replace(clauses[0], seatable=False), clauses[1]]
    assert _seats(LEAD, main, fits, claims, holding, source_of, T, (), scores.docs) == set()
