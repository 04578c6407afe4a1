"""Counts of additional things ("options on 25 more"), of products by designation ("40 K-220s") and
capacity compounds ("a 96-bed ward") are read as counts, each with the cue that keeps it in its own slot."""

from __future__ import annotations

from sourcediff.compat import same_thing
from sourcediff.extract import numbers
from sourcediff.model import Article, Mention
from sourcediff.segment import segment


def _mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text)
    return numbers.extract(article, segment(article))


def counts(text: str) -> dict[str, tuple[str, ...]]:
    """Each count mention's raw figure and its cues."""
    return {m.raw: m.cues for m in _mentions(text) if m.slot == "number:count"}


def test_a_bare_figure_followed_by_more_counts_the_noun_before() -> None:
    found = counts("The ferry line bought 12 hybrid vessels on Monday, with options on 8 more.")
    assert found["12"] == ("vessel",)
    assert found["8"] == ("vessel", "more")


def test_a_bare_more_as_the_subject_of_a_verb_counts_the_noun_before() -> None:
    found = counts("The depot has 140 drivers on its books, and the council said 25 more will be hired.")
    assert found["25"] == ("driver", "more")
    found = counts("The college runs 60 courses and plans to add 12 more next year.")
    assert found["12"] == ("course", "more")


def test_a_bare_more_before_a_verb_with_no_count_before_is_not_read() -> None:
    assert "25" not in counts("The council said 25 more will be hired in the spring.")


def test_more_before_the_noun_is_read_past() -> None:
    assert counts("The city will also buy 30 more trams for the night routes.")["30"] == ("tram", "more")
    assert counts("It holds options on 14 more aircraft from the same maker.")["14"] == ("aircraft", "more")
    assert counts("The clinic hired 9 additional nurses in March.")["9"] == ("nurse", "more")


def test_a_further_or_another_before_the_figure_marks_it_more() -> None:
    found = counts("The board approved a further 40 classrooms for the district.")
    assert found["40"] == ("classroom", "more")
    assert counts("Rescuers found another 3 hikers near the ridge.")["3"] == ("hiker", "more")


def test_more_than_stays_a_hedge() -> None:
    found = counts("More than 200 volunteers joined, and 50 more than expected arrived by noon.")
    assert all("more" not in cues for cues in found.values())


def test_a_bare_more_with_no_count_before_is_not_read() -> None:
    assert "15" not in counts("Officials expect 15 more in the coming weeks.")


def test_an_additional_count_never_rivals_the_first_one() -> None:
    first = {m.raw: m for m in _mentions("The ferry line bought 12 hybrid vessels, with options on 8 more.")
             if m.slot == "number:count"}
    text = "The ferry line ordered 12 vessels and holds options on 6 more vessels."
    other = {m.raw: m for m in _mentions(text) if m.slot == "number:count"}
    assert not same_thing(first["8"], other["12"])
    assert same_thing(first["8"], other["6"])  # two outlets' additional counts: rivals when they differ


def test_a_count_of_a_designation_carries_the_model() -> None:
    found = counts("The railway ordered 24 K-220s and 6 K-240s from the Halden works.")
    assert found["24"] == ("k-220",)
    assert found["6"] == ("k-240",)
    found = counts("The order covers 18 Marlow T-90 trains and 4 of the longer T-95, the firm said.")
    assert found["18"] == ("t-90",)
    assert found["4"] == ("t-95",)
    assert counts("The carrier took twelve A32neos last spring.")["twelve"] == ("a32neo",)


def test_the_digits_of_a_designation_are_no_count() -> None:
    found = counts("The railway ordered 24 K-220s for the coast line.")
    assert "220" not in found


def test_two_models_counts_and_a_total_never_rival() -> None:
    ms = {m.raw: m for m in _mentions("The railway ordered 30 trains: 24 K-220s and 6 K-240s.")
          if m.slot == "number:count"}
    assert not same_thing(ms["24"], ms["6"])


def test_a_capacity_compound_counts_its_noun() -> None:
    assert counts("The operator will run the 312-seat K-220 on the coast line.")["312-seat"] == ("seat",)
    assert counts("The firm will fit each K-220 with 312 seats.")["312"] == ("seat",)
    assert counts("The trust opened a 96-bed Halden Wing at the hospital.")["96-bed"] == ("bed",)


def test_other_compounds_are_no_capacity() -> None:
    found = counts("The club won a 3-point lead with a 10-man side in a 5-star hotel's shadow.")
    assert "3" not in found and "5" not in found
