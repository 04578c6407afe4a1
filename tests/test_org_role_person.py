"""An organisation's name, a role word, a person's name: the role word splits the run (issue #11).

"Norvik Rail boss Tavo Quillan hit back" holds a company and a person. The
person's given name is one no list holds, so only the role word before it
says the run is a person; and the words before the role are the body that
gives the role, not part of the name. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, compare
from sourcediff.extract.entities import scan
from sourcediff.extract.orgs import given_names
from sourcediff.extract.quotes import extract as quotes
from sourcediff.segment import segment
from sourcediff.values import Entity


def found(text: str) -> set[tuple[str, str]]:
    return {(f.name, f.type) for f in scan(text).found}


def test_the_given_names_here_are_unlisted() -> None:
    assert not {"Tavo", "Quill", "Orla", "Ysolde"} & given_names()


@pytest.mark.parametrize("text", [
    "But Norvik Rail boss Tavo Quillan hit back on Monday.",
    "Norvik Rail Boss Tavo Quillan hit back on Monday.",
    "Norvik Rail chief Tavo Quillan hit back on Monday.",
    "Norvik Rail spokeswoman Tavo Quillan hit back on Monday.",
])
def test_a_role_word_splits_the_body_from_the_person(text: str) -> None:
    assert found(text) == {("Norvik Rail", "org"), ("Tavo Quillan", "person")}


@pytest.mark.parametrize(("text", "person"), [
    ("Union chief Orla Brenning was defiant.", "Orla Brenning"),
    ("Union Chief Orla Brenning was defiant.", "Orla Brenning"),
    ("The transport minister Orla Brenning visited the depot.", "Orla Brenning"),
    ("Chief Constable Orla Brenning said the roads were closed.", "Orla Brenning"),
])
def test_a_role_word_before_a_name_makes_it_a_person(text: str, person: str) -> None:
    assert (person, "person") in found(text)


@pytest.mark.parametrize("text", [
    "Guests stayed at the President Hotel in Dunmere.",
    "The band played at the Chief Theatre on Friday.",
])
def test_a_title_inside_a_venue_name_makes_no_person(text: str) -> None:
    assert not {name for name, kind in found(text) if kind == "person"}


@pytest.mark.parametrize("text", [
    "South Korean president Orla Brenning arrived on Monday.",
    "New Zealand coach Orla Brenning named the team on Monday.",
])
def test_a_people_or_a_team_before_an_office_is_no_company(text: str) -> None:
    assert not {name for name, kind in found(text) if kind == "org"}


def test_a_pronoun_after_an_org_role_person_opening_is_that_person() -> None:
    text = ("Mum Ysolde Ferran, 39, missed her flight. But Norvik Rail boss Tavo Quillan hit back, blasting "
            "the walkout. \"This hurts every traveller,\" he raged.")
    article = Article.from_text(text, id="t")
    hits = [m for m in quotes(article, segment(article)) if "every traveller" in m.raw]
    assert hits and hits[0].speaker == "Tavo Quillan"


def test_a_body_one_source_shows_is_no_person_in_another() -> None:
    arts = [Article.from_text("Norvik Rail boss Tavo Quillan said fares would rise on Monday.",
                              id="a", published="2026-11-13"),
            Article.from_text("Norvik Rail said on Monday that fares would rise by 4 percent.",
                              id="b", published="2026-11-13")]
    report = compare(arts)
    people = {m.value.name for f in report.facts if f.kind is Kind.PERSON for m in f.mentions
              if isinstance(m.value, Entity)}
    assert "Norvik Rail" not in people and "Tavo Quillan" in people
