"""Half-point scores ("6.5-5.5", "6½-5½") and results told by a match that ended ("ended level at 6-6")."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.tallies import parse_tally
from sourcediff.pipeline import analyse
from sourcediff.values import Tally


def tallies(text: str) -> list[tuple[str, str]]:
    mentions = analyse(Article.from_text(text)).mentions
    return [(m.raw, m.canonical) for m in mentions if m.slot == "number:tally"]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Ana Roe won on Sunday, beating defending champion Lev Ostrov of Latvia 6.5-5.5 in Riga.",
     "6.5-5.5", "6.5-5.5"),
    ("Roe toppled champ Lev Ostrov 6½-5½ in the playoff.", "6½-5½", "6.5-5.5"),
    ("The rapid playoff finished 2.5-1.5 after four games.", "2.5-1.5", "2.5-1.5"),
    ("The classical match ended level at 6-6 after twelve games.", "6-6", "6-6"),
    ("The series had finished 3–3 with two draws.", "3–3", "3-3"),
    ("Oslo beat Bergen 2-1.", "2-1", "2-1"),
])
def test_scores_are_read(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in tallies(text)


@pytest.mark.parametrize("text", [
    "The rope measured 2.5-3.5 metres.",
    "Prices rose 2.5-3.5 percent in the quarter.",
    "She won approval for 3-4 new homes.",
    "The meeting ended at 6-7 pm, the clerk said.",
])
def test_ranges_are_no_score(text: str) -> None:
    assert tallies(text) == []


def test_half_point_sides_parse_and_equal_whole_ones() -> None:
    assert parse_tally("2.5-1.5").canonical() == "2.5-1.5"
    assert parse_tally("2½–1½") == parse_tally("2.5-1.5")
    assert parse_tally("7-7") == Tally(7, 7)


def test_decimal_and_fraction_spellings_of_one_score_agree() -> None:
    a = Article.from_text("Roe beat Lev Ostrov 6.5-5.5 in the title match in Riga on Sunday.", id="a")
    b = Article.from_text("Roe beat Lev Ostrov 6½-5½ in the title match in Riga on Sunday.", id="b")
    facts = [f for f in compare([a, b]).facts if any(m.slot == "number:tally" for m in f.mentions)]
    assert [f.status for f in facts] == ["agree"]
