"""A short "sq" before a unit spelled out is an area, as "sq mi" and "square miles" are.

Many papers shorten only "square" and spell the unit: "about 0.8 sq miles",
"a 40 sq metre studio", "1,200 sq feet". The measure pattern knew "sq mi",
"sq km", "sq ft" and "sq m" only, so "sq miles" fell back to a bare count
and never met another outlet's "2 square kilometres".
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def measures(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-03-09"))
    return [(m.raw, m.slot) for m in info.mentions if m.slot.startswith("number:")]


@pytest.mark.parametrize(("text", "raw", "slot"), [
    ("The nature reserve spans 14 sq miles of fen.", "14 sq miles", "number:square mile"),
    ("The nature reserve spans 14 sq. miles of fen.", "14 sq. miles", "number:square mile"),
    ("The nature reserve spans 36 sq kilometres of fen.", "36 sq kilometres", "number:square kilometer"),
    ("The studio has 40 sq metres of floor space.", "40 sq metres", "number:square meter"),
    ("The shop has 1,200 sq feet of floor space.", "1,200 sq feet", "number:square foot"),
])
def test_sq_before_a_spelled_unit_is_an_area(text: str, raw: str, slot: str) -> None:
    assert measures(text) == [(raw, slot)]


def test_the_short_forms_keep_their_reading() -> None:
    assert measures("The nature reserve spans 14 sq mi of fen.") == [("14 sq mi", "number:square mile")]
    assert measures("The shop has 1,200 sq ft of floor space.") == [("1,200 sq ft", "number:square foot")]
    assert measures("The nature reserve spans 36 sq km of fen.") == [("36 sq km", "number:square kilometer")]


def test_sq_miles_meet_square_kilometres_across_sources() -> None:
    wire = "The new conservation zone covers 5.2 square kilometres of dunes east of Pellham, officials said."
    paper = "The conservation zone covers about 2 sq miles of dunes east of Pellham, the council said."
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-09") for n, t in enumerate((wire, paper))]
    found = [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
             if any("sq" in m.raw or "square" in m.raw for m in f.mentions)]
    assert found == [("agree", frozenset({"s0", "s1"}))]
