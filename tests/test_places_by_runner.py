"""A finishing place is keyed by the runner named before it, so two outlets' places pair by runner.

"Greyfriar finished third and Tinder Blue fifth" against "Tinder Blue trailed
home fourth, Greyfriar third": Greyfriar's thirds agree and Tinder Blue's
fifth and fourth diverge; two runners' places are never rivals.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import positions


def runners(text: str) -> list[tuple[str, int, str | None]]:
    return [(text[s:e], int(v.amount), name) for s, e, v, name in positions.named(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Greyfriar finished third and Tinder Blue fifth.",
     [("third", 3, "Greyfriar"), ("fifth", 5, "Tinder Blue")]),
    ("Tinder Blue trailed home fourth, Greyfriar third.",
     [("fourth", 4, "Tinder Blue"), ("third", 3, "Greyfriar")]),
    ("Tinder Blue, the 7-2 favourite, finished sixth of the 11 runners.", [("sixth", 6, "Tinder Blue")]),
    ("The Oxley crew crossed the line second, with Marsh Hollow fourth.",
     [("second", 2, "Oxley"), ("fourth", 4, "Marsh Hollow")]),
    ("She finished third in the sprint.", [("third", 3, None)]),
])
def test_a_place_is_read_with_its_runner(text: str, want: list[tuple[str, int, str | None]]) -> None:
    assert runners(text) == want


def test_an_elided_place_needs_a_named_place_before_it() -> None:
    assert runners("She finished third, Greyfriar fifth.") == [("third", 3, None)]


def test_find_keeps_giving_the_places_alone() -> None:
    text = "Greyfriar finished third and Tinder Blue fifth."
    assert [(text[s:e], int(v.amount)) for s, e, v in positions.find(text)] == [("third", 3), ("fifth", 5)]


def _place_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-09") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
                  if any(m.slot == positions.SLOT for m in f.mentions))


def test_two_outlets_pair_two_runners_places_by_runner() -> None:
    wire = ("Harrow Gate won the Ebbsfield Cup at Marlby on Saturday. Greyfriar finished third and "
            "Tinder Blue fifth after being hampered on the home bend.")
    tabloid = ("Harrow Gate stormed to glory in the Ebbsfield Cup at Marlby on Saturday. Tinder Blue "
               "trailed home fourth, Greyfriar third, after a rough passage on the home bend.")
    facts = _place_facts(wire, tabloid)
    assert ("agree", ["third", "third"]) in facts
    assert ("diverge", ["fifth", "fourth"]) in facts
