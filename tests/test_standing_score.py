"""A place's score given bare after the place or the margin takes the noun of the count before it.

"won with 512 points ... second on 470" names points once; the runner-up's
bare score must still meet another outlet's "470 points".
"""

from __future__ import annotations

from pathlib import Path

from sourcediff import load
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _counts(tmp_path: Path, text: str) -> dict[str, tuple[str, ...]]:
    path = tmp_path / "results.txt"
    path.write_text("Choir final results\n\n" + text + "\n", encoding="utf-8")
    return {m.raw: m.cues for m in analyse(load(path)).mentions if m.kind is Kind.NUMBER}


def test_score_after_a_margin_takes_the_noun(tmp_path: Path) -> None:
    counts = _counts(tmp_path, "The Varna choir scored 512 points, leaving the Oslo singers trailing by 42 "
                               "on 470.")
    assert "point" in counts["470"]
    assert counts["42"] == ("margin",)


def test_score_after_a_place_takes_the_noun(tmp_path: Path) -> None:
    counts = _counts(tmp_path, "Team Arden won with 88 points and Team Bell finished second on 71.")
    assert "point" in counts["71"]


def test_score_with_a_place_word_and_with(tmp_path: Path) -> None:
    counts = _counts(tmp_path, "Ruth Ames took the title with 640 votes, and Omar Diaz was third with 512.")
    assert "vote" in counts["512"]


def test_a_part_of_the_winner_is_not_lent(tmp_path: Path) -> None:
    counts = _counts(tmp_path, "Team Arden won with 88 points, taking 40 from the judges, and Team Bell was "
                               "second on 71.")
    assert "part" not in counts.get("71", ("part",))


def test_no_count_in_the_sentence_lends_nothing(tmp_path: Path) -> None:
    counts = _counts(tmp_path, "Team Arden won with 88 points. Team Bell finished second on 71.")
    assert "71" not in counts


def test_a_figure_with_its_own_noun_or_a_year_is_left_alone(tmp_path: Path) -> None:
    counts = _counts(tmp_path, "Team Arden won with 88 points and Team Bell finished second on 71 points.")
    assert "point" in counts["71"]
    counts = _counts(tmp_path, "Team Arden won with 88 points, the first on 2019's new scale.")
    assert "2019" not in counts
