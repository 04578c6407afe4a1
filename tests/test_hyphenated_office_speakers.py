"""A compound office joined by hyphens ("secretary-general of", "director-general of") is a role.

The appositive after a name ("Nils Havard, director-general of the
Federation of Coastal Shipping Operators,") read no role while the office was
written with a hyphen: the name, its given name unlisted, was no person of
the scan, and the speaker resolver took the capitalized words of the body
after "of" for a person's name, so the quote closed by "he said" went to
"Coastal Shipping Operators".
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract.entities import scan

TEXT = (
    "Mayor Olga Brandt said the new ferry terminal at Vessby would open in May.\n\n"
    "Nils Havard, director-general of the Federation of Coastal Shipping Operators (FCSO), said the "
    "delays had cost its members money. \u201cEvery summer we have turned away passengers. "
    "That ends now,\u201d he said.\n\n"
    "Ines Maroldt, editor-in-chief of the Vessby Courier, said readers had waited years for the terminal. "
    "\u201cNobody here believed it would really be built,\u201d she said.\n"
)


def _speakers(text: str) -> dict[str, str | None]:
    report = compare([Article.from_text(text, id="s0", published="2026-04-02")])
    return {m.raw[:12]: m.speaker for f in report.facts if f.kind.value == "quote" for m in f.mentions}


def test_a_hyphenated_office_names_a_person_in_the_scan() -> None:
    people = {f.name for f in scan(TEXT).found if f.type == "person"}
    assert {"Nils Havard", "Ines Maroldt"} <= people


def test_he_said_goes_to_the_holder_of_the_office_not_the_body() -> None:
    speakers = _speakers(TEXT)
    assert speakers["Every summer"] == "Nils Havard"
    assert speakers["Nobody here "] == "Ines Maroldt"
