"""'said Jo Roe of the campaign group Clearway': the person speaks, not the group.

The rule for "Marlow Chamber of Commerce chair Ingrid Tavener" (a body's
name, a role word, then a person) also caught a person followed by a
body's description: "of the passengers' group Fairride" ends in a class
noun ("group") that is also a role noun and one capitalized word, so the
quote went to the group. An article after "of" opens a description, not a
body's own name. Every name and sentence is invented.
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


@pytest.mark.parametrize("body", [
    "of the passengers' group Fairride",
    "of the campaign group Fairride",
    "of the group Fairride",
    "at the pressure group Fairride",
    "of a tenants' group Fairride",
])
def test_the_person_before_the_groups_description_speaks(body: str) -> None:
    text = f'"Buses are late every single day. Nobody is listening to us," said Carla Wendt {body}.'
    assert speaker_of(text, "Nobody is listening") == "Carla Wendt"


def test_the_subject_before_the_verb_as_well() -> None:
    text = 'Carla Wendt of the campaign group Fairride said: "The timetable is a work of fiction."'
    assert speaker_of(text, "work of fiction") == "Carla Wendt"


@pytest.mark.parametrize("subject", [
    "Marlow Chamber of Commerce chair Ingrid Tavener",
    "Port of Kelby harbour master Ingrid Tavener",
])
def test_a_bodys_own_name_then_its_role_still_titles_the_person(subject: str) -> None:
    text = f'{subject} said: "The shops on the quay will not close this winter."'
    assert speaker_of(text, "shops on the quay") == "Ingrid Tavener"
