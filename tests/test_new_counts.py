"""Counts of new things ("nine new arenas", "eight to be newly built", "8 new-build") are one subset count."""

from __future__ import annotations

from sourcediff.compat import same_thing
from sourcediff.extract import numbers
from sourcediff.model import Article, Mention
from sourcediff.segment import segment


def counts(text: str) -> dict[str, tuple[str, ...]]:
    """Each count mention's raw figure and its cues."""
    return {m.raw: m.cues for m in _mentions(text) if m.slot == "number:count"}


def _mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text)
    return numbers.extract(article, segment(article))


def test_new_before_the_noun_marks_the_count_new_beside_a_total() -> None:
    found = counts("The city has 31 libraries, and seven new libraries will open next spring.")
    assert found["seven"] == ("library", "new")
    found = counts("The plan needs 28 arenas, and eight brand-new arenas will be built for the Games.")
    assert found["eight"] == ("arena", "new")


def test_new_alone_is_a_mere_description() -> None:
    # no other count of the noun: "new" describes, and another outlet's "41 trams" stays a rival
    assert counts("The council bought 40 new electric city trams last year.")["40"] == ("tram",)


def test_a_bare_figure_to_be_newly_built_counts_the_noun_before() -> None:
    found = counts("The scheme uses 28 arenas, 20 of them existing or temporary and eight to be newly built, "
                   "including a rowing lake.")
    assert found["28"] == ("arena",)
    assert found["20"] == ("arena", "part")
    assert found["eight"] == ("arena", "new")


def test_list_items_after_a_colon_count_the_noun_before_it() -> None:
    found = counts("The bid lists 28 sports arenas: 20 existing or temporary and 8 new-build.")
    assert found["20"] == ("arena", "part")
    assert found["8"] == ("arena", "new")
    found = counts("The squad has 24 players: 9 new signings, 11 from last season and 4 on loan.")
    assert found["9"] == ("signing",)  # its own noun, counted nowhere else in the passage: no NEW
    assert found["11"] == ("player", "part")


def test_new_in_a_name_or_a_year_is_no_new_count() -> None:
    found = counts("Flights to New York rose by 12 in the new year. The firm posted 3 new year highs.")
    assert all("new" not in cues for cues in found.values())


def test_a_new_count_never_rivals_the_total_or_the_other_part() -> None:
    ms = {m.raw: m for m in _mentions("The scheme uses 28 arenas, 20 of them existing and eight to be "
                                      "newly built.") if m.slot == "number:count"}
    other = {m.raw: m for m in _mentions("The plan has 28 arenas, with nine new arenas to be built.")
             if m.slot == "number:count"}
    assert not same_thing(ms["eight"], ms["28"])
    assert not same_thing(ms["eight"], ms["20"])
    assert same_thing(ms["eight"], other["nine"])
