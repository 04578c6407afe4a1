"""A body's name, its role word, then a person: the person named last speaks.

"Marlow Chamber of Commerce chair Ingrid Tavener said" was read as "Dr. Lars
Eklund of the Karolinska Institute" is, the words before "of" as the
person, so the quote went to "Marlow Chamber". A lower-case role noun after
the body, followed by a capitalized name, makes the body and the role that
person's titles. Every name and sentence is invented.
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


@pytest.mark.parametrize("subject", [
    "Marlow Chamber of Commerce chair Ingrid Tavener",
    "Eastfield Association of Tenants secretary Ingrid Tavener",
    "Harrowgate Board of Trade president Ingrid Tavener",
    "Port of Kelby harbour master Ingrid Tavener",
])
def test_the_person_after_a_bodys_role_speaks(subject: str) -> None:
    text = f'{subject} said: "The shops on the quay will not close this winter."'
    assert speaker_of(text, "shops on the quay") == "Ingrid Tavener"


def test_she_later_in_the_paragraph_is_that_person() -> None:
    text = ('Marlow Chamber of Commerce chair Ingrid Tavener said the bank mattered to the town. '
            '"They sponsor the regatta and the carnival. People here know them," she said.')
    assert speaker_of(text, "sponsor the regatta") == "Ingrid Tavener"


@pytest.mark.parametrize(("subject", "speaker"), [
    ("Dr. Oskar Lindvall of the Northmoor Institute", "Oskar Lindvall"),
    ("Opposition leader Petra Annand of the Harbour Party", "Petra Annand"),
])
def test_a_person_before_a_body_still_speaks(subject: str, speaker: str) -> None:
    text = f'{subject} said: "The figures do not add up."'
    assert speaker_of(text, "figures do not add up") == speaker
