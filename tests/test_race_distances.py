"""A race's trip in mixed units ("1m4f", "a mile and a half", "12 furlongs", "2,400 metres") is one length:
two outlets' trips agree within rounding, and a card's "1m" is no million."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.extract import racedistances


def trips(text: str) -> list[tuple[str, Decimal]]:
    return [(text[s:e], v.amount) for s, e, v in racedistances.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Bell Rock won the Ebbsfield Stakes (Group 2, 1m4f) at Marlby.", [("1m4f", Decimal("1.5"))]),
    ("The 2m1f chase was run on soft ground.", [("2m1f", Decimal("2.125"))]),
    ("Entries for the 1m 2f handicap close today.", [("1m 2f", Decimal("1.25"))]),
    ("She stays the mile and a half well.", [("the mile and a half", Decimal("1.5"))]),
    ("It is run over one mile and three quarters.", [("one mile and three quarters", Decimal("1.75"))]),
    ("The course is two miles and a furlong long.", [("two miles and a furlong", Decimal("2.125"))]),
    ("The trip is a mile and two furlongs.", [("a mile and two furlongs", Decimal("1.25"))]),
])
def test_a_racing_distance_is_one_length_in_miles(text: str, want: list[tuple[str, Decimal]]) -> None:
    assert trips(text) == want


@pytest.mark.parametrize("text", [
    "The club paid £1m for the striker.",
    "Wind gusts reached 7f on the scale.",
    "He stood 1m 80 tall.",
    "The village is a mile away and the farm two miles beyond.",
])
def test_other_m_and_f_figures_are_no_trip(text: str) -> None:
    assert trips(text) == []


def _trip_facts(*texts: str) -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-06-06") for n, t in enumerate(texts)]
    return [f.status.value for f in compare(articles).facts
            if any(m.slot == racedistances.SLOT or "furlong" in m.canonical or "meter" in m.canonical
                   for m in f.mentions)]


def test_trips_in_mixed_units_agree_within_rounding() -> None:
    card = "Bell Rock won the Ebbsfield Stakes (Group 2, 1m4f) at Marlby on Saturday."
    spoken = "Bell Rock won the Ebbsfield Stakes over a mile and a half at Marlby on Saturday."
    metric = "Bell Rock won the 2,400-metre Ebbsfield Stakes at Marlby on Saturday."
    assert _trip_facts(card, spoken, metric) == ["agree"]


def test_two_trips_diverge() -> None:
    card = "Bell Rock won the Ebbsfield Stakes (Group 2, 1m2f) at Marlby on Saturday."
    spoken = "Bell Rock won the Ebbsfield Stakes over a mile and a half at Marlby on Saturday."
    assert _trip_facts(card, spoken) == ["diverge"]


def test_a_card_trip_is_no_million() -> None:
    article = Article.from_text("Bell Rock won the Ebbsfield Stakes (1m4f) at Marlby.", id="a",
                                published="2026-06-06")
    facts = compare([article]).facts
    assert not any(m.canonical.startswith("1000000") for f in facts for m in f.mentions)


def test_furlongs_meet_metres() -> None:
    furlongs = "Bell Rock won the Ebbsfield Stakes over 12 furlongs at Marlby on Saturday."
    metric = "Bell Rock won the Ebbsfield Stakes over 2,400 metres at Marlby on Saturday."
    assert _trip_facts(furlongs, metric) == ["agree"]
