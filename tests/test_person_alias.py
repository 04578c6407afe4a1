"""A short or unlisted given name for a person another source names in full (invented names and text)."""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, compare
from sourcediff.extract.people import People, short_form


def _people(*texts: str) -> dict[str, set[str]]:
    """Person name -> the raw spellings of its mentions, over the whole story."""
    arts = [Article.from_text(t, id=f"s{n}", published="2026-11-13") for n, t in enumerate(texts)]
    out: dict[str, set[str]] = {}
    for s in compare(arts).sources:
        for m in s.mentions:
            if m.kind is Kind.PERSON:
                out.setdefault(getattr(m.value, "name", ""), set()).add(m.raw)
    return out


FULL = "The council named Isadora Quell, a deputy treasurer, as its new finance chief on Monday."


@pytest.mark.parametrize(("short", "given"), [
    ("izzy", "isadora"), ("dom", "dominika"), ("bob", "robert"), ("nick", "nicholas"), ("kate", "katharine")])
def test_compatible_short_forms(short: str, given: str) -> None:
    assert short_form(short, given)


@pytest.mark.parametrize(("short", "given"), [
    ("tom", "isadora"), ("robert", "roberta"), ("dan", "diana"), ("mo", "mark"), ("i", "isadora")])
def test_incompatible_short_forms(short: str, given: str) -> None:
    assert not short_form(short, given)


def test_a_short_given_name_another_source_reads_as_a_person_is_the_same_person() -> None:
    people = _people(FULL, '"We will balance the books," Izzy Quell said on Tuesday.')
    assert "Izzy Quell" in people["Isadora Quell"]


def test_an_incompatible_given_name_is_someone_else() -> None:
    people = _people(FULL, '"We will balance the books," Tom Quell said on Tuesday.')
    assert "Tom Quell" not in people.get("Isadora Quell", set())
    assert "Tom Quell" in people["Tom Quell"]


def test_a_short_form_within_one_article_is_the_same_person() -> None:
    people = _people(FULL + ' "We will balance the books," Izzy Quell said on Tuesday.')
    assert {"Isadora Quell", "Izzy Quell"} <= people["Isadora Quell"]


def test_two_people_the_short_form_fits_keep_it_apart() -> None:
    people = People(["Isadora Quell", "Isabel Quell", "Iz Quell"])
    assert people.name_for("Iz Quell") not in {"Isadora Quell", "Isabel Quell"}
    assert People(["Isadora Quell", "Iz Quell"]).name_for("Iz Quell") == "Isadora Quell"
