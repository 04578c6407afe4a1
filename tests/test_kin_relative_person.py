"""A name opening a sentence before ", whose family ..." is a person, so "he said" finds them.

"Rowan Tegg, whose family has run the campsite for three generations, spent the
morning on the phone." names a person whose given name is also a common word
(a rowan is a tree) and no list holds; with no title, age or verb of saying
beside it, the name was not read, and the next paragraph's '"...," he said'
went to the story's previous speaker. Only a person has a family or a spouse:
a firm's "whose shares" or a club's "whose fans" stays no person.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind, SourceInfo
from sourcediff.pipeline import analyse


def _info(text: str) -> SourceInfo:
    return analyse(Article.from_text(text, id="s0", published="2026-05-04"))


def people(text: str) -> list[str]:
    return [m.raw for m in _info(text).mentions if m.kind is Kind.PERSON]


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(m.raw, m.speaker) for m in _info(text).mentions if m.kind is Kind.QUOTE]


STORY = ('"We will act quickly," said Dr Hanna Brisk, the council leader.\n\n'
         "For the orchards, the frost was the worst in years. Rowan Pellick, {clause}, spent the morning "
         "checking the trees.\n\n"
         '"We lost most of the blossom," he said.\n')


@pytest.mark.parametrize("clause", [
    "whose family has farmed the valley since 1952",
    "whose wife runs the farm shop",
    "whose late father planted the first trees",
])
def test_a_kin_clause_makes_the_name_a_person_and_the_speaker(clause: str) -> None:
    text = STORY.format(clause=clause)
    assert "Rowan Pellick" in people(text)
    assert ("We lost most of the blossom", "Rowan Pellick") in speakers(text)


def test_a_firms_whose_clause_is_no_person() -> None:
    text = "Shares fell sharply. Brackwater Holdings, whose shares lost a third, said nothing.\n"
    assert "Brackwater Holdings" not in people(text)

