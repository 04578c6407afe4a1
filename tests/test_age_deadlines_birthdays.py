"""An age a step is due by ("by the age of four") and an owner's ordinal birthday ("her 90th birthday").

Outlets tell one rule or one life in these shapes and in "at the age of
four" or "aged 90": each must be read as the age it is, in the ages' slot,
so two outlets' ages meet and a different one is seen. Before, "by the age
of", "before the age of" and "its fourth birthday" gave nothing at all.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import extract
from sourcediff.model import Article, Mention, Passage, Span
from sourcediff.text import fold


def numbers(text: str) -> list[tuple[str, str, str]]:
    article = Article.from_text(text, id="t")
    found: tuple[Mention, ...] = extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))
    return [(m.raw, m.canonical, m.slot) for m in found if m.kind.value == "number"]


@pytest.mark.parametrize(("text", "raw", "years"), [
    ("Any foal born at the stud must be sold by the age of four.", "four", "4 year"),
    ("Pupils in Ostreva must learn to swim before the age of 11.", "11", "11 year"),
    ("She lived with her aunt in Kessing until the age of 16.", "16", "16 year"),
])
def test_an_age_a_step_is_due_by_is_an_age(text: str, raw: str, years: str) -> None:
    assert numbers(text) == [(raw, years, "number:age")]


@pytest.mark.parametrize(("text", "raw", "years"), [
    ("The foal will be sold before its fourth birthday.", "fourth birthday", "4 year"),
    ("Mira Talvane celebrated her 100th birthday at the home on Sunday.", "100th birthday", "100 year"),
    ("Teodor Brisk's 18th birthday fell on polling day.", "18th birthday", "18 year"),
])
def test_an_owners_ordinal_birthday_is_an_age(text: str, raw: str, years: str) -> None:
    assert (raw, years, "number:age") in numbers(text)


@pytest.mark.parametrize("text", [
    "The first birthday party of the campaign was held in a barn.",  # no owner: nobody's age
    "Children under the age of 12 travel free.",  # a bound of a group, left as it was
])
def test_no_age_without_an_owner_or_a_step(text: str) -> None:
    assert not [m for m in numbers(text) if m[2] == "number:age"]


def test_the_birthday_meets_the_age_it_says() -> None:
    by_age = numbers("Any foal born at the stud must be sold by the age of four.")
    birthday = numbers("Any foal born at the stud is sold before its fourth birthday.")
    assert by_age[0][1:] == birthday[0][1:]
