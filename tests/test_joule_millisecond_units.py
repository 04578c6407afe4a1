"""Energies in joules and short spans in milliseconds, as the science and trade press write them.

A battery maker's "a pack storing 270 MJ" is a car paper's "75 kWh", and a
launch outlet's "a 450 ms burn" is another's "0.45 seconds". Read as bare
counts (or not at all, for "MJ" and "ms"), those figures never met their
other spelling, and a trade outlet's "MJ" figure was missing from its fact.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.compat import unit_info
from sourcediff.pipeline import analyse


def measures(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-04"))
    return [(m.raw, m.slot) for m in info.mentions
            if m.slot.startswith("number:") and not m.slot.endswith(":count")]


def test_joules_are_read_as_a_unit_in_words_and_short() -> None:
    assert measures("Each pack stores 270 MJ, the maker said.") == [("270 MJ", "number:megajoule")]
    assert measures("Each pack stores 270 megajoules, the maker said.") == [
        ("270 megajoules", "number:megajoule")]
    assert measures("The test furnace used 4.2 GJ on Tuesday.") == [("4.2 GJ", "number:gigajoule")]


def test_milliseconds_are_read_as_a_unit() -> None:
    assert measures("The valve opened for 450 ms before the burn.") == [("450 ms", "number:millisecond")]
    assert measures("The valve opened for 450 milliseconds.") == [("450 milliseconds", "number:millisecond")]


def test_short_forms_only_in_their_si_case() -> None:
    assert measures("He scored 12 MS points in the quiz.") == []
    assert all(slot != "number:megajoule" for _, slot in measures("The 12 mj club met on Friday."))


def test_joules_and_kilowatt_hours_are_one_family() -> None:
    mj, kwh = unit_info("megajoule"), unit_info("kilowatt hour")
    assert mj is not None and kwh is not None and mj[0] == kwh[0] == "energy"
    assert mj[1] * 36 == kwh[1] * 10  # 3.6 MJ make one kWh
    ms, s = unit_info("millisecond"), unit_info("second")
    assert ms is not None and s is not None and ms[0] == s[0] and ms[1] * 1000 == s[1]


def _facts(*texts: str) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-04") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
            if f.kind.value == "number"]


def test_the_same_energy_and_pulse_in_two_spellings_agree() -> None:
    paper = ("The Orrin Motors battery pack stores 75 kilowatt-hours, the company said on Monday, and its "
             "emergency cut-off trips within 0.45 seconds.")
    trade = ("Orrin Motors said on Monday its new battery pack stores 270 MJ, and its emergency cut-off "
             "trips within 450 ms.")
    got = _facts(paper, trade)
    assert got.count(("agree", frozenset({"s0", "s1"}))) == 2


def test_a_different_energy_in_joules_does_not_agree() -> None:
    paper = "The Orrin Motors battery pack stores 75 kilowatt-hours, the company said on Monday."
    trade = "Orrin Motors said on Monday its new battery pack stores 320 MJ."
    got = _facts(paper, trade)
    assert ("agree", frozenset({"s0", "s1"})) not in got
