"""An ordinal of a named event or an outing ("his second Derby", "her third ride") counts that noun and meets
a count of the same noun ("has landed two Derbies", "had three rides"); counts of other nouns stay apart."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import ordinals


def counts(text: str) -> list[tuple[str, int, str]]:
    return [(text[s:e], int(v.amount), noun) for s, e, v, noun in ordinals.event_counts(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("The win was Pell's second Derby.", [("second Derby", 2, "derby")]),
    ("For the trainer it was a second Derby, after Bell Rock.", [("second Derby", 2, "derby")]),
    ("She has now landed two Derbies.", [("two Derbies", 2, "derby")]),
    ("It was her third ride in the Cup.", [("third ride", 3, "ride")]),
    ("Mossop had three rides at Marlby before Saturday.", [("three rides", 3, "ride")]),
    ("Arvelo has won three grand-slam titles.", [("three grand-slam titles", 3, "title")]),
    ("Daley scored on his 100th appearance for the club.", [("100th appearance", 100, "appearance")]),
])
def test_ordinals_and_counts_of_one_noun_are_read(text: str, want: list[tuple[str, int, str]]) -> None:
    assert counts(text) == want


@pytest.mark.parametrize("text", [
    "Veterans of the Second World War gathered in the square.",
    "It was his second Derby ride and his best.",
    "Two Derbies were run in the rain that year.",
    "The bill passed with three Democrats voting against.",
    "The first Derby was run in 1780.",
])
def test_ordinals_and_counts_that_count_nothing_won_are_left_alone(text: str) -> None:
    assert counts(text) == []


def _count_facts(*texts: str) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-06-06") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.raw for m in f.mentions)) for f in compare(articles).facts
            if any(m.slot == ordinals.SLOT for m in f.mentions)]


LEAD = "Bell Rock won the Ebbsfield Derby at Marlby on Saturday for trainer Hugh Pell, 61. "


def test_an_ordinal_meets_a_count_of_the_same_noun() -> None:
    a = LEAD + ("Pell won the race once before, with Tarn Lad in 2019, making Saturday's victory his "
                "second Derby.")
    b = LEAD + "Trainer Hugh Pell has now landed two Derbies, the first with Tarn Lad in 2019."
    c = LEAD + "Trainer Hugh Pell has now landed three Derbies, the first with Tarn Lad in 2019."
    assert _count_facts(a, b) == [("agree", frozenset({"second Derby", "two Derbies"}))]
    assert [status for status, _ in _count_facts(a, c)] == ["diverge"]


def test_counts_of_two_nouns_stay_apart() -> None:
    a = LEAD + "Jockey Ann Mossop, 24, was having her third ride in the race and won it at the first time."
    b = LEAD + "Jockey Ann Mossop, 24, has now landed two Derbies in a row for the yard."
    assert sorted(status for status, _ in _count_facts(a, b)) == ["unique", "unique"]
