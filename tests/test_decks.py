"""A tabloid's deck (standfirst) under its headline restates a figure in clipped words: not a second fact.

"Bosses swing the axe by 18% despite fury at the depots" over "Weekend
bus services will be cut by 18 percent from March": the two windows share
no word, which made 18% look like a value the story uses for two things,
and the deck's figure was set apart from the other outlets' 18 percent.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.align import score_pairs
from sourcediff.decks import deck_passages
from sourcediff.evidence import build_evidence
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.segment import segment

TABLOID = ("BUS AXE: Weekend services slashed\n"
           "Bosses swing the axe by 18% despite fury at the depots\n"
           "Weekend bus services across Dunmore will be cut by 18 percent from March after the transit "
           "board voted on Monday.\n"
           "Union chiefs warned that 40 drivers could lose shifts.\n")
WIRE = ("DUNMORE, May 4 - The Dunmore transit board voted on Monday to cut weekend bus services by 18 "
        "percent from March, rejecting riders' calls for a freeze.\n"
        "The drivers' union said 40 drivers could lose weekend shifts.\n")
TRADE = ("Dunmore bosses swing the axe on weekend timetables: 18% of Saturday and Sunday runs go from "
         "March, the transit board decided on Monday.\n"
         "Operators expect 40 drivers to lose shifts.\n")


def _passages(text: str) -> list[str]:
    article = Article.from_text(text, id="s0", published="2026-05-05")
    passages = segment(article)
    return [p.text for p in passages if p.index in deck_passages(passages)]


def test_headline_style_lines_at_the_top_are_the_deck() -> None:
    assert _passages(TABLOID) == ["BUS AXE: Weekend services slashed",
                                  "Bosses swing the axe by 18% despite fury at the depots"]


def test_a_story_that_opens_with_a_sentence_has_no_deck() -> None:
    assert _passages(WIRE) == []


def test_a_line_without_a_full_stop_below_the_first_sentence_is_no_deck() -> None:
    text = ("The board voted on Monday to cut weekend services by 18 percent.\n"
            "Riders furious as axe falls\n")
    assert _passages(text) == []


def test_the_decks_figure_joins_the_other_outlets_figure() -> None:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-05")
                for n, t in enumerate((WIRE, TABLOID, TRADE))]
    percents = [f for f in compare(articles).facts if f.kind.value == "percent"]
    assert len(percents) == 1
    fact = percents[0]
    assert fact.status.value == "agree"
    assert sorted((m.source, m.raw) for m in fact.mentions) == [
        ("s0", "18 percent"), ("s1", "18 percent"), ("s1", "18%"), ("s2", "18%")]


def test_a_value_restated_only_in_the_deck_is_not_taken_for_two_subjects() -> None:
    sources = tuple(analyse(Article.from_text(t, id=f"s{n}", published="2026-05-05"))
                    for n, t in enumerate((WIRE, TABLOID, TRADE)))
    ev = build_evidence(sources, (), score_pairs(sources))
    assert ("s1", 1) in ev.heads
    assert (Kind.PERCENT, "18%") not in ev.ambiguous
    deck, body = (next(m for m in sources[1].mentions if m.kind is Kind.PERCENT and m.passage == i)
                  for i in (1, 2))
    assert not ev.two_subjects(deck, body)
