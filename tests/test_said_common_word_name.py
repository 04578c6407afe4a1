"""A given name that is also a common word, right after a verb of saying (invented text).

"Per" of "per cent", "Hope" of "little hope": an article that writes the
word in lower case used to bar it from opening a name, so 'said Per Lund,'
lost its speaker and a quote credited to the wrong person read as agreeing.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract.entities import scan


def people(text: str) -> list[str]:
    return [text[f.span.start:f.span.end] for f in scan(text).found if f.type == "person"]


FOUND = [
    ('Exports rose 3 per cent. "The numbers speak," said Per Lundmark, head of the trade council.',
     "Per Lundmark"),
    ('There is little hope left. "We will rebuild," said Hope Varden, a shopkeeper.', "Hope Varden"),
    ('Costs fell 2 per cent. "It was a fair year," said Per Lundmark.', "Per Lundmark"),
]
NOT_PEOPLE = [
    # A place's name after a verb of saying stays a place when the article writes its first word lower.
    'Talks will resume. "We are ready," said North Vellaria. The north of the country was quiet.',
    # A street after "said" is no person (a place tail).
    'They will meet. "We are ready," said Downing Street. Costs rose 3 per cent.',
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_common_word_given_name_opens_a_name_after_said(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_places_after_said_stay_no_person(text: str) -> None:
    assert people(text) == []


def test_a_sentence_opening_word_still_opens_no_name() -> None:
    # Not after a verb of saying: "So" is the sentence's opening word, not a given name.
    text = 'It was so cold. So Lundmark left early, his aide said.'
    assert "So Lundmark" not in people(text)


def test_the_same_words_credited_to_another_speaker_diverge() -> None:
    first = Article.from_text(
        'Exports rose 3 per cent in the year. "This is a result for every worker in the port," said '
        'Ingrid Salvesen, chair of the trade council.', id="a")
    second = Article.from_text(
        'Exports grew 3 per cent over the year. "This is a result for every worker in the port," said '
        'Per Lundmark. The council meets again in March.', id="b")
    facts = [f for f in compare([first, second]).facts if f.kind is Kind.QUOTE]
    assert [f.status for f in facts] == [Verdict.DIVERGE]
