"""A tabloid's "a(n)" and mood words before a named person: the person speaks (speakers._described_name)."""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def speakers(sentence: str) -> list[str | None]:
    article = Article.from_text("Flood town counts the cost\n\n" + sentence, id="s0", published="2026-03-03")
    return [m.speaker for m in analyse(article).mentions if m.kind.value == "quote"]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('A tearful Health Minister Jane Roe vowed: "We will rebuild every ward."', "Jane Roe"),
    ('An angry Tom Hale said: "We were never told about the risk."', "Tom Hale"),
    ('A shaken Mayor Tom Hale said: "This is a dark day for the town."', "Tom Hale"),
    ('A former Health Minister Jane Roe said: "It was avoidable."', "Jane Roe"),
    ('A local councillor Jane Roe said: "It was avoidable."', "Jane Roe"),
])
def test_mood_words_before_a_named_person_leave_the_person(sentence: str, speaker: str) -> None:
    assert speakers(sentence) == [speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('A senior Pentagon official said: "We are watching the region."', "senior Pentagon official"),
    ('A Foreign Office spokesman said: "We are in touch with the family."', "Foreign Office spokesman"),
    ('A spokesman for Severn Vale Water said: "Supplies are safe to drink."', "Severn Vale Water"),
])
def test_an_unnamed_role_stays_the_role(sentence: str, speaker: str) -> None:
    assert speakers(sentence) == [speaker]
