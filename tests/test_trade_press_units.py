"""A trade outlet's short units: "m³" and "m3" (cubic metres), "dwt" (deadweight tonnes), "kn" (knots).

Shipping, dredging and port outlets write "14,500 m³ of silt", "a 62,000 dwt
bulker" and "gusts of 35 kn". Read as metres, a bare count and nothing,
they never met the "14,500 cubic metres", "62,000 tonnes" and "35 knots"
of a general paper; a cubic measure read as a length could even meet a
real length of the same figure.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def measures(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-03-10"))
    return [(m.raw, m.slot) for m in info.mentions
            if m.slot.startswith("number:") and not m.slot.endswith(":count")]


def test_cubic_metres_written_short() -> None:
    assert measures("Two dredgers removed 14,500 m³ of silt from the berth.") == [
        ("14,500 m³", "number:cubic meter")]
    assert measures("Two dredgers removed 14,500 m3 of silt from the berth.") == [
        ("14,500 m3", "number:cubic meter")]


def test_a_length_in_metres_stays_a_length() -> None:
    assert measures("The quay is 420 m long and 16 m deep.") == [
        ("420 m", "number:meter"), ("16 m", "number:meter")]


def test_deadweight_tonnes_are_tonnes() -> None:
    assert measures("The 62,000 dwt bulker lost power off the cape.") == [("62,000 dwt", "number:tonne")]
    assert measures("The 62,000 DWT bulker lost power off the cape.") == [("62,000 DWT", "number:tonne")]


def test_knots_written_kn_but_not_kilonewtons() -> None:
    assert measures("Gusts reached 35 kn as the storm passed.") == [("35 kn", "number:knot")]
    assert all(slot != "number:knot" for _, slot in measures("The winch pulls with a force of 900 kN."))


def _facts(*texts: str) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-10") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
            if f.kind.value == "number"]


def test_a_trade_outlets_short_units_meet_a_papers_words() -> None:
    paper = ("Dredgers removed about 14,500 cubic metres of silt before the 62,000-tonne bulker Orla Crest "
             "was pulled off the sandbank, the port said. Winds had gusted to 35 knots.")
    trade = ("Dredgers removed some 14,500 m³ of silt before the 62,000 dwt bulker Orla Crest was pulled off "
             "the sandbank, the port said. Winds had gusted to 35 kn.")
    got = _facts(paper, trade)
    assert got.count(("agree", frozenset({"s0", "s1"}))) == 3


def test_a_different_volume_in_the_short_unit_diverges_or_stands_apart() -> None:
    paper = "Dredgers removed about 14,500 cubic metres of silt from the berth, the port said on Monday."
    trade = "Dredgers removed 19,000 m³ of silt from the berth, the port said on Monday."
    assert ("agree", frozenset({"s0", "s1"})) not in _facts(paper, trade)
