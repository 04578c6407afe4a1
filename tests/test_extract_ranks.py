"""Places in a ranking ("world No. 3", "ranked third in the world") and seedings are one whole number each."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.extract import ranks
from sourcediff.pipeline import analyse


def places(text: str) -> list[tuple[int, str]]:
    return [(int(value.amount), slot.split(":")[1]) for _, _, value, slot in ranks.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("The 31-year-old world No. 7 lost in straight sets.", [(7, "rank")]),
    ("Okafor, the world No 12, was beaten in the first round.", [(12, "rank")]),
    ("She was ranked third in the world before the injury.", [(3, "rank")]),
    ("Delmonte, ranked No. 45, reached the quarter-finals.", [(45, "rank")]),
    ("The club climbed to ranked 18th in the standings.", [(18, "rank")]),
    ("Hale keeps the No. 1 ranking for another week.", [(1, "rank")]),
    ("He will be No. 2 in the world on Monday.", [(2, "rank")]),
    ("The world number one withdrew with a wrist injury.", [(1, "rank")]),
    ("Vance beat the world's fifth-ranked player in the final.", [(5, "rank")]),
])
def test_ranks_are_read(text: str, want: list[tuple[int, str]]) -> None:
    assert places(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Tarrow, the No. 4 seed, went out on Tuesday.", [(4, "seed")]),
    ("The sixth seed was seeded No. 6 after a late withdrawal.", [(6, "seed"), (6, "seed")]),
    ("The world No. 9 is the No. 11 seed here.", [(9, "rank"), (11, "seed")]),
])
def test_seeds_are_read_when_switched_on(text: str, want: list[tuple[int, str]],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranks, "SEEDS_READ", True)
    assert places(text) == want


def test_seeds_are_off_for_now() -> None:
    assert places("The world No. 9 is the No. 11 seed here.") == [(9, "rank")]


@pytest.mark.parametrize("text", [
    "The minister returned to No. 10 Downing Street by car.",
    "Take the No 2 bus to the stadium.",
    "Flight No. 17 landed at 9am.",
    "No. 3 Mill Lane was flooded overnight.",
    "He finished third in the sprint and fourth in the relay.",
])
def test_a_number_without_a_ranking_cue_is_no_rank(text: str) -> None:
    assert places(text) == []


def test_its_figure_is_not_read_again_as_a_loose_count() -> None:
    article = Article.from_text("Mirova, the world No. 8, served 14 aces in the win.", id="a",
                                published="2026-04-12")
    numbers = [(m.raw, m.slot, m.value) for m in analyse(article).mentions if m.kind.value == "number"]
    assert ("world No. 8", ranks.RANK_SLOT) in [(raw, slot) for raw, slot, _ in numbers]
    assert not any(v.amount == Decimal(8) and slot != ranks.RANK_SLOT  # type: ignore[union-attr]
                   for _, slot, v in numbers)


def _rank_facts(*texts: str) -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-04-12") for n, t in enumerate(texts)]
    return [f.status.value for f in compare(articles).facts
            if any(m.slot == ranks.RANK_SLOT for m in f.mentions)]


WIRE = ("Mirova, the world No. {}, won the Velden Cup on Sunday, beating Hale in three sets. "
        "About 6,000 fans watched the final in Velden.")
SITE = ("The world No. {} Mirova beat Hale in three sets to win the Velden Cup on Sunday. "
        "The final in Velden drew about 6,000 fans.")


def test_two_outlets_ranks_of_one_player_agree_or_diverge() -> None:
    assert _rank_facts(WIRE.format(8), SITE.format(8)) == ["agree"]
    assert _rank_facts(WIRE.format(8), SITE.format(9)) == ["diverge"]
