"""A fact-box line's precise figure joins prose that states it a few per cent off, with no hedge.

One outlet lists "Debts: £735m" or "Stores: 2,386" while another's
sentence says "£730 million" or "2,368 stores": a rounding, a
transposition, or the planted divergence the report exists to show. The
figures differ, so neither the exact match nor the hedged fit of
cluster.box_pairs joined the line, and the pair model scores a label line
low against prose (benchmarks/notes/align37.md). A passage stating the
figure itself, or hedging a count it fits, is still preferred. Invented
text only.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.align import align
from sourcediff.align.cluster import box_pairs
from sourcediff.align.clusterbase import _Graph
from sourcediff.align.clusterfigures import Figures
from sourcediff.align.clusterseats import _near_fit
from sourcediff.model import SourceInfo
from sourcediff.pipeline import analyse

STORES = "number:number:count=2386"


def test_a_precise_box_count_joins_prose_a_few_per_cent_off() -> None:
    # "Stores: 2,386" against a wire's "2,368 stores" (a transposed digit)
    probs = {(0, 1): 0.05}
    figures = [frozenset({STORES}), frozenset({"number:number:count=2368"})]
    boxed = [frozenset({STORES}), frozenset()]
    assert box_pairs([], ["a", "b"], figures, boxed, _Graph(probs)) == [[0, 1]]


def test_a_figure_in_dispute_within_a_tenth_joins() -> None:
    # 2,386 against 2,210 (7% off): no rounding, but the outlets' disagreement the report must show
    probs = {(0, 1): 0.05}
    figures = [frozenset({STORES}), frozenset({"number:number:count=2210"})]
    boxed = [frozenset({STORES}), frozenset()]
    assert box_pairs([], ["a", "b"], figures, boxed, _Graph(probs)) == [[0, 1]]


def test_a_figure_further_off_is_another_figure() -> None:
    # 2,386 against 2,010 (16% off): another figure of the story, not this one stated differently
    probs = {(0, 1): 0.05}
    figures = [frozenset({STORES}), frozenset({"number:number:count=2010"})]
    boxed = [frozenset({STORES}), frozenset()]
    assert box_pairs([], ["a", "b"], figures, boxed, _Graph(probs)) == []


def test_the_band_is_a_tenth_of_the_larger_figure() -> None:
    # "Fine: £4.85m" against £4.37m (9.9% of the larger) joins; against £4.36m (10.1%) it does not
    box = frozenset({"money:GBP=4.85E+6"})
    assert _near_fit(box, frozenset({"money:GBP=4.37E+6"}))
    assert not _near_fit(box, frozenset({"money:GBP=4.36E+6"}))


def test_a_round_box_figure_needs_its_own_value() -> None:
    # "Schools: 30" is within a few per cent of 31 schools, but a round figure says nothing that close
    key = "number:number:count:school=3E+1"
    probs = {(0, 1): 0.05}
    figures = [frozenset({key}), frozenset({"number:number:count:school=31"})]
    assert box_pairs([], ["a", "b"], figures, [frozenset({key}), frozenset()], _Graph(probs)) == []


def test_the_family_must_match() -> None:
    # £735m against €730m, or 187 g against 185 mm: no rounding of one another
    assert _near_fit(frozenset({"money:GBP=7.35E+8"}), frozenset({"money:GBP=7.3E+8"}))
    assert not _near_fit(frozenset({"money:GBP=7.35E+8"}), frozenset({"money:EUR=7.3E+8"}))
    assert not _near_fit(frozenset({"length:mm=187"}), frozenset({"mass:g=185"}))
    # the same value is the exact match's, not this one's
    assert not _near_fit(frozenset({"money:GBP=7.35E+8"}), frozenset({"money:GBP=7.35E+8"}))


def test_a_passage_stating_the_figure_beats_one_a_few_per_cent_off() -> None:
    # b states 2,386 in one sentence (1, scored lower) and 2,368 in another (2): the exact one joins
    probs = {(0, 1): 0.02, (0, 2): 0.4}
    figures = [frozenset({STORES}), frozenset({STORES}), frozenset({"number:number:count=2368"})]
    boxed = [frozenset({STORES}), frozenset(), frozenset()]
    assert box_pairs([], ["a", "b", "b"], figures, boxed, _Graph(probs)) == [[0, 1]]


def test_a_hedged_count_it_fits_beats_an_unhedged_one_near_it() -> None:
    key = "number:number:count:ambul=41"
    probs = {(0, 1): 0.02, (0, 2): 0.4}
    hedged = Figures({"number:number:count:ambul=4E+1"}, {"number:number:count:ambul=4E+1": "approx"})
    figures = [frozenset({key}), hedged, frozenset({"number:number:count:ambul=42"})]
    boxed = [frozenset({key}), frozenset(), frozenset()]
    assert box_pairs([], ["a", "b", "b"], figures, boxed, _Graph(probs)) == [[0, 1]]


WIRE = ("Quillhurst & Lane, the 90-year-old furniture retailer, collapsed into administration on Monday "
        "with debts of £730 million, putting 2,300 jobs at risk.\n\n"
        "The administrators said they would keep the 64 stores trading while they looked for a buyer.\n\n"
        "Suppliers said they had not been paid since the summer.")
BLOG = ("Quillhurst & Lane has called in administrators, the company confirmed this morning.\n\n"
        "Debts: £735m\n\n"
        "Staff were told of the decision at a meeting in the Brensford head office.")


def _with(line: str, *articles: tuple[str, str]) -> set[str]:
    infos: tuple[SourceInfo, ...] = tuple(analyse(Article(id=n, text=t)) for n, t in articles)
    texts = {(s.article.id, p.index): p.text for s in infos for p in s.passages}
    claims = [{texts[(m.source, m.index)] for m in c.members} for c in align(infos)]
    return set().union(*(c for c in claims if line in c)) - {line}


def test_a_label_line_joins_the_wire_sentence_that_rounds_its_figure() -> None:
    joined = _with("Debts: £735m", ("wire", WIRE), ("blog", BLOG))
    assert any("£730 million" in p for p in joined)
    assert not any("64 stores" in p for p in joined)


def test_a_label_line_stays_apart_from_a_sum_well_off_its_figure() -> None:
    wire = WIRE.replace("£730 million", "£650 million")
    assert _with("Debts: £735m", ("wire", wire), ("blog", BLOG)) == set()
