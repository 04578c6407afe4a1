"""A record's bare figure, its noun elided: "the record of six set by ...", "beating the six won by ...".

A report of a record broken names the new figure with its noun and the old
one bare. Those bare figures were dropped (a plain count needs its noun), so
an outlet giving the old record as "6 titles" met nothing, and one giving it
differently contradicted nothing. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.compat import same_thing
from sourcediff.extract import numbers
from sourcediff.model import Article, Mention
from sourcediff.segment import segment


def counts(text: str) -> list[Mention]:
    article = Article.from_text(text, id="t", published="2026-05-02")
    return list(numbers.extract(article, segment(article)))


def read(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(m.raw, m.value.canonical(), m.cues) for m in counts(text)]


@pytest.mark.parametrize("text", [
    "The rowers smashed the record of six set by the Dunmore crew.",
    "Her tally broke the previous record of 14, held by a sprinter from Vale.",
    "That beat the record tally of nine in 2004.",
    "The team, beating the six won by Harbour Rovers in 1987, is now alone at the top.",
    "It meant surpassing the 14 claimed by Oskar Lind a decade ago.",
])
def test_the_old_record_is_read_though_its_noun_is_elided(text: str) -> None:
    got = [(raw, value) for raw, value, _ in read(text) if value in {"6", "14", "9"}]
    assert len(got) == 1


def test_the_record_takes_the_noun_of_the_count_before_it_in_the_sentence() -> None:
    got = read("The eight titles are a club best, breaking the record of six set by Harbour Rovers.")
    assert [(raw, value) for raw, value, _ in got] == [("eight", "8"), ("six", "6")]
    assert got[0][2] == got[1][2]  # both count titles


def test_a_record_without_a_noun_before_it_meets_another_outlets_count_of_the_record() -> None:
    bare = counts("The crew smashed the record of six set by the Dunmore boat.")[0]
    named = counts("The old record, 6 titles, belonged to Dunmore.")[0]
    assert same_thing(bare, named)
    assert bare.value.canonical() == named.value.canonical()


def test_the_noun_is_not_lent_across_a_sentence() -> None:
    got = read("The club has 40 members. The crew smashed the record of six set by Dunmore.")
    assert got[1][0] == "six"
    assert got[1][2] == ()


@pytest.mark.parametrize("text", [
    "The record of six titles set by Dunmore stood for years.",  # its own noun: read as before
    "Nobody remembers the record of one of them.",
    "Beating the 2015 side was hard.",
    "The record of 1998 was set by the Dunmore crew.",  # a year
])
def test_other_figures_after_record_words_are_not_a_bare_record(text: str) -> None:
    got = read(text)
    assert all(cues != () for _, _, cues in got)
