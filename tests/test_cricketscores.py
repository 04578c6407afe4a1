"""Cricket scores: an innings (runs for wickets) and a spell (wickets for runs) are one value each."""

from __future__ import annotations

from sourcediff.extract.cricketscores import FIGURES_SLOT, INNINGS_SLOT, find
from sourcediff.values import Code


def _values(text: str) -> list[tuple[str, str]]:
    return [(slot, value.text) for _, _, slot, value in find(text)]


def test_innings_in_words_and_in_scorecard_figures_read_alike() -> None:
    words = _values("Westport declared their first innings on 405 for eight shortly before tea.")
    figures = _values("Westport 405-8d & 176 lost to Harlow by two wickets.")
    assert words == [(INNINGS_SLOT, "405/8")]
    assert (INNINGS_SLOT, "405/8") in figures


def test_second_innings_after_an_ampersand_is_all_out() -> None:
    assert (INNINGS_SLOT, "176/10") in _values("Westport 405-8d & 176 lost to Harlow by two wickets.")


def test_all_out_spellings_are_ten_wickets() -> None:
    assert _values("Harlow were 233 all out at lunch.") == [(INNINGS_SLOT, "233/10")]
    assert _values("Harlow were all out for 233 at lunch.") == [(INNINGS_SLOT, "233/10")]
    assert _values("Ames bowled Harlow out for 233 before lunch.") == [(INNINGS_SLOT, "233/10")]
    assert _values("The tourists were dismissed for 233 after the seamers took the new ball.") == [
        (INNINGS_SLOT, "233/10")]


def test_bowling_figures_in_words_hyphens_and_a_full_analysis() -> None:
    assert _values("Pace bowler Kofi Ames took five for 37 in the second session.") == [
        (FIGURES_SLOT, "5W37")]
    assert _values("Ames finished with 5-37 from 14 overs.") == [(FIGURES_SLOT, "5W37")]
    assert _values("Ames's 5-37 (14.3-4-37-5) was his best spell.") == [
        (FIGURES_SLOT, "5W37"), (FIGURES_SLOT, "5W37")]


def test_a_series_score_is_neither_innings_nor_spell() -> None:
    assert _values("Harlow won the series 3-0 after the third test.") == []


def test_pairs_outside_cricket_are_left_alone() -> None:
    assert find("Children aged 6-48 months were tested.") == ()
    assert find("The team beat the visitors 3-1 at home.") == ()
    assert find("She paid 500 for three tickets to the final.") == ()
    assert find("He was dismissed for 12 months without pay.") == ()


def test_values_are_codes() -> None:
    (_, _, _, value), = find("They closed on 288 for six.")
    assert value == Code("288/6")
