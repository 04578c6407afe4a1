"""A listed nickname as written is a short form of an unlisted given name ("Tom" of "Tomasz"; invented text).

name_key folds "Tom" to "thomas" before names are compared, and "thomas" is
no short form of "Tomasz" (it is no shorter), so the tabloid's "Tom Varga"
stayed a person apart from the wire's "Tomasz Varga" and the person fact
could not agree across the story.
"""

from __future__ import annotations

from sourcediff import Article, Kind, compare
from sourcediff.extract.people import resolve_names


def test_a_written_nickname_joins_the_one_longer_given_name() -> None:
    assert resolve_names(["Tom Varga", "Tomasz Varga"])["Tom Varga"] == "Tomasz Varga"


def test_a_written_nickname_and_its_listed_formal_name_stay_apart_from_another_spelling() -> None:
    names = resolve_names(["Tom Varga", "Tomasz Varga", "Thomas Varga"])
    assert names["Tomasz Varga"] == "Tomasz Varga"
    assert names["Thomas Varga"] != "Tomasz Varga"


def test_a_nickname_two_longer_names_fit_names_neither() -> None:
    names = resolve_names(["Tom Varga", "Tomas Varga", "Tomasz Varga"])
    assert names["Tom Varga"] == "Tom Varga"


def test_a_nickname_that_fits_no_given_name_stays_apart() -> None:
    assert resolve_names(["Bill Okonjo", "Bartosz Okonjo"])["Bill Okonjo"] == "Bill Okonjo"


def test_the_story_agrees_on_the_person_across_sources() -> None:
    texts = ['"The centre is open to everyone," said Tomasz Varga, the head warden at Lake Orrin, on Friday.',
             '"Come and see the otters," said Tom Varga, the lake\'s wildlife chief, yesterday.']
    arts = [Article.from_text(t, id=f"s{n}", published="2027-04-10") for n, t in enumerate(texts)]
    names = {getattr(m.value, "name", "") for s in compare(arts).sources for m in s.mentions
             if m.kind is Kind.PERSON}
    assert names == {"Tomasz Varga"}
