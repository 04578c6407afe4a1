"""Golf scores: a round's card, a total and a score to par are each one whole number in a slot of its own."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import golfscores as G


def scores(text: str) -> list[tuple[str, int, str]]:
    return [(text[s:e], int(v.amount), slot.split(":")[1]) for s, e, v, slot in G.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Okoro closed with a bogey-free 67 to win by a stroke.",
     [("closed with a bogey-free 67", 67, "round")]),
    ("Lindahl shot 71 and finished on 283, three over par.",
     [("shot 71", 71, "round"), ("on 283", 283, "total"), ("three over par", 3, "to-par")]),
    ("She carded a level-par 72 for a total of 281 at the Drummond Classic's windswept links.",
     [("carded a level-par 72", 72, "round"), ("total of 281", 281, "total")]),
    ("Pereira went round in 68, four under par, after three birdies on the back nine.",
     [("went round in 68", 68, "round")]),
    ("The leader is at -11 after 54 holes, two strokes clear.", [("-11", -11, "to-par")]),
    ("Petrak finished at \u22129 (207) after a third-round 70 with four birdies.",
     [("\u22129", -9, "to-par"), ("207", 207, "total"), ("after a third-round 70", 70, "round")]),
    ("He is twelve under par for the week.", [("twelve under par", -12, "to-par")]),
    ("A bogey at the last left Quaye at even par.", [("even par", 0, "to-par")]),
])
def test_golf_scores_are_read(text: str, want: list[tuple[str, int, str]]) -> None:
    assert scores(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Final round: 69", [("Final round: 69", 69, "round")]),
    ("Total: 279 (-9)", [("Total: 279", 279, "total"), ("-9", -9, "to-par")]),
])
def test_a_fact_box_line_is_golf_by_its_shape(text: str, want: list[tuple[str, int, str]]) -> None:
    assert scores(text) == want


@pytest.mark.parametrize("text", [
    "Police said the man shot 69 rounds from a rifle.",  # no golf word
    "The bill passed on 214 votes to 190.",
    "Children under 12 play for free on the putting green.",  # "under 12": an age, not a score
    "The course is 6,850 yards long, a par of 72, with 18 holes.",
    "A 66-year-old caddie was taken ill at the 9th hole.",
    "Overnight frost on the 18 holes: the temperature fell to -12 degrees.",
    "The Greens' major gain left them at -4 in the polls.",
])
def test_figures_that_are_no_golf_score(text: str) -> None:
    assert [s for s in scores(text) if s[2] != "to-par"] == []
    assert scores(text) == []


def _facts(*texts: str) -> list[tuple[str, str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-06-21") for n, t in enumerate(texts)]
    return [(f.status.value, f.mentions[0].slot, sorted(m.raw for m in f.mentions))
            for f in compare(articles).facts if f.mentions[0].slot.startswith(("number:round", "number:total",
                                                                              "number:to-par"))]


WIRE = ("Aarav Menon won the Castlereagh Open on Sunday, closing with a {} to finish on 12-under 272, "
        "three strokes clear of Jonas Weir.")
SITE = ("Menon's final-round {} at Castlereagh gave him the title by three strokes at twelve under par, "
        "on a total of 272.")


def test_two_outlets_cards_agree_and_a_changed_card_diverges() -> None:
    same = _facts(WIRE.format(67), SITE.format(67))
    assert ("agree", G.ROUND_SLOT, ["closing with a 67", "final-round 67"]) in same
    assert ("agree", G.TO_PAR_SLOT, ["12-under", "twelve under par"]) in same
    assert ("agree", G.TOTAL_SLOT, ["on 12-under 272", "total of 272"]) in same
    changed = _facts(WIRE.format(67), SITE.format(66))
    assert ("diverge", G.ROUND_SLOT, ["closing with a 67", "final-round 66"]) in changed
