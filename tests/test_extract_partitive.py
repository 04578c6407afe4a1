"""A sentence opening with "Four of them" counts a part of the last count of the sentence before."""

from __future__ import annotations

from sourcediff import Article
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.raw, m.cues) for m in analyse(Article.from_text(text)).mentions if m.slot == "number:count"]


def test_a_part_of_the_count_of_the_sentence_before() -> None:
    # "Six of them" opens its sentence: a part of the last count before the full stop
    found = counts("Eleven walkers were injured in the storm. Four of them are teenagers.")
    assert found == [("Eleven", ("walker", "role:injured")), ("Four", ("walker", "role:injured", "part"))]


def test_no_part_without_a_count_just_before() -> None:
    # the sentence before counts nothing; nor is a figure that does not open its sentence carried over
    assert counts("The storm hit the coast. Four of them are teenagers.") == []
    assert counts("Eleven walkers were injured. Later, four of them went home.")[1:] == []


def test_a_part_across_a_semicolon() -> None:
    # "; nine of them" opens its clause: a part of the count before the semicolon, however long that clause
    found = counts("Thirty walkers were injured, most of them on the lower slopes of the ridge; "
                   "nine of them were kept in hospital overnight.")
    assert found == [("Thirty", ("walker", "role:injured")), ("nine", ("walker", "role:injured", "part"))]


def test_no_part_across_a_semicolon_unless_it_opens_the_clause_with_of_them() -> None:
    # the clause names its own count; or the figure does not open its clause
    assert counts("Thirty walkers were injured; nine cars were damaged.")[1:] == [("nine", ("car",))]
    assert counts("Thirty walkers were injured; later, nine of them went home.")[1:] == []


def test_a_part_of_a_whole_with_its_own_figure_counts_the_wholes_noun() -> None:
    # "14 of its 38 pistes": the 14 counts pistes too (it was dropped, counting nothing)
    assert counts("The resort closed 14 of its 38 ski runs on Tuesday.")[0] == ("14", ("run",))
    assert counts("Three of the five reactors were shut down.")[0] == ("Three", ("reactor",))


def test_a_part_of_a_whole_with_its_figure_and_no_determiner_counts_the_wholes_noun() -> None:
    # "four of 22 samples": no "the" before the whole's figure, yet the four count samples as in
    # "four of the 22 samples" (it was dropped, so an outlet's "five of the 22" had no rival)
    assert counts("Inspectors found mould in four of 22 classrooms on Monday.")[:2] == [
        ("four", ("classroom",)), ("22", ("classroom",))]
    assert counts("Three of five judges ruled against the club.")[0] == ("Three", ("judge",))
    assert counts("The side won 11 of 14 league matches this season.")[0] == ("11", ("match",))
    assert counts("Seven of 1,200 ballots were spoiled.")[0] == ("Seven", ("ballot",))


def test_a_figure_of_a_year_a_label_or_a_score_is_no_whole() -> None:
    # "of 2025" is a year, "page 2 of 12" a label, "9 of 10" with no noun counts nothing
    assert counts("Sales fell in 3 of 2025's quarters.") == []
    assert counts("The table is on page 2 of 12 in the report.") == []
    assert counts("Critics rated the film 9 of 10.") == []
