"""Role words before a name and nicknames a writer declares in quotes (invented names and text).

A British paper opens a sentence with "Coroner Jane Roe" or "Curator Dr Ian Lake": the role word is a
title, not part of the name. A tabloid writes "Terence 'Tel' Marsh" once and "Tel said" afterwards:
the nickname names that person in that article, though no list of short forms holds it.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, compare
from sourcediff.extract.entities import extract
from sourcediff.segment import segment
from sourcediff.values import Entity


def _persons(text: str) -> list[str]:
    article = Article.from_text(text, id="t")
    return [m.value.name for m in extract(article, segment(article))
            if m.kind is Kind.PERSON and isinstance(m.value, Entity)]


@pytest.mark.parametrize("text", [
    "Coroner Tamsin Whellan said the brooch was treasure.",
    "Curator Tamsin Whellan said the bowl would go on show in spring.",
    "Detective Tamsin Whellan said two men had been arrested.",
    "Magistrate Tamsin Whellan said the fine would stand.",
])
def test_a_role_word_opening_the_sentence_is_not_part_of_the_name(text: str) -> None:
    assert _persons(text) == ["Tamsin Whellan"]


def test_a_role_word_before_a_name_and_a_clause_is_dropped() -> None:
    names = _persons("Coroner Tamsin Whellan, sitting at Brayford, ruled on Monday.")
    assert "Coroner" not in " ".join(names)


def _speakers(*texts: str) -> dict[str, str]:
    """Quote text -> its speaker, over the whole story."""
    arts = [Article.from_text(t, id=f"s{n}", published="2026-10-08") for n, t in enumerate(texts)]
    return {m.raw: m.speaker or "" for s in compare(arts).sources for m in s.mentions if m.kind is Kind.QUOTE}


TABLOID = ("Lucky bricklayer Terence ‘Tel’ Marsh has landed a £40,000 windfall after his find was declared "
           "treasure yesterday.\n\n"
           "Tel, a dad-of-two from Brayford, said he would put the money towards a new van.\n\n"
           "“My back has earned every penny of it,” he joked.")
WIRE = ('Builder Terence Marsh, 44, found the gold ring while digging a garden wall, the court heard. '
        '"I saw it glint in the clay," Marsh said.')


def test_a_quoted_nickname_names_the_person_the_article_gave_it_to() -> None:
    speakers = _speakers(TABLOID, WIRE)
    assert speakers["My back has earned every penny of it"] == "Terence Marsh"


def test_straight_quotes_declare_a_nickname_too() -> None:
    text = TABLOID.replace("‘Tel’", "'Tel'").replace("“", '"').replace("”", '"')
    assert _speakers(text, WIRE)["My back has earned every penny of it"] == "Terence Marsh"


def test_a_nickname_two_people_share_names_neither() -> None:
    text = ("Terence 'Tel' Marsh and Telford 'Tel' Brigg found the ring together.\n\n"
            '"It glinted in the clay," Tel said.')
    assert _speakers(text, WIRE)["It glinted in the clay"] != "Terence Marsh"
