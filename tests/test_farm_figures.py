"""Figures of a crop report: the trade's million hectares, units written once, megatonnes at a sentence's end.

A farm ministry's estimate is reported by wires, general papers and the
grain trade press at once, each in its own shorthand: "2.45 Mha" for "2.45
million hectares", "18.4 million tonnes, against 20.1 million last year"
with the unit given once, "the average of 19.6 Mt." closing a sentence. Each
of these left a figure unread, or read as a count of nothing, so it never
met another outlet's same figure (and a different one could not diverge).
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def _mentions(text: str) -> list[tuple[str, str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-09-03"))
    return [(m.raw, m.slot, m.canonical) for m in info.mentions if m.kind.value in ("number", "time")]


def _number_facts(*texts: str) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-09-03") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
            if f.kind.value == "number"]


# --- million and thousand hectares ---

def test_million_and_thousand_hectares_written_short() -> None:
    assert ("3.1 Mha", "number:megahectare", "3.1 megahectare") in _mentions(
        "Maize area: 3.1 Mha, up from last season.")
    assert ("640 kha", "number:kilohectare", "640 kilohectare") in _mentions(
        "Sunflower area was put at 640 kha by the statistics office.")


def test_initialisms_in_capitals_are_no_hectares() -> None:
    assert not any(slot.endswith("hectare") for _, slot, _ in _mentions(
        "The 12 MHA stations on the coast reported rain."))


def test_a_trade_outlets_mha_meets_a_papers_million_hectares() -> None:
    paper = "Growers sowed 3.1 million hectares of maize this spring, the statistics office said on Tuesday."
    trade = "Growers sowed 3.1 Mha of maize this spring, the statistics office said on Tuesday."
    assert ("agree", frozenset({"s0", "s1"})) in _number_facts(paper, trade)


# --- a unit written once for the figures compared with it ---

def test_bare_figure_compared_with_a_measure_takes_its_unit() -> None:
    found = _mentions("Mills will take 4.6 million tonnes of rye this year, well down on last year's "
                      "5.3 million.")
    assert ("5.3 million", "number:tonne", "5300000 tonne") in found
    found = _mentions("Shipments will fall to 2.2 million tonnes, from 2.9 million.")
    assert ("2.9 million", "number:tonne", "2900000 tonne") in found


def test_bare_figure_after_another_measure_in_between_still_takes_the_unit() -> None:
    found = _mentions("The oat crop will reach 1.4 million tonnes, against 1.6 million tonnes last year "
                      "and a ten-year average of 1.5 million.")
    assert ("1.5 million", "number:tonne", "1500000 tonne") in found


def test_bare_figure_with_a_noun_of_its_own_keeps_it() -> None:
    found = _mentions("The region grew 1.4 million tonnes of oats, feeding 2.1 million people.")
    assert not any(raw.startswith("2.1 million") and slot == "number:tonne" for raw, slot, _ in found)


def test_another_scale_or_another_sentence_takes_no_unit() -> None:
    found = _mentions("The crop reached 1.4 million tonnes, and 300,000 of it was exported.")
    assert not any(raw.startswith("300,000") and slot == "number:tonne" for raw, slot, _ in found)
    found = _mentions("The crop reached 1.4 million tonnes. Some 2.5 million voted in the poll.")
    assert not any(raw.startswith("2.5 million") and slot == "number:tonne" for raw, slot, _ in found)


def test_the_unit_left_out_meets_the_unit_written() -> None:
    tabloid = "Farmers will bring in 4.6 million tonnes of rye, well down on last year's 5.3 million."
    wire = ("The rye harvest is put at 4.6 million tonnes, down from 5.3 million tonnes last year, "
            "the ministry said.")
    facts = _number_facts(tabloid, wire)
    assert facts.count(("agree", frozenset({"s0", "s1"}))) >= 2


# --- megatonnes at the end of a sentence ---

def test_megatonnes_before_a_full_stop_and_a_new_sentence() -> None:
    assert ("7.2 Mt", "number:megatonne", "7.2 megatonne") in _mentions(
        "Output was under the average of 7.2 Mt. The ministry blamed the dry spring.")


def test_mt_before_a_mountains_name_stays_a_mountain() -> None:
    assert not any(slot == "number:megatonne" for _, slot, _ in _mentions(
        "The team reached the 3,100 m Mt. Harrow summit at dawn."))
