"""An age written before a name ("19-year-old apprentice Tova Brisk") makes a person and a subject.

Why: a name with no listed given name needs evidence of a person, and an age
was only read after the name (", 19,"). News copy as often writes it before,
as a compound adjective, with or without a trade noun that no descriptor list
holds ("the 19-year-old apprentice Tova Brisk"). Such a name was no person, so
the "he said" after it fell to an earlier speaker three paragraphs up: the
wrong person, worse than none. The same name set in apposition to the
sentence's opening phrase ("The youngest rower, 19-year-old apprentice Tova
Brisk, was ...") is what the sentence is about, so a later "she" can mean her.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse

_EARLIER = ('"We kept the boat head to the wind," said the club captain, Marek Olund.\n\n'
            "Training resumed on Monday.\n\n")


def _analysed(body: str) -> list[tuple[str, str, str | None]]:
    article = Article.from_text("Rowers rescued after capsize\n\n" + _EARLIER + body, id="s0",
                                published="2026-05-04")
    text = article.text
    return [(m.kind.value, text[m.span.start:m.span.end], m.speaker) for m in analyse(article).mentions]


def _quote_speakers(body: str) -> list[str | None]:
    return [speaker for kind, _, speaker in _analysed(body) if kind == "quote"][1:]


@pytest.mark.parametrize("lead", [
    "The youngest rower, 19-year-old apprentice Tova Brisk, was on her second outing.",
    "The youngest rower, 19-year-old Tova Brisk, was on her second outing.",
    "19-year-old apprentice Tova Brisk was on her second outing.",
])
def test_age_before_the_name_makes_the_speaker(lead: str) -> None:
    body = lead + '\n\n"I held the rope and waited for the light," she told the Echo from the clubhouse.'
    assert _quote_speakers(body) == ["Tova Brisk"]


def test_a_building_age_is_no_person() -> None:
    body = ("The 150-year-old Harrow Boathouse was flooded.\n\n"
            '"The water came in through the doors," she said.')
    people = [text for kind, text, _ in _analysed(body) if kind == "person"]
    assert not [p for p in people if "Harrow" in p]
