"""A harbour master or a headmaster opens a sentence with its subject.

"In Skellmouth, harbour master Tobin Pennack, 61, watched the boats come
in." makes Pennack the man a following "he said" means, as "harbour
pilot Tobin Pennack" already did: "master" is the title of a ship's or a
port's commander and heads closed roles ("headmaster", "postmaster").
Before, the quote went to the body quoted a paragraph earlier ("..., the
port authority says"). Every name and sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.quotes import extract as quotes
from sourcediff.extract.speakers import _role_noun
from sourcediff.model import Article
from sourcediff.segment import segment

EARLIER = ('Trade could double by 2030, the company says, once the new quay opens.\n\n'
           'Councillor Mara Elkington welcomed the plan. "It is a good day," she said.\n\n')


def speaker_of(text: str, words: str) -> str | None:
    article = Article.from_text(text, id="t")
    hits = [m for m in quotes(article, segment(article)) if words in m.raw]
    assert hits
    return hits[0].speaker


@pytest.mark.parametrize("opening", [
    "In Skellmouth, harbour master Tobin Pennack, 61, watched the boats come in.",
    "Veteran headmaster Tobin Pennack, 61, watched the boats come in.",
])
def test_he_goes_to_the_master_who_opened_the_sentence(opening: str) -> None:
    text = EARLIER + opening + '\n\n"We have waited twenty years for this," he said.'
    assert speaker_of(text, "waited twenty years") == "Tobin Pennack"


@pytest.mark.parametrize(("word", "role"), [
    ("master", True), ("headmaster", True), ("harbourmaster", True), ("postmaster", True),
])
def test_master_is_a_role(word: str, role: bool) -> None:
    assert _role_noun(word) is role
