"""A player's rating as a bare figure ("was rated 2790", "Elo 2790", "Ostrov's 2790") is read and compared."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def ratings(text: str) -> list[str]:
    mentions = analyse(Article.from_text(text)).mentions
    return [m.raw for m in mentions if m.slot == "number:count" and "rating" in m.cues]


@pytest.mark.parametrize(("text", "want"), [
    ("Ana Roe began the event with a rating of 2745. Lev Ostrov was rated 2790.", ["2745", "2790"]),
    ("Roe started with an Elo rating of 2745, 45 points below Ostrov's 2790.", ["2745", "2790"]),
    ("Roe, rated 2745, faced the top seed Ostrov (Elo 2790).", ["2745", "2790"]),
    ("The ratings: Ana 2745, Ostrov 2790.", ["2745", "2790"]),
    ("The club's junior champion, rated at 1450, drew with the visiting master.", ["1450"]),
    ("Ostrov was rated 2105 when the season opened.", ["2105"]),
])
def test_bare_rating_figures_are_read(text: str, want: list[str]) -> None:
    assert ratings(text) == want


@pytest.mark.parametrize("text", [
    "In 2019, ratings for the show fell sharply.",
    "Smith's 2019 album was rated 4.5 stars by critics.",
    "The hotel was rated 4 stars by 300 guests.",
    "Roe's 2745 fans packed the hall.",
    "Ratings aside, Page 212, the appendix, lists every game.",
])
def test_figures_that_are_no_rating_stay_out(text: str) -> None:
    assert ratings(text) == []


def _rating_facts(a_text: str, b_text: str) -> list[tuple[str, list[str]]]:
    report = compare([Article.from_text(a_text, id="a"), Article.from_text(b_text, id="b")])
    return [(f.status, sorted(m.raw for m in f.mentions))
            for f in report.facts if any("rating" in m.cues for m in f.mentions)]


def test_two_outlets_ratings_of_one_player_agree() -> None:
    facts = _rating_facts("Lev Ostrov, the defending champion, was rated 2790 going into the final.",
                          "The defending champion Lev Ostrov went into the final with an Elo rating of 2790.")
    assert facts == [("agree", ["2790", "2790"])]


def test_possessive_rating_agrees_with_rated() -> None:
    facts = _rating_facts("Ana Roe started the final with an Elo rating of 2745, 45 points below "
                          "Ostrov's 2790.",
                          "Ana Roe was rated 2745 at the start of the final; Lev Ostrov was rated 2790.")
    assert facts and all(status == "agree" for status, _ in facts)
    assert sorted(raw for _, raws in facts for raw in raws) == ["2745", "2745", "2790", "2790"]


def test_two_outlets_ratings_of_one_player_diverge() -> None:
    facts = _rating_facts("Lev Ostrov went into the final rated 2790.",
                          "Lev Ostrov went into the final with an Elo rating of 2785.")
    assert facts == [("diverge", ["2785", "2790"])]
