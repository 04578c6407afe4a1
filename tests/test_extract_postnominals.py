"""Post-nominal letters after a name ("Nathan Roe SC", "Jane Doe KC", "John Roe MP") are no part of it.

Court and parliament reports write counsel and members with their letters;
left in the capitalized run, the letters read as an acronym and the person
was lost, and with it the divergence when another outlet credits that
person's words to someone else. Every name and sentence here is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract.entities import extract
from sourcediff.extract.people import name_key, same_person
from sourcediff.model import Article as ModelArticle
from sourcediff.segment import segment
from sourcediff.values import Entity


def people(text: str) -> set[str]:
    article = ModelArticle.from_text(text, id="t")
    return {m.value.name for m in extract(article, segment(article))
            if m.kind is Kind.PERSON and isinstance(m.value, Entity)}


@pytest.mark.parametrize(("text", "person"), [
    ("Crown prosecutor Nathan Ferreira SC had asked for a longer term.", "Nathan Ferreira"),
    ("The prosecutor, Nathan Ferreira SC, had asked for a longer term.", "Nathan Ferreira"),
    ("Defence barrister Isobel Quayle KC told the court her client was sorry.", "Isobel Quayle"),
    ("Counsel for the family, Martin Oduya QC, said the inquiry had failed them.", "Martin Oduya"),
    ("Nathan Ferreira MP said the bill was badly drafted.", "Nathan Ferreira"),
    ("Labour MP Nathan Ferreira said the bill was badly drafted.", "Nathan Ferreira"),
    ("Dame Ann Lorimer OBE opened the new wing on Friday.", "Dame Ann Lorimer"),
])
def test_a_name_with_post_nominal_letters_is_the_person(text: str, person: str) -> None:
    assert person in people(text)


@pytest.mark.parametrize("text", [
    "Shares in Ferreira SC rose on Monday.",  # two words: a club or a firm as often as a person
    "The MP said the bill was badly drafted.",
    "The SC and the QC met on Tuesday.",
])
def test_letters_alone_or_after_one_word_make_no_person(text: str) -> None:
    assert not people(text)


@pytest.mark.parametrize(("a", "b"), [
    ("Nathan Ferreira SC", "Nathan Ferreira"),
    ("Isobel Quayle KC", "Isobel Quayle"),
    ("John Tarrant MP", "John Tarrant"),
])
def test_the_letters_do_not_change_who_it_is(a: str, b: str) -> None:
    assert same_person(name_key(a), name_key(b))


def test_words_credited_to_the_judge_instead_of_counsel_diverge() -> None:
    words = "This was never a charity that failed; it was a swindle from its first day"
    arts = [
        Article.from_text(f'Crown prosecutor Nathan Ferreira SC had asked for 15 years. "{words}," Ferreira '
                          'told the court.', id="a", published="2026-11-19"),
        Article.from_text(f'Justice Mara Elkington handed down the sentence. "{words}," Justice Elkington '
                          'said in her remarks.', id="b", published="2026-11-19"),
    ]
    quotes = [f for f in compare(arts).facts if f.kind is Kind.QUOTE]
    assert len(quotes) == 1 and quotes[0].status is Verdict.DIVERGE
