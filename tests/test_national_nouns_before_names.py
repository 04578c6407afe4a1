"""A people's noun before a name is its description: "Veteran Scot Jane Roe", "Welshman Owen Pryce".

Tabloids put a nationality noun before a name ("Brit", "Scot", "Welshman").
It was read as the name's first word ("Scot Jane Roe"), a person another
outlet's "Jane Roe" did not meet, and two "people" sharing a surname then
kept the surname from being found in other sources. A national noun before
a name of at least two words is now description; a name of two words whose
given name is also such a noun ("Scot Pollard") stays a name. Every
sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import entities
from sourcediff.model import Article, Kind
from sourcediff.segment import segment


def people(text: str) -> list[str]:
    article = Article.from_text(text, id="t", published="2026-06-01")
    return [getattr(m.value, "name", "") for m in entities.extract(article, segment(article))
            if m.kind is Kind.PERSON]


@pytest.mark.parametrize(("text", "name"), [
    ("Veteran Scot Dougal Brennock, 68, took the title on Sunday.", "Dougal Brennock"),
    ("Welshman Owen Pryce said the team had earned it.", "Owen Pryce"),
    ("Plucky Brit Andy Morrow, 22, reached the final.", "Andy Morrow"),
    ("Pensioner Jane Roe said the bus never came.", "Jane Roe"),
])
def test_the_national_noun_is_not_part_of_the_name(text: str, name: str) -> None:
    assert people(text) == [name]


def test_a_two_word_name_whose_given_name_is_such_a_noun_stays_whole() -> None:
    assert people("Scot Pollard said the deal was done.") == ["Scot Pollard"]
