"""A sea area in square nautical miles is the same area another outlet gives in square kilometres.

A coastguard, a navy or an aviation outlet maps a search, an exclusion zone or
a fishing box in square nautical miles (1.852 km squared); a general paper
converts to square kilometres or square miles.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract.numberunits import unit_name

WIRE = ("Navy ships on Thursday searched about 1,500 square kilometres of the Orrin Gulf for the fishing "
        "boat Keld Marra, which sent a distress call on Wednesday night, the navy said.")
TRADE = ("Search units covered {} of the Orrin Gulf on Thursday looking for the Keld Marra, the navy's "
         "rescue centre said.")


def _areas(*texts: str) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-06") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
            if any("square" in m.raw for m in f.mentions)]


def test_square_nautical_miles_is_an_area_unit() -> None:
    assert unit_name("square nautical miles") == "square nautical mile"


def test_an_area_in_square_nautical_miles_meets_square_kilometres() -> None:
    # 1,500 km2 is about 437 square nautical miles.
    both = ("agree", frozenset({"s0", "s1"}))
    assert _areas(WIRE, TRADE.format("about 437 square nautical miles")) == [both]


def test_a_different_area_in_square_nautical_miles_is_no_agreement() -> None:
    both = ("agree", frozenset({"s0", "s1"}))
    assert both not in _areas(WIRE, TRADE.format("about 800 square nautical miles"))
