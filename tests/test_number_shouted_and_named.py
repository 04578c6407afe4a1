"""Figures the number reader used to miss in tabloid and trade copy (invented text).

A number word set in capitals for emphasis ("smashing FOUR windows") is a
count, not part of a name; a count written as a modifier may stand before a
named thing ("the 12-storey Harbour View block"); a part may be stated before
its whole ("Three of the nine injured"); the trade press writes tonnes "t".
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.pipeline import analyse


def _numbers(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, published="2026-05-14"))
    return [(m.raw, m.canonical, m.cues) for m in info.mentions if m.kind.value == "number"]


def test_a_shouted_number_word_is_a_count() -> None:
    assert _numbers("Hooligans ran riot, smashing FOUR shop windows on the high street.") == [
        ("FOUR", "4", ("window",))]


def test_a_spelled_number_in_a_name_stays_a_name() -> None:
    assert _numbers("She watched Apollo Eleven land on a small television.") == []
    assert _numbers("The band TWENTY ONE PILOTS played a short set.") == []


def test_a_shouted_word_at_the_end_of_a_clause_is_no_count() -> None:
    assert _numbers("The prize went to Team SEVEN.") == []


def test_a_count_modifier_before_a_named_building() -> None:
    found = _numbers("Crews were still fitting windows to the 12-storey Harbour View block.")
    assert found == [("12-storey", "12", ("storey",))]


def test_a_count_modifier_before_a_lower_case_noun_is_unchanged() -> None:
    found = _numbers("Crews were fitting windows to the 12-storey block.")
    assert found == [("12-storey", "12", ("storey",))]


def test_a_count_modifier_before_a_capitalized_stop_word_is_not_read() -> None:
    assert _numbers("They lost a 3-point The Oval final.") == []


def test_a_part_stated_before_its_whole_counts_the_wholes_role() -> None:
    found = _numbers("Three of the nine injured were described as critical.")
    assert found == [("Three", "3", ("role:injured", "part")), ("nine", "9", ("role:injured",))]


def test_a_part_of_the_dead_is_no_toll() -> None:
    found = _numbers("Six of the 14 dead were tourists from abroad.")
    assert found == [("Six", "6", ("role:dead", "part")), ("14", "14", ("role:dead",))]


def test_a_part_before_a_whole_of_a_noun_counts_the_noun() -> None:
    found = _numbers("Two of the six reactors were shut for checks.")
    assert found == [("Two", "2", ("reactor",)), ("six", "6", ("reactor",))]


def test_a_part_before_a_whole_that_counts_nothing_is_not_read() -> None:
    assert _numbers("Four of the 12 were painted blue last spring.") == []


def test_tonnes_written_t() -> None:
    assert _numbers("The lorry carried 26 t of gravel.") == [("26 t", "26 tonne", ())]


def test_a_t_before_a_hyphen_is_no_tonne() -> None:
    assert _numbers("The club sold 800 t-shirts in a day.") == [("800", "800", ("t-shirt",))]


def test_an_upper_case_t_is_no_tonne() -> None:
    assert all(raw != "3 T" for raw, _, _ in _numbers("The magnet peaked at 3 T in the scanner."))
