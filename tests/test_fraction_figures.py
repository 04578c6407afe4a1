"""A quarter, three quarters and vulgar fractions join their figure ("2¾ lengths" is "two and three-quarter
lengths"), and a racing margin in lengths or a distance in furlongs keeps its unit."""

from __future__ import annotations

from sourcediff import compare
from sourcediff.extract.amounts import scan_amounts
from sourcediff.model import Article


def _figures(text: str) -> list[tuple[str, str]]:
    return [(text[a.start:a.end], f"{a.low}") for a in scan_amounts(text)]


def test_vulgar_fractions_after_digits_join_the_figure() -> None:
    assert _figures("Tinder Blue was beaten 2¾ lengths.") == [("2¾", "2.75")]
    assert _figures("the 3½-mile chase at Marlby") == [("3½", "3.5")]
    assert _figures("a base rate of 4¼ per cent") == [("4¼", "4.25")]


def test_spelled_quarters_join_the_figure() -> None:
    assert _figures("She won by two and three-quarter lengths.") == [("two and three-quarter", "2.75")]
    assert _figures("a walk of six and a quarter miles") == [("six and a quarter", "6.25")]
    assert _figures("two and three quarters hours later") == [("two and three quarters", "2.75")]
    assert _figures("2 and a half million people") == [("2 and a half million", "2500000.0")]


def test_a_fraction_sign_alone_or_between_digits_adds_nothing() -> None:
    assert _figures("He had 3 points; ¾ of them came late.") == [("3", "3")]


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, title="", text=text)


def test_margins_in_lengths_compare_across_spellings() -> None:
    lead = "Harrow Gate won the Ebbsfield Cup at Marlby on Saturday."
    a = _article("a", f"{lead} The winner beat Tinder Blue by two and three-quarter lengths.")
    b = _article("b", f"{lead} The winner beat Tinder Blue by 2¾ lengths.")
    c = _article("c", f"{lead} The winner beat Tinder Blue by 3¼ lengths.")
    facts = compare([a, b, c]).to_dict()["facts"]
    margin = [f for f in facts if any(m.get("slot") == "number:length" for m in f["mentions"])]
    assert len(margin) == 1, facts
    assert {m["value"] for m in margin[0]["mentions"]} == {"2.75 length", "3.25 length"}
    assert margin[0]["status"] == "diverge"


def test_furlongs_are_a_unit() -> None:
    lead = "Harrow Gate won the Ebbsfield Cup at Marlby on Saturday."
    a = _article("a", f"{lead} The race is run over seven furlongs on the round course.")
    b = _article("b", f"{lead} The race is run over 7 furlongs on the round course.")
    facts = compare([a, b]).to_dict()["facts"]
    run = [f for f in facts if any("furlong" in f"{m['value']}" for m in f["mentions"])]
    assert run and run[0]["status"] == "agree", facts
