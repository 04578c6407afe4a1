"""A speaker's body in brackets after the name: "Lena Marsh (Harwick College), who ..., said" (issue #11).

Specialist and science outlets write the speaker's institution in brackets
right after the name. The subject phrase kept the bracket, and its last
capitalized word ("College)") became the speaker, of that quote and of every
"she said" after it (the exoplanet story's first run). The bracket describes
the name; the name is the speaker.

Every name, place and sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.quotes import extract as quotes
from sourcediff.model import Article
from sourcediff.segment import segment


def speakers(text: str) -> list[str | None]:
    article = Article.from_text(text, id="t")
    return [m.speaker for m in quotes(article, segment(article))]


@pytest.mark.parametrize("text", [
    # the bracket, a relative clause, then "said"; the next quote's "she" is the same person
    'Lena Marsh (Harwick College of Music), who did not sit on the panel, said the choice was brave. '
    '"It will divide the hall for years," she said.',
    # the bracket right before the verb, a colon quote
    'Lena Marsh (Harwick College of Music) said: "It will divide the hall for years."',
    # inverted: the verb first, then the bracketed name and a role
    '"It will divide the hall for years," said Lena Marsh (Harwick College of Music), a critic.',
])
def test_the_name_before_a_bracketed_body_speaks(text: str) -> None:
    assert speakers(text) == ["Lena Marsh"]


def test_a_party_and_state_in_brackets() -> None:
    text = 'Senator Dana Pruitt (D-Ore.) said: "We will not wait for the committee."'
    assert speakers(text) == ["Dana Pruitt"]


def test_a_name_without_brackets_is_unchanged() -> None:
    text = 'Omar Haddad, a planner at Kelby Mills, said: "The road will close in May."'
    assert speakers(text) == ["Omar Haddad"]
