"""A fact-box line dating an event ("Commissioned: 1971") joins the prose dating it ("opened in 1971").

Trade sites list an installation's history as label lines while wires write
sentences; the two share a year and hardly a word, so the pair model scores
them low (benchmarks/notes/factbox.md). The label's year is read as a year,
and the label's event class ("commissioned", "opened", "inaugurated" are
one event) with that year is the evidence (align.boxdates, cluster.box_pairs).
Invented text only.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.align import align
from sourcediff.align.boxdates import boxed_events, stated_events
from sourcediff.align.cluster import claims_from
from sourcediff.align.features import PassageDoc, source_docs
from sourcediff.model import SourceInfo
from sourcediff.pipeline import analyse

YEAR_1971 = "date:date=1971-01-01..1971-12-31"


def _doc(text: str) -> PassageDoc:
    (doc,) = source_docs(analyse(Article(id="a", text=text)))
    return doc


def test_a_dating_label_reads_its_year_as_a_boxed_year() -> None:
    box = _doc("Commissioned: 1971; 55 years in service")
    assert YEAR_1971 in box.values and YEAR_1971 in box.boxed
    assert YEAR_1971 in _doc("- Opened: 1971").boxed  # a bulleted list line
    assert YEAR_1971 in _doc("Opened in: 1971.").boxed


def test_other_labels_and_counted_figures_stay_counts() -> None:
    assert not any(k.startswith("date:") for k in _doc("Jobs: 1971").values)
    assert not any(k.startswith("date:") for k in _doc("Built: 1971 homes since the war.").values)
    # a colon mid-sentence is no label
    assert not any(k.startswith("date:") for k in _doc("The council said it opened: 1971 files.").values)


def test_a_label_and_a_sentence_of_one_event_class_share_a_key() -> None:
    line = boxed_events("Commissioned: 1971; 55 years in service", {YEAR_1971})
    assert line == {"dated:opened=1971", "yeared:opened"}  # the year, and the event whatever its year
    assert line <= stated_events("The Carrow Point plant opened in 1971 with three units.", {YEAR_1971})
    assert line <= stated_events("It was inaugurated by the prime minister in 1971.", {YEAR_1971})
    # another event of the same year, another label, or no label at all: nothing shared
    assert not line & stated_events("The company was founded in 1971 by two engineers.", {YEAR_1971})
    assert not boxed_events("Jobs: 430", {YEAR_1971})
    assert not boxed_events("Commissioned: 1971", set())
    assert not stated_events("The plant opened to visitors last spring.", set())


WIRE = ("CARROW, March 3 (Coastline) - The Carrow Point gas plant will close next month, its owner "
        "Lydmoor Energy said on Tuesday, cutting 210 jobs.\n\n"
        "Carrow Point opened in 1971 with three 300-megawatt units.\n\n"
        "The company said it would build a battery on the site.")
TRADE = ("Lydmoor Energy confirmed the closure of its Carrow Point station, ending gas generation on the "
         "peninsula.\n\n"
         "Station at a glance:\n\n"
         "Commissioned: 1971; 55 years in service\n\n"
         "Capacity: 900 MW (three units)\n\n"
         "Staff: 210")


def _claims(*articles: tuple[str, str]) -> list[set[str]]:
    infos: tuple[SourceInfo, ...] = tuple(analyse(Article(id=n, text=t)) for n, t in articles)
    texts = {(s.article.id, p.index): p.text for s in infos for p in s.passages}
    return [{texts[(m.source, m.index)] for m in c.members} for c in align(infos)]


def _with(claims: list[set[str]], line: str) -> set[str]:
    """Every passage that shares a claim with ``line``."""
    return set().union(*(c for c in claims if line in c)) - {line}


def test_a_commissioned_line_joins_the_sentence_saying_when_the_plant_opened() -> None:
    claims = _claims(("wire", WIRE), ("trade", TRADE))
    assert "Carrow Point opened in 1971 with three 300-megawatt units." in _with(
        claims, "Commissioned: 1971; 55 years in service")


def _never(i: int, j: int) -> float:
    return 0.0


def test_the_dated_event_joins_a_low_scored_pair_through_claims_from() -> None:
    # 0 (trade) "Commissioned: 1971"; 1 (wire) "opened in 1971", scored low as such pairs are;
    # 2 (wire) "founded in 1971", scored higher; 3 (local) states the year with no event word
    source_of = ["trade", "wire", "wire", "local"]
    probs = {(0, 1): 0.05, (0, 2): 0.3, (0, 3): 0.2}
    figures = [frozenset()] * 4
    boxed = [frozenset({"dated:opened=1971"}), *[frozenset()] * 3]
    dated = [frozenset({"dated:opened=1971"}), frozenset({"dated:opened=1971"}),
             frozenset({"dated:founded=1971"}), frozenset()]
    assert [0, 1] in claims_from(probs, _never, source_of, figures=figures, boxed=boxed, dated=dated)
    # without the dated events the year is no figure: nothing joins
    assert [0, 1] not in claims_from(probs, _never, source_of, figures=figures, boxed=boxed)
    # only another event of that year: nothing joins
    other = [dated[0], frozenset(), dated[2], frozenset()]
    assert (claims_from(probs, _never, source_of, figures=figures, boxed=boxed, dated=other)
            == claims_from(probs, _never, source_of, figures=figures, boxed=boxed))


def test_an_article_before_the_figure_keeps_it_the_label_s_figure() -> None:
    # "The hall: a 2,350-seat venue" is the box's figure as much as "Seats: 2,350"
    assert _doc("The hall: a 2,350-seat venue built on the old market.").boxed
    assert _doc("The prize: an €8.5 million purse, shared by the top ten.").boxed
    # in a sentence the article is only an article
    assert not _doc("The council built a 2,350-seat venue on the old market.").boxed


def test_a_figure_converted_in_brackets_is_boxed_with_it() -> None:
    box = _doc("Route: 164km (102 miles) from Carrow to the coast")
    assert {k for k in box.boxed if k.startswith("number:distance=")} == {
        "number:distance=164", "number:distance=102"}
    # a bracket after a figure no label introduces stays out
    prose = _doc("The riders covered 164km (102 miles) from Carrow to the coast.")
    assert not prose.boxed


def test_a_bracketed_figure_of_another_kind_is_not_a_conversion() -> None:
    # "Fare: £4.20 (zones 1-2)" or "Price: £649 (128GB)": the bracket names what the price is for; only
    # the price is the label's figure, so the storage size earns no box key of its own
    box = _doc("Price: £649 (128GB), £749 (256GB)")
    assert box.boxed
    assert not {k for k in box.boxed if not k.startswith("money:")}
    # the same bracket converting the price stays boxed with it
    money = _doc("Price: £649 ($845)")
    assert len({k for k in money.boxed if k.startswith("money:")}) == 2


def test_the_dated_events_keep_a_hedged_figure_s_qualifier() -> None:
    # "Ambulances diverted: 41" still fits a passage's "nearly 40 ambulances" when that passage also
    # dates an event: the qualifiers box_pairs' hedged fit reads survive the dated keys added to it
    from sourcediff.align.clusterfigures import Figures
    source_of = ["trade", "wire"]
    probs = {(0, 1): 0.05}
    box = "number:number:count:ambul=41"
    hedged = Figures({"number:number:count:ambul=4E+1"}, {"number:number:count:ambul=4E+1": "approx"})
    figures = [Figures({box}), hedged]
    boxed = [frozenset({box}), frozenset()]
    dated = [frozenset(), frozenset({"dated:opened=1971"})]
    assert [0, 1] in claims_from(probs, _never, source_of, figures=figures, boxed=boxed, dated=dated)
