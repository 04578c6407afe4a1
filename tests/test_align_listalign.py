"""A fact-box or list line with a round figure ("Capacity: 35 MW", "Capex: £28m") joins the prose stating it.

Trade sites and local weeklies list a story's figures as label lines while
wires state them in sentences; the two share few words, so the pair model
scores them low and no claim held the line (benchmarks/notes/listalign.md).
The figure the label introduces, with its unit, currency or counted noun,
is the evidence (cluster.box_pairs); a round count no noun follows, and a
headline's colon, are not. Invented text only.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.align import align
from sourcediff.align.cluster import box_pairs
from sourcediff.align.clusterbase import _Graph
from sourcediff.align.clusterfigures import Figures
from sourcediff.model import Block, SourceInfo, Span
from sourcediff.pipeline import analyse

WIRE = ("Regional planners on Thursday approved a 35-megawatt wind farm on the hills above Carrow, "
        "ending a two-year dispute with walkers.\n\n"
        "The developer, Lydmoor Energy, said it would spend £28 million on the project, which should "
        "start generating power in the spring of 2028.\n\n"
        "Objectors said the turbines would spoil one of the county's best-loved views.")
TRADE = ("Lydmoor Energy has won consent for its Carrow Ridge wind project after a long planning fight.\n\n"
         "Key figures:\n\n"
         "Capacity: 35 MW\n\n"
         "Capex: £28m\n\n"
         "The company expects first power in spring 2028.")
LOCAL = ("Walkers are furious after planners waved through a wind farm on Carrow Ridge.\n\n"
         "The 35MW scheme, costing £28m, will tower over the valley.\n\n"
         "Ramblers' groups said they would consider a legal challenge.")


def _claims(*articles: tuple[str, str]) -> list[set[str]]:
    infos: tuple[SourceInfo, ...] = tuple(analyse(Article(id=n, text=t)) for n, t in articles)
    texts = {(s.article.id, p.index): p.text for s in infos for p in s.passages}
    return [{texts[(m.source, m.index)] for m in c.members} for c in align(infos)]


def _with(claims: list[set[str]], line: str) -> set[str]:
    """Every passage that shares a claim with ``line``."""
    return set().union(*(c for c in claims if line in c)) - {line}


def test_a_label_line_joins_the_sentences_stating_its_round_figure() -> None:
    claims = _claims(("wire", WIRE), ("trade", TRADE), ("local", LOCAL))
    capacity = _with(claims, "Capacity: 35 MW")
    assert any("35-megawatt" in p for p in capacity) and any("35MW" in p for p in capacity)
    capex = _with(claims, "Capex: £28m")
    assert any("£28 million" in p for p in capex) and any("£28m" in p for p in capex)
    # the sentences stating other figures stay out
    assert not any("spring of 2028" in p for p in capacity)


def test_a_label_line_stays_apart_from_prose_stating_another_value() -> None:
    wire = ("Regional planners on Thursday approved a 50-megawatt wind farm on the hills above Carrow, "
            "ending a two-year dispute with walkers.\n\n"
            "The developer, Lydmoor Energy, said it would spend £40 million on the project.")
    claims = _claims(("wire", wire), ("trade", TRADE))
    assert _with(claims, "Capacity: 35 MW") == set()
    assert _with(claims, "Capex: £28m") == set()


def _titled(head: str, body: str) -> Article:
    text = f"{head}\n\n{body}"
    return Article(id="wire", text=text, title=head, blocks=(
        Block(Span(0, len(head)), "title"), Block(Span(len(head) + 2, len(text)))))


def test_a_label_in_a_headline_is_no_fact_box() -> None:
    # "Central bank goes big: 50bp" is a headline's colon, not a label: its round figure does not
    # tie it to another outlet's sentence about some other 50bp
    wire = _titled("Central bank goes big: 50bp",
                   "The Ardmoor central bank cut its main rate to 3.75% on Thursday, its first cut in years.")
    other = Article(id="local", text=(
        "Savers lose out as the bank slashes rates to 3.75%.\n\n"
        "Mortgage lenders have already trimmed fixed deals by up to 50bp in the past month."))
    infos = (analyse(wire), analyse(other))
    texts = {(s.article.id, p.index): p.text for s in infos for p in s.passages}
    claims = [{texts[(m.source, m.index)] for m in c.members} for c in align(infos)]
    assert _with(claims, "Central bank goes big: 50bp") == set()


NOUN = "number:number:count:turbin=7"


def test_a_round_count_joins_only_the_count_of_its_labels_noun() -> None:
    # "Turbines: 7" against "seven turbines" (0, 1) and "seven villages" (2): the noun decides
    source_of = ["a", "b", "c"]
    probs = {(0, 1): 0.04, (0, 2): 0.06}
    figures = [frozenset({NOUN}), frozenset({NOUN}), frozenset({"number:number:count:villag=7"})]
    boxed = [frozenset({NOUN}), frozenset(), frozenset()]
    assert box_pairs([], source_of, figures, boxed, _Graph(probs)) == [[0, 1]]


def test_a_round_count_with_no_noun_joins_nothing() -> None:
    # "Arrests: 5" read with no noun would match five of anything
    bare = "number:number:count:=5"
    probs = {(0, 1): 0.1}
    assert box_pairs([], ["a", "b"], [frozenset({bare}), frozenset({"number:number:count:peopl=5"})],
                     [frozenset({bare}), frozenset()], _Graph(probs)) == []


def test_a_round_unit_or_sum_joins_the_best_passage_of_each_source() -> None:
    money = "money:GBP=2.8E+7"
    source_of = ["a", "b", "b", "c"]
    probs = {(0, 1): 0.03, (0, 2): 0.2, (0, 3): 0.01}
    figures = [frozenset({money})] * 4
    boxed = [frozenset({money}), frozenset(), frozenset(), frozenset()]
    assert box_pairs([], source_of, figures, boxed, _Graph(probs)) == [[0, 2, 3]]


def _hedged(key: str, qualifier: str) -> Figures:
    return Figures({key}, {key: qualifier})


def test_a_boxed_count_joins_prose_that_hedges_it_when_no_passage_states_it() -> None:
    # "Ambulances diverted: 41" against "nearly 40 ambulances were turned away" (b, 1)
    boxed_key = "number:number:count:ambul=41"
    near = "number:number:count:ambul=4E+1"
    probs = {(0, 1): 0.08}
    figures = [frozenset({boxed_key}), _hedged(near, "approx")]
    boxed = [frozenset({boxed_key}), frozenset()]
    assert box_pairs([], ["a", "b"], figures, boxed, _Graph(probs)) == [[0, 1]]
    # an unhedged 40 is another figure
    assert box_pairs([], ["a", "b"], [figures[0], frozenset({near})], boxed, _Graph(probs)) == []
    # a bound the figure does not fit ("more than 50 ambulances")
    assert box_pairs([], ["a", "b"], [figures[0], _hedged("number:number:count:ambul=5E+1", "above")],
                     boxed, _Graph(probs)) == []
    # nor a hedged count of another noun ("nearly 40 patients")
    assert box_pairs([], ["a", "b"], [figures[0], _hedged("number:number:count:patient=4E+1", "approx")],
                     boxed, _Graph(probs)) == []


def test_a_passage_stating_the_boxed_figure_beats_one_hedging_it() -> None:
    # b states 41 in one sentence (1, scored lower) and "nearly 40" in another (2): the exact one joins
    boxed_key = "number:number:count:ambul=41"
    probs = {(0, 1): 0.02, (0, 2): 0.3}
    near = _hedged("number:number:count:ambul=4E+1", "approx")
    figures = [frozenset({boxed_key}), frozenset({boxed_key}), near]
    boxed = [frozenset({boxed_key}), frozenset(), frozenset()]
    assert box_pairs([], ["a", "b", "b"], figures, boxed, _Graph(probs)) == [[0, 1]]


def test_a_hedged_sum_joins_only_when_no_passage_states_the_figure() -> None:
    # "Total spending: €412.3bn" against "about €412bn": the hedge is measurejoin's to weigh, so
    # _hedged_fit leaves sums alone; the sum is within a few per cent, so the near fit of
    # benchmarks/notes/align37.md joins it, last: a passage stating €412.3bn itself wins
    boxed_key = "money:EUR=4.123E+11"
    about = _hedged("money:EUR=4.12E+11", "approx")
    probs = {(0, 1): 0.05}
    assert box_pairs([], ["a", "b"], [frozenset({boxed_key}), about], [frozenset({boxed_key}), frozenset()],
                     _Graph(probs)) == [[0, 1]]
    probs = {(0, 1): 0.3, (0, 2): 0.02}
    figures = [frozenset({boxed_key}), about, frozenset({boxed_key})]
    boxed = [frozenset({boxed_key}), frozenset(), frozenset()]
    assert box_pairs([], ["a", "b", "b"], figures, boxed, _Graph(probs)) == [[0, 2]]
