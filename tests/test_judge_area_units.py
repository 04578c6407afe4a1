"""One land area written in hectares, square kilometres, acres or square miles is one figure.

Outlets give a burned area, a flood plain or a farm in the unit of their
country; the judge compares them in one base unit, and links the equal ones
across sources as it links two sources' equal figures in one unit.
"""

from __future__ import annotations

from sourcediff import Article, compare


def facts(*texts: str) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2025-07-02") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
            if any("hectare" in m.raw or "acre" in m.raw or "square" in m.raw for m in f.mentions)]


WIRE = ("Floodwater covered 8,600 hectares of farmland in the Orvel valley by Tuesday, the water agency "
        "said. About 1,900 people were moved to shelters in Lanford.")
PAPER = ("Volunteers filled sandbags through the night in Lanford. By Tuesday the flood had spread over "
         "{} of the valley's fields, most of them planted with barley.")


def test_one_area_in_two_units_agrees_across_sources() -> None:
    assert facts(WIRE, PAPER.format("86 square kilometres")) == [("agree", frozenset({"s0", "s1"}))]
    assert facts(WIRE, PAPER.format("about 21,250 acres")) == [("agree", frozenset({"s0", "s1"}))]


def test_a_different_area_in_another_unit_is_no_agreement() -> None:
    assert ("agree", frozenset({"s0", "s1"})) not in facts(WIRE, PAPER.format("99 square kilometres"))


def test_hectares_abbreviated_ha_meet_acres_and_hectares() -> None:
    """A trade or farming outlet writes "an 8,600 ha plot": the same land as "8,600 hectares"."""
    articles = [Article.from_text(t, id=f"s{n}", published="2025-07-02")
                for n, t in enumerate((WIRE, PAPER.format("8,600 ha"), PAPER.format("about 21,250 acres")))]
    areas = [f for f in compare(articles).facts
             if any(m.raw.endswith((" ha", "hectares", "acres")) for m in f.mentions)]
    assert [(f.status.value, frozenset(m.source for m in f.mentions)) for f in areas] == [
        ("agree", frozenset({"s0", "s1", "s2"}))]


def test_capital_ha_is_no_unit() -> None:
    articles = [Article.from_text(t, id=f"s{n}", published="2025-07-02")
                for n, t in enumerate((WIRE, PAPER.format("8,600 HA")))]
    assert not any(m.raw.endswith("HA") for f in compare(articles).facts for m in f.mentions)
