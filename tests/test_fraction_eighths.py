"""Shares written "an eighth of" and "a sixth of" are percentages, as "a fifth of" already was.

"An eighth of the world's trade passes through the strait" states what a
wire gives as "about 12 percent": read as nothing, the share met no figure.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def shares(text: str) -> list[tuple[str, Decimal, Decimal | None]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-02-11"))
    return [(m.raw, m.value.amount, m.value.high) for m in info.mentions
            if m.kind.value == "percent"]


def test_an_eighth_and_a_sixth_of_a_whole() -> None:
    assert shares("An eighth of the world's trade passes through the strait.") == [
        ("An eighth", Decimal("11.2"), Decimal("13.8"))]
    assert shares("Nearly a sixth of the votes went to the Greens.") == [
        ("Nearly a sixth", Decimal("15.0"), Decimal("18.3"))]


def test_an_eighth_of_a_unit_is_no_share() -> None:
    assert shares("She finished an eighth of a second behind the winner.") == []
    assert shares("It was the sixth of the season for the club.") == []


def test_an_eighth_meets_a_wires_twelve_percent() -> None:
    wire = Article.from_text("About 12 percent of world trade passes through the Selvar Strait, the "
                             "shipping ministry said on Monday.", id="s0", published="2026-02-11")
    paper = Article.from_text("An eighth of the world's trade passes through the narrow Selvar Strait, "
                              "the shipping ministry said.", id="s1", published="2026-02-11")
    facts = [f for f in compare([wire, paper]).facts if f.kind.value == "percent"]
    assert [(f.status.value, sorted(f.sources)) for f in facts] == [("agree", ["s0", "s1"])]
