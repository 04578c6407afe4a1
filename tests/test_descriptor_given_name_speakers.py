"""Capitalized person nouns before a given name alone ("Mum-of-two Kerry"): the person named in full speaks.

speakers.SpeakerResolver._descriptor_led: a tabloid names someone in full, then opens a later sentence
with a description and the given name; the "he"/"she said" after it is that person's, not a speaker
called "Father-of-three Rhys" whom no one else names.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def speakers(body: str) -> list[str | None]:
    article = Article.from_text("Mill town counts the cost\n\n" + body, id="s0", published="2026-05-04")
    return [m.speaker for m in analyse(article).mentions if m.kind.value == "quote"]


@pytest.mark.parametrize(("body", "speaker"), [
    ('Rhys Pengelly, 41, lost his job at the mill in March.\n\n'
     'Father-of-three Rhys told reporters the firm ignored them. "Nobody came," he said.',
     "Rhys Pengelly"),
    ('Dana Ruskell, 67, has lived on Quarry Lane for forty years.\n\n'
     'Grandmother Dana told the Post she would fight on. "We are not finished yet," she said.',
     "Dana Ruskell"),
])
def test_a_described_given_name_is_the_person_named_in_full(body: str, speaker: str) -> None:
    assert speakers(body)[-1] == speaker


def test_a_described_name_nobody_else_has_is_left_as_read() -> None:
    # no "Rhys" is named in full: the described name is not tied to some other person
    body = ('Mill owner Dana Ruskell declined to comment.\n\n'
            'Father-of-three Rhys told reporters the firm ignored them. "Nobody came," he said.')
    assert speakers(body)[-1] != "Dana Ruskell"
