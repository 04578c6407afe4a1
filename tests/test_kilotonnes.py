"""Kilotonnes and megatonnes: "214kt", "1.2 kilotonnes", "3 megatonnes" are tonnes by the thousand.

The commodity, mining and fishing trade press gives a quota, a harvest or
an output in kilotonnes ("the sugar quota is 185kt"); a general paper writes
"185,000 tonnes". Read as nothing at all, the trade figure never met the
paper's, and a different figure in kilotonnes could not diverge either.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def measures(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-04"))
    return [(m.raw, m.slot) for m in info.mentions
            if m.slot.startswith("number:") and not m.slot.endswith(":count")]


def test_kilotonnes_written_short_or_spelled_out() -> None:
    assert measures("The beet harvest reached 185kt this season.") == [("185kt", "number:kilotonne")]
    assert measures("The beet harvest reached 185 kt this season.") == [("185 kt", "number:kilotonne")]
    assert measures("The beet harvest reached 1.4 kilotonnes more than forecast.") == [
        ("1.4 kilotonnes", "number:kilotonne")]
    assert measures("Exports fell to 3.2 megatonnes last year.") == [("3.2 megatonnes", "number:megatonne")]


def test_knots_keep_their_own_short_forms() -> None:
    assert measures("Gusts reached 40 kts off the headland.") == [("40 kts", "number:knot")]


def _facts(*texts: str) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-04") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
            if f.kind.value == "number"]


def test_a_trade_outlets_kilotonnes_meet_a_papers_tonnes() -> None:
    paper = ("The agriculture ministry set next season's sugar beet quota at 185,000 tonnes on Monday, "
             "after growers in the Marrowdale valley lobbied for a higher figure.")
    trade = ("The agriculture ministry set the 2027 sugar beet quota at 185kt on Monday, after growers in "
             "the Marrowdale valley lobbied for a higher figure.")
    assert ("agree", frozenset({"s0", "s1"})) in _facts(paper, trade)


def test_a_different_figure_in_kilotonnes_does_not_agree() -> None:
    paper = ("The agriculture ministry set next season's sugar beet quota at 185,000 tonnes on Monday, "
             "after growers in the Marrowdale valley lobbied for a higher figure.")
    trade = ("The agriculture ministry set the 2027 sugar beet quota at 158kt on Monday, after growers in "
             "the Marrowdale valley lobbied for a higher figure.")
    assert ("agree", frozenset({"s0", "s1"})) not in _facts(paper, trade)


def test_kt_in_a_sentence_about_wind_or_speed_is_knots() -> None:
    assert measures("Gusts of 45kt battered the harbour wall overnight.") == [("45kt", "number:knot")]
    assert measures("The patrol vessel was cruising at 18 kt when the call came.") == [
        ("18 kt", "number:knot")]
    assert measures("The light aircraft flew at 110 kt into a stiff headwind.") == [("110 kt", "number:knot")]


def test_kt_beside_boats_and_a_quota_stays_kilotonnes() -> None:
    # a fishing fleet is no speed: its boats land tonnes
    assert ("214kt", "number:kilotonne") in measures(
        "The herring quota for the fleet of 300 boats was cut to 214kt for next year.")
    assert measures("Output at the smelter rose to 52kt in the third quarter.") == [
        ("52kt", "number:kilotonne")]
