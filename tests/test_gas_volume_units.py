"""Gas volumes in cubic feet and cubic metres, as the energy trade and the general press write them.

A gas field's reserves are "2.4 Tcf" (trillion cubic feet) or "68 bcm"
(billion cubic metres) in the trade press, "2.4 trillion cubic feet" or
"68 billion cubic metres" in a paper. Read without their unit (or not at
all, for "Tcf" and "bcm"), those figures never met their other spelling,
and an outlet's different reserve figure stood alone instead of diverging.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.compat import unit_info
from sourcediff.pipeline import analyse


def measures(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-03-02"))
    return [(m.raw, m.slot) for m in info.mentions
            if m.slot.startswith("number:") and not m.slot.endswith(":count")]


def test_cubic_feet_and_the_trade_short_forms_are_units() -> None:
    assert [slot for _, slot in measures("The Skelwith well found 2.4 trillion cubic feet of gas.")] == [
        "number:cubic foot"]
    assert measures("Skelwith holds 2.4 Tcf, the operator said.") == [
        ("2.4 Tcf", "number:trillion cubic foot")]
    assert measures("Skelwith holds 68 bcm, the operator said.") == [("68 bcm", "number:billion cubic meter")]
    assert measures("The test flowed 410 Bcf over the year.") == [("410 Bcf", "number:billion cubic foot")]


def test_cubic_feet_and_cubic_metres_are_one_volume() -> None:
    tcf, bcm = unit_info("trillion cubic foot"), unit_info("billion cubic meter")
    assert tcf is not None and bcm is not None and tcf[0] == bcm[0] == "volume"
    assert round(tcf[1] * 24 / (bcm[1] * 10)) == 68  # 2.4 Tcf is about 68 bcm


def _facts(*texts: str) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
            if f.kind.value == "number"]


def test_the_same_reserves_in_two_spellings_agree() -> None:
    paper = ("Yarrowby Resources said on Monday its Skelwith well had found about 68 billion cubic metres "
             "of gas off the east coast.")
    trade = "Yarrowby Resources on Monday reported a Skelwith discovery of 2.4 Tcf of gas off the east coast."
    assert ("agree", frozenset({"s0", "s1"})) in _facts(paper, trade)


def test_other_reserves_diverge() -> None:
    paper = ("Yarrowby Resources said on Monday its Skelwith well had found about 68 billion cubic metres "
             "of gas off the east coast.")
    trade = "Yarrowby Resources on Monday reported a Skelwith discovery of 2.9 Tcf of gas off the east coast."
    assert ("diverge", frozenset({"s0", "s1"})) in _facts(paper, trade)


def test_a_flow_in_million_standard_cubic_feet_a_day_meets_its_trade_short_form() -> None:
    wire = "The Skelwith test well flowed 36 million standard cubic feet per day on Monday, Yarrowby said."
    trade = "Yarrowby said on Monday that Skelwith-1 flowed 36 MMscf/d in its test."
    assert ("agree", frozenset({"s0", "s1"})) in _facts(wire, trade)
    other = "Yarrowby said on Monday that Skelwith-1 flowed 41 MMscf/d in its test."
    assert ("diverge", frozenset({"s0", "s1"})) in _facts(wire, other)
