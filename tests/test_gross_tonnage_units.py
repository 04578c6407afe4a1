"""A ship's gross tonnage as the shipping press writes it: "GT", "GRT", "gross tonnes", "-gross-tonne".

A trade outlet gives a vessel's size "(41,200 GT)" or "9,400 GRT"; a wire
writes "the 41,200-gross-tonne tanker" and a general paper "the 41,200-tonne
tanker". Read as a bare count (or, hyphenated, not at all), the trade's and
the wire's sizes never met the paper's tonnes. Deadweight spelled out is the
"dwt" already read as tonnes.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def measures(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-12"))
    return [(m.raw, m.slot) for m in info.mentions
            if m.slot.startswith("number:") and not m.slot.endswith(":count")]


def test_gt_after_a_figure_is_tonnes() -> None:
    assert measures("The tanker Brisa Helmholt (41,200 GT) ran aground.") == [("41,200 GT", "number:tonne")]
    assert measures("The 9,400 GRT ferry was refloated.") == [("9,400 GRT", "number:tonne")]


def test_hyphenated_gross_tonne_is_read() -> None:
    assert measures("The 41,200-gross-tonne tanker ran aground.") == [
        ("41,200-gross-tonne", "number:tonne")]
    assert measures("A 6,300-gross-ton trawler sank.") == [("6,300-gross-ton", "number:tonne")]
    assert measures("A 58,000-deadweight-tonne bulker lost power.") == [
        ("58,000-deadweight-tonne", "number:tonne")]


def test_spelled_out_gross_tonnes() -> None:
    assert measures("The ship, of 41,200 gross tonnes, ran aground.") == [
        ("41,200 gross tonnes", "number:tonne")]


def test_car_names_are_not_tonnes() -> None:
    assert measures("He drove a 911 GT3 to the track and sold a 2019 GT-R.") == []


def test_model_names_are_not_tonnes() -> None:
    """A graphics chip's "9600M GT" or "8800 GT" is a model; the press writes a tonnage with a comma."""
    assert measures("The laptop ships with a GeForce 9600M GT chip.") == []
    assert measures("The older 8800 GT card is still sold.") == []


def test_trade_gt_meets_a_papers_tonnes() -> None:
    trade = Article.from_text(
        "The tanker Brisa Helmholt (41,200 GT) ran aground off Pellin Point on Monday, the port said.",
        id="trade", published="2026-05-12")
    paper = Article.from_text(
        "The 41,200-tonne tanker Brisa Helmholt ran aground off Pellin Point on Monday, the port said.",
        id="paper", published="2026-05-12")
    report = compare([trade, paper])
    sizes = [f for f in report.facts
             if any(m.raw.startswith("41,200") for m in f.mentions)]
    assert sizes and all({m.source for m in f.mentions} == {"trade", "paper"} for f in sizes)
    assert all(f.status.value == "agree" for f in sizes)


def test_lower_case_gt_of_the_shipping_press() -> None:
    """Much of the shipping press writes gross tonnage lower case, as it writes "dwt": "61,300 gt"."""
    assert measures("The Orvelle Crest, a 61,300 gt vessel, lost power.") == [("61,300 gt", "number:tonne")]
    assert measures("The 7,850 grt ferry was refloated.") == [("7,850 grt", "number:tonne")]
    assert measures("The older 8800 gt card is still sold.") == []


def test_lower_case_gt_meets_a_wires_gross_tonnes() -> None:
    trade = Article.from_text(
        "The Orvelle Crest, a 61,300 gt vessel built in 2018, lost power off Sannick Head on Friday.",
        id="trade", published="2026-09-04")
    wire = Article.from_text(
        "The Orvelle Crest, which measures 61,300 gross tonnes, lost power off Sannick Head on Friday.",
        id="wire", published="2026-09-04")
    report = compare([trade, wire])
    sizes = [f for f in report.facts
             if any(m.raw.startswith("61,300") for m in f.mentions)]
    assert sizes and all({m.source for m in f.mentions} == {"trade", "wire"} for f in sizes)
