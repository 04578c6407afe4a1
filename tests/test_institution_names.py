"""Institution names ("Museum of Natural Sciences", "Kestrel Observatory") are no people. Invented text."""

from __future__ import annotations

from sourcediff.extract import extract
from sourcediff.ingest import parse_raw
from sourcediff.ingest.reading import RawInput
from sourcediff.model import Kind
from sourcediff.segment import segment


def _names(text: str) -> dict[Kind, list[str]]:
    [article] = parse_raw(RawInput(name="story.txt", text=text), ".txt")
    out: dict[Kind, list[str]] = {Kind.PERSON: [], Kind.ORG: []}
    for m in extract(article, segment(article)):
        if m.kind in out:
            out[m.kind].append(m.raw)
    return out


def test_a_name_after_museum_of_is_the_museum_not_a_person() -> None:
    names = _names("Volunteers found two stones on Monday, the Westbury Museum of Natural Sciences said.\n")
    assert names[Kind.PERSON] == []
    assert names[Kind.ORG] == ["Westbury Museum of Natural Sciences"]


def test_galleries_and_observatories_are_no_people() -> None:
    names = _names("The Carrow Gallery of Fine Arts says it will show the stones.\n\n"
                   "The find was confirmed on Tuesday, the Kestrel Observatory said.\n\n"
                   "Curator Dr Lena Hartwell said the stones were real.\n")
    assert names[Kind.PERSON] == ["Lena Hartwell"]
    assert "Carrow Gallery of Fine Arts" in names[Kind.ORG]


def test_a_bare_museum_name_is_not_made_an_organisation() -> None:
    """A building the story happens in ("the Ashdown Museum") stays a place: as an org name in every
    sentence it pulled sentences together on the name alone."""
    names = _names("Thieves broke into the Ashdown Museum on Tuesday and took jewels worth £4m.\n")
    assert names[Kind.ORG] == []
    assert names[Kind.PERSON] == []
