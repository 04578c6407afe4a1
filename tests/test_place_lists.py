"""One reading per place: a place in a ranking is a rank, a place in a standing a position, never both.

The noun after the place decides ("in the FIFA rankings", "in the standings"); a place no list is named for,
or named in "the table" (which rankings are called too), is in the list its article speaks of."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import placelists, positions, ranks
from sourcediff.pipeline import analyse

PLACE_SLOTS = (ranks.RANK_SLOT, positions.SLOT)


def _places(text: str) -> list[tuple[str, str, int]]:
    article = Article.from_text(text, id="a", published="2026-05-17")
    return sorted((m.raw, m.slot, int(m.value.amount)) for m in analyse(article).mentions  # type: ignore[union-attr]
                  if m.slot in PLACE_SLOTS)


def test_a_move_named_after_a_ranking_is_read_once() -> None:
    text = "The side rose from 14th to 8th in the FIFA rankings on Thursday."
    assert _places(text) == [("8th", ranks.RANK_SLOT, 8), ("from 14th", ranks.RANK_SLOT, 14)]
    assert positions.find(text) == ()


def test_a_move_named_after_a_standing_is_read_once() -> None:
    text = "Carrow moved from 11th to fourth in the standings after the win."
    assert _places(text) == [("11th", positions.SLOT, 11), ("fourth", positions.SLOT, 4)]
    assert ranks.find(text) == ()


@pytest.mark.parametrize(("text", "after", "want"), [
    ("She rose to fourth in the women's world ranking.", "fourth", placelists.RANKING),
    ("It climbed twelve places to 29th in the world.", "29th", placelists.RANKING),
    ("He is fifth in the league scoring list.", "fifth", placelists.RANKING),
    ("It moved from 14th to 8th in the FIFA rankings.", "14th", placelists.RANKING),
    ("Harlow are 19th in the Northern League on nine points.", "19th", placelists.TABLE),
    ("The college climbed to 14th in the colleges table.", "14th", placelists.TABLE),
    ("Saints are third in the Premier Division.", "third", placelists.STANDING),
    ("Saints are second in Group B with two games left.", "second", placelists.STANDING),
    ("She was the first in the world to land there.", "first", None),
    ("Marlowe finished fifth, two shots back.", "fifth", None),
])
def test_the_noun_after_a_place_names_its_list(text: str, after: str, want: str | None) -> None:
    assert placelists.named_list(text, text.index(after) + len(after)) == want


def test_a_sports_story_keeps_its_table_place_apart_from_a_ranking() -> None:
    text = ("Harlow climbed three places to fifth in the table on 40 points. The club is 88th in the world "
            "club rankings.")
    assert _places(text) == [("88th", ranks.RANK_SLOT, 88), ("fifth", positions.SLOT, 5)]


def test_a_finish_in_a_ranking_story_stays_a_position() -> None:
    text = "Marlowe finished third in Oregon. The result lifts her from 11th to fourth in the world rankings."
    assert _places(text) == [("fourth", ranks.RANK_SLOT, 4), ("from 11th", ranks.RANK_SLOT, 11),
                             ("third", positions.SLOT, 3)]


def _place_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-10") for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
            if any(m.slot in PLACE_SLOTS for m in f.mentions)]


WIRE = ("Pellingford College rose from 23rd to 14th in the Tarnby colleges rankings published on Monday, "
        "its best result since the list began in 2009.")
SITE = ("Pellingford College climbed nine places, from 23rd to {}, in the annual colleges table published "
        "by the Tarnby Schools Trust on Monday. The rankings began in 2009.")


def test_a_ranking_and_a_table_of_one_list_meet() -> None:
    facts = _place_facts(WIRE, SITE.format("14th"))
    assert facts and all(status == "agree" for status, _ in facts)
    raws = [raw for _, fact in facts for raw in fact]
    assert sorted(raws) == ["14th", "14th", "23rd", "from 23rd"]  # one mention per place


def test_a_changed_place_reached_diverges_once() -> None:
    facts = _place_facts(WIRE, SITE.format("15th"))
    assert [status for status, _ in facts].count("diverge") == 1
    raws = sorted(raw for _, fact in facts for raw in fact)
    assert raws == ["14th", "15th", "23rd", "from 23rd"]
