"""A subject figure with a partitive pronoun and participle before its verb is a count (numbernouns).

"Twelve of those counted were children" names its count as surely as "12
were children"; the pronoun between the figure and the verb hid the verb,
the figure was dropped as counting nothing, and another outlet's "12 were
children" met nothing. "Twelve of them were children" stays with the part
readers: a part of the count before it (tests/test_extract_partitive.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract import extract
from sourcediff.model import Article
from sourcediff.segment import segment


def _counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    article = Article.from_text(text, id="x", published=dt.date(2026, 4, 2))
    return [(m.raw, m.cues) for m in extract(article, segment(article)) if m.slot == "number:count"]


@pytest.mark.parametrize(("text", "raw", "noun"), [
    ("Twelve of those found were children.", "Twelve", "children"),
    ("Forty-one of those counted were pensioners.", "Forty-one", "pensioners"),
    ("Nine of those rescued were crew members, the coastguard said.", "Nine", "crew"),
])
def test_a_partitive_subject_figure_takes_the_noun_after_its_verb(text: str, raw: str, noun: str) -> None:
    assert (raw, (noun,)) in _counts(text), _counts(text)


def test_the_plain_subject_figure_reads_the_same() -> None:
    assert _counts("Of the 30 passengers, 12 were children.")[-1] == ("12", ("children",))
    assert _counts("Twelve of those counted were children.") == [("Twelve", ("children",))]


def test_of_them_without_a_participle_is_a_part_of_the_count_before() -> None:
    assert _counts("Forty people slept rough. Twelve of them were children.") == [
        ("Forty", ("person",)), ("Twelve", ("person", "part"))]


def test_a_partitive_figure_without_a_verb_of_being_stays_bare() -> None:
    assert _counts("Three of them said nothing to the officers.") == []


def test_a_partitive_part_of_a_count_in_its_own_sentence_is_left_to_the_part_readers() -> None:
    # The reading of "four of them" as a part of the 40 boxes is unchanged: no cue from "carrying".
    counts = _counts("Some 40 boxes fell into the sea, and four of them were carrying fuel.")
    assert all(cues[:1] != ("carrying",) for _, cues in counts), counts
