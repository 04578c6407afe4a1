"""A lower-case public office or expert title before an unlisted name makes it a person.

"central bank governor Jo Ode" and "economist Jo Ode" name a person as surely
as "minister Jo Ode" does; with a given name no list holds the run was no
person, and the "he said" after the next quote went to whoever the article
had named before. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.entities import scan
from sourcediff.extract.quotes import extract
from sourcediff.model import Article
from sourcediff.segment import segment


def speaker_of(text: str, words: str) -> str | None:
    article = Article.from_text(text, id="t")
    hits = [m for m in extract(article, segment(article)) if words in m.raw]
    assert hits, f"no quote containing {words!r}"
    return hits[0].speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Dockers at the east quay walked out at noon. Port authority commissioner Teodric Vanhulst met them "
     "later. \"Nobody will be docked a day's pay,\" he said.", "docked", "Teodric Vanhulst"),
    ("The lira fell again on Thursday. Central bank governor Ysolde Karabekian ruled out a rate rise. "
     "\"We have the reserves we need,\" she said.", "reserves", "Ysolde Karabekian"),
    ("Shoppers spent less in March. Retail economist Osric Pembleton was not surprised. \"Wages have not "
     "kept up with rents,\" he said.", "Wages", "Osric Pembleton"),
])
def test_pronoun_after_an_office_holder_names_them(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_office_word_before_an_unlisted_name_is_a_person() -> None:
    found = scan("The city's mayor Branwen Quillfeather opened the bridge on Sunday.").found
    assert ("Branwen Quillfeather", "person") in {(f.name, f.type) for f in found}


def test_a_single_word_after_an_office_is_not_enough() -> None:
    # "governor" before one capitalized word: a place or a body as often as a surname
    found = scan("Talks with the governor Monday ended early.").found
    assert not [f for f in found if f.type == "person"]
