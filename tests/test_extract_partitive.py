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


def test_a_part_as_the_object_of_a_short_clause_with_no_plural_of_its_own() -> None:
    # "The north depot alone repaired 140 of them": no figure and no plural noun before the part in its
    # sentence, so "them" can only be what the sentence before counted
    found = counts("Crews repaired 900 streetlights in March. The north depot alone repaired 140 of them.")
    assert found == [("900", ("streetlight",)), ("140", ("streetlight", "part"))]


def test_no_part_when_the_clause_names_its_own_plural_or_opens_with_an_aside() -> None:
    # "them" may be the clause's own "the ferries"; "Later," starts another event
    found = counts("Crews repaired 900 streetlights. Inspectors checked the ferries and passed 12 of them.")
    assert found[1:] == []
    assert counts("Eleven walkers were injured. Later, four of them went home.")[1:] == []
