"""A role written as one word with its trade opens a sentence with its subject (issue #11).

"Retired schoolteacher Jane Roe, 71, lost her savings." makes Roe the
person a following "she told the paper" means, as "Retired teacher Jane
Roe" already did: English closes many roles into one word ("schoolteacher",
"steelworker", "homeowner"). Before, the quote went to the judge quoted a
paragraph earlier. Every name and sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.quotes import extract as quotes
from sourcediff.extract.speakers import _role_noun
from sourcediff.model import Article
from sourcediff.segment import segment

JUDGE = ('Justice Mara Elkington was blunt. "You lied to them for years," she told him.\n\n')


def speaker_of(text: str, words: str) -> str | None:
    article = Article.from_text(text, id="t")
    hits = [m for m in quotes(article, segment(article)) if words in m.raw]
    assert hits
    return hits[0].speaker


@pytest.mark.parametrize("opening", [
    "Retired schoolteacher Wenke Lorimer, 71, lost her whole pension in the scheme.",
    "Former steelworker Wenke Lorimer, 64, lost her whole pension in the scheme.",
    "Local homeowner Wenke Lorimer lost her whole pension in the scheme.",
    "Retired teacher Wenke Lorimer, 71, lost her whole pension in the scheme.",
])
def test_she_goes_to_the_subject_named_with_a_one_word_role(opening: str) -> None:
    text = JUDGE + opening + '\n\n"Now I clean offices at night," she told the Sun outside court.'
    assert speaker_of(text, "clean offices") == "Wenke Lorimer"


def test_a_name_after_a_verb_is_no_subject_whatever_the_role_word() -> None:
    text = (JUDGE + "Police later questioned schoolteacher Wenke Lorimer about the accounts.\n\n"
            '"Now I have heard everything," she added.')
    assert speaker_of(text, "heard everything") == "Mara Elkington"


@pytest.mark.parametrize(("word", "role"), [
    ("schoolteacher", True), ("steelworker", True), ("homeowner", True), ("salesperson", True),
    ("teacher", True), ("vice-chancellor", True),
    ("season", False), ("thinking", False), ("reason", False), ("parking", False), ("crown", False),
])
def test_role_nouns_and_their_closed_compounds(word: str, role: bool) -> None:
    assert _role_noun(word) is role
