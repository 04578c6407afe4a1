"""Plurals ending in "-is" or "-us" are counted nouns (extract/amounts.singular).

Most words ending in "-is" or "-us" are singular ("crisis", "bus", "census"),
so the plural test left every one of them out, and "12 Israelis were
wounded", "three Pakistanis were arrested" or "250 taxis" stated no count at
all: the casualty figures of a conflict story, read by every outlet, were
never compared. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.amounts import is_plural, singular
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _numbers(text: str) -> list[str]:
    info = analyse(Article.from_text("Report\n\n" + text, id="a", published="2026-03-02"))
    return [m.raw for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "count"), [
    ("At least 12 Israelis were hurt when the bus overturned.", "At least 12"),
    ("Police said three Pakistanis were detained at the port.", "three"),
    ("The storm stranded 40 Kuwaitis at the airport.", "40"),
    ("The city licensed 250 taxis last year.", "250"),
    ("Organisers printed 600 menus for the gala.", "600"),
])
def test_a_count_of_a_vowel_plural_is_read(text: str, count: str) -> None:
    assert count in _numbers(text)


def test_the_singular_of_a_vowel_plural_drops_only_the_s() -> None:
    assert singular("Iraqis") == "iraqi"
    assert singular("taxis") == "taxi"
    assert singular("menus") == "menu"


@pytest.mark.parametrize("word", ["crisis", "basis", "bus", "census", "virus", "thus", "tennis", "campus"])
def test_singular_is_and_us_words_stay_singular(word: str) -> None:
    assert not is_plural(word)
    assert singular(word) == word
