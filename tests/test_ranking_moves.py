"""A place named by the ranking after it ("fourth in the world ranking"), both ends of a move ("from 11th to
fourth in the rankings"), and a changed place reached that diverges though the place left agrees."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import ranks


def places(text: str) -> list[tuple[int, str]]:
    return [(int(value.amount), text[s:e]) for s, e, value, _ in ranks.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("The title will take Oyelaran to fourth in the world ranking.", [(4, "fourth")]),
    ("Brennick climbs from 23rd to ninth in the men's world rankings on Monday.",
     [(23, "from 23rd"), (9, "ninth")]),
    ("The side rose from 14th to 8th in the FIFA rankings.", [(14, "from 14th"), (8, "8th")]),
    ("She is now sixth in the official world golf ranking.", [(6, "sixth")]),
])
def test_a_place_followed_by_its_ranking_is_read(text: str, want: list[tuple[int, str]]) -> None:
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "He finished third in the sprint and fourth in the relay.",
    "The team moved from 11th to fourth in the table after the win.",  # a league table: positions.py's
    "She came second in the race, a ranking event for the tour.",
])
def test_an_ordinal_without_a_ranking_after_it_is_no_rank(text: str) -> None:
    assert places(text) == []


def _rank_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-17") for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
            if any(m.slot == ranks.RANK_SLOT for m in f.mentions)]


WIRE = ("Dario Castellane won the Kessling Masters on Sunday, beating Piet Roemer by three strokes. "
        "Castellane will rise from 15th to {} in the world ranking when it is updated on Monday.")
SITE = ("Castellane beat Roemer by three shots to take the Kessling Masters title on Sunday. "
        "The win lifts Castellane from 15th to {} in the world rankings.")


def test_the_place_reached_diverges_while_the_place_left_agrees() -> None:
    facts = _rank_facts(WIRE.format("sixth"), SITE.format("seventh"))
    assert ("agree", ["from 15th", "from 15th"]) in facts
    assert ("diverge", ["seventh", "sixth"]) in facts


def test_the_same_move_told_twice_agrees() -> None:
    facts = _rank_facts(WIRE.format("sixth"), SITE.format("6th"))
    assert sorted(status for status, _ in facts) == ["agree", "agree"]
