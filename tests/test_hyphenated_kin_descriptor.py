"""A hyphenated kin noun before a name is a descriptor: "Great-gran Hilde Varrow" names Hilde Varrow.

Tabloids open with a compound kin word: "Great-gran Hilde Varrow was all
smiles", "Super-gran Hilde ...". The descriptor reader knew "gran" and
"mum-of-two" but not a compound headed by a kin noun, so the capitalised
"Great-gran" was taken as part of the name, the person was not found, and a
later "she told the paper" could not mean her. A hyphenated word is now
headed by its last part. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import extract
from sourcediff.extract.entities import descriptor
from sourcediff.model import Article
from sourcediff.segment import segment


@pytest.mark.parametrize(("word", "noun"), [
    ("Great-gran", "gran"), ("super-gran", "gran"), ("Great-grandmother", "grandmother"),
    ("mum-of-two", "mum"), ("Gran", "gran"),
])
def test_a_compound_kin_word_is_headed_by_its_last_part(word: str, noun: str) -> None:
    assert descriptor(word) == noun


@pytest.mark.parametrize("word", ["Anglo-Saxon", "Rolls-Royce", "well-known"])
def test_other_hyphenated_words_are_no_descriptor(word: str) -> None:
    assert descriptor(word) is None


def test_the_person_after_a_compound_kin_word_is_found_and_speaks() -> None:
    text = ("Great-gran Ottoline Varrow was all smiles at her party.\n\n"
            "\"Nobody told me it would be this loud,\" she told the Gazette.")
    article = Article.from_text(text, id="t", published="2026-11-19")
    found = extract(article, segment(article))
    assert [m.raw for m in found if m.kind.value == "person"] == ["Ottoline Varrow"]
    quotes = [m for m in found if m.kind.value == "quote"]
    assert quotes and all(m.speaker == "Ottoline Varrow" for m in quotes)
