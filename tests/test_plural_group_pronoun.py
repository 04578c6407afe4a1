"""A group that opens a sentence ("Inspectors told the board ...") is never the "she" of a later quote.

A capitalized plural of a role noun at a sentence's start was read as a
one-word name, so it became the latest subject and took the next "she
said" from the person named before it. Every name and sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.quotes import extract as quotes
from sourcediff.model import Article
from sourcediff.segment import segment


def speaker_of(text: str, words: str) -> str | None:
    article = Article.from_text(text, id="t")
    hits = [m for m in quotes(article, segment(article)) if words in m.raw]
    assert hits
    return hits[0].speaker


@pytest.mark.parametrize("group", ["Inspectors", "Officers", "Engineers", "Councillors"])
def test_a_plural_group_is_no_she(group: str) -> None:
    text = (f"Mara Quill chairs the depot board. {group} told the board that the scheme was late. "
            "\u201cWe will finish the depot by spring,\u201d she said.")
    assert speaker_of(text, "finish the depot") == "Mara Quill"


def test_a_person_known_by_the_word_still_speaks() -> None:
    text = ("Tom Engineers chairs the depot board. Engineers told the board that the scheme was late. "
            "\u201cWe will finish the depot by spring,\u201d he said.")
    assert speaker_of(text, "finish the depot") == "Tom Engineers"
