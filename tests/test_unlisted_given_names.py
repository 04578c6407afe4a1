"""People whose given name the shipped list does not hold, known by what the text says of them (names51).

Every sentence here is invented. The given names come from many cultures
(Dutch, Polish, Nigerian, Brazilian, Finnish, Korean, Serbian) and none is on
the shipped list (checked below), so only the text's own evidence can make
them people: "she said" in the next sentence, the surname alone before a verb
of saying after a sentence's opening word ("Later Voskuil said"), a trade
before the name ("the singer ..."), a lone given name after mood words ("A
tearful Femke said"). Bodies and places stay what they are whatever follows.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.entities import extract
from sourcediff.extract.orgs import given_names
from sourcediff.extract.quotes import extract as quotes
from sourcediff.model import Article, Kind
from sourcediff.segment import segment
from sourcediff.values import Entity

UNLISTED = ("Marieke", "Femke", "Grzegorz", "Chidinma", "Oluwaseun", "Thiago", "Aino", "Ji-woo", "Dragomir",
            "Ngozi")


def _article(text: str) -> Article:
    return Article.from_text(text, id="t")


def people(text: str) -> set[str]:
    article = _article(text)
    return {m.value.name for m in extract(article, segment(article))
            if m.kind is Kind.PERSON and isinstance(m.value, Entity)}


def person_raws(text: str) -> set[tuple[str, str]]:
    article = _article(text)
    return {(m.raw, m.value.name) for m in extract(article, segment(article))
            if m.kind is Kind.PERSON and isinstance(m.value, Entity)}


def speakers(text: str) -> list[str | None]:
    article = _article(text)
    return [m.speaker for m in quotes(article, segment(article))]


def test_the_given_names_here_are_unlisted() -> None:
    assert not set(UNLISTED) & given_names()


@pytest.mark.parametrize(("text", "person"), [
    ('Marieke Voskuil won the contest on Saturday night with 431 points. "I cannot believe this happened," '
     "she said after the show.", "Marieke Voskuil"),
    ('Grzegorz Wiśniewski opened the new bakery on Friday. "We waited ten years for this," he said.',
     "Grzegorz Wiśniewski"),
    ('Oluwaseun Adebayo scored twice in the second half. "The team deserved it," he told reporters.',
     "Oluwaseun Adebayo"),
    ('Aino Virtanen launched the app last week. "It is free for students," she said.', "Aino Virtanen"),
    ('Kim Ji-woo signed the contract on Monday. "I am ready," he said.', "Kim Ji-woo"),
    ("Thiago Nascimento crossed the line first. He said the heat had been brutal.", "Thiago Nascimento"),
])
def test_she_or_he_speaking_next_makes_the_subject_a_person(text: str, person: str) -> None:
    assert person in people(text)
    if '"' in text:
        assert speakers(text) == [person]


@pytest.mark.parametrize("text", [
    'Vantaa Arena hosted the final on Saturday. "It was loud," she said.',
    'Kessel Foods posted record profits. "We are pleased," he said.',
    'Port Aldric reopened its harbour on Sunday. "It is a relief," she said.',
    'Red Cross sent two lorries to the town. "They arrived at noon," she said.',
    'Northern Lights Festival drew 40,000 visitors. "It was magical," she said.',
])
def test_bodies_and_places_before_she_said_stay_non_persons(text: str) -> None:
    assert people(text) == set()


@pytest.mark.parametrize("text", [
    "Vantaa Arena said the hall was full.",
    "Kessel Foods said profits rose by a third.",
    "Port Aldric said the ferry was late.",
    "Mount Kessow said nothing, of course.",
])
def test_bodies_and_places_before_a_verb_of_saying_stay_non_persons(text: str) -> None:
    assert people(text) == set()


def test_the_pronoun_must_speak_in_the_very_next_sentence() -> None:
    text = ("Marieke Voskuil won the contest. The hall emptied slowly. "
            '"I cannot believe it," she said.')
    assert people(text) == set()


def test_the_run_must_open_its_sentence_as_subject() -> None:
    text = 'The prize went to Vessel Marieke Voskuil. "It was fair," she said.'
    assert "Marieke Voskuil" not in people(text)


def test_a_surname_after_an_opening_word_is_the_person() -> None:
    text = 'Later Voskuil said: "I will rest now." Marieke Voskuil won the vote on Saturday.'
    assert ("Voskuil", "Marieke Voskuil") in person_raws(text)
    assert speakers(text) == ["Marieke Voskuil"]


def test_meanwhile_and_a_lone_surname_speak() -> None:
    text = 'Meanwhile Okonkwo told the court: "I was not there." The accused, Chidinma Okonkwo, denies fraud.'
    assert people(text) == {"Chidinma Okonkwo"}
    assert speakers(text) == ["Chidinma Okonkwo"]


def test_a_trade_before_the_name_makes_a_person() -> None:
    assert people("The singer Ngozi Eze topped the chart for a third week.") == {"Ngozi Eze"}
    assert people("Striker Oluwaseun Adebayo was booked twice.") == {"Oluwaseun Adebayo"}


def test_a_role_set_off_by_a_comma_names_the_chief() -> None:
    text = 'Its chief, Dragomir Pavlek, resigned on Monday. "I have no regrets," he said.'
    assert people(text) == {"Dragomir Pavlek"}
    assert speakers(text) == ["Dragomir Pavlek"]


def test_a_lone_given_name_after_mood_words_speaks() -> None:
    text = ('Marieke Voskuil won the contest. "I cannot believe it," she said. '
            'A tearful Femke said: "It was the best night of my life."')
    assert speakers(text) == ["Marieke Voskuil", "Femke"]


def test_a_lone_surname_after_mood_words_gets_the_full_name() -> None:
    text = 'A jubilant Voskuil said: "We did it." Marieke Voskuil won the vote on Saturday.'
    assert speakers(text) == ["Marieke Voskuil"]


@pytest.mark.parametrize("text", [
    'A tearful Monday said: "Nothing."',
    'A defiant Kessel Foods said: "We will appeal."',
])
def test_mood_words_before_no_name_give_no_person(text: str) -> None:
    assert "Monday" not in speakers(text)
    assert people(text) == set()


def test_korean_surname_park_is_no_place_tail() -> None:
    text = 'Grace Park won the title on Sunday. "It was my day," she said.'
    assert "Grace Park" in people(text)


@pytest.mark.parametrize("text", [
    'Harlow County said the roads would reopen. "It was a long night," she said.',
    "Brenna's Club said the doors would open at nine.",
    'The hikers were found in the Orrin-Mt. Kessow National Park. "They were cold," she said.',
    "Talbot Valley said the vintage was small.",
])
def test_counties_clubs_valleys_and_parks_stay_non_persons(text: str) -> None:
    assert people(text) == set()


def test_a_phrase_glued_to_a_known_name_is_not_cut_mid_sentence() -> None:
    text = ("Juno Vale Awards said nothing. The show moved to the New Vale Awards hall, "
            "and Voskuil said she was glad. Marieke Voskuil sang twice.")
    raws = person_raws(text)
    assert ("Awards", "Juno Vale Awards") not in raws
    assert ("Voskuil", "Marieke Voskuil") in raws


def test_an_opening_word_and_surname_without_a_verb_of_saying_stay_one_run() -> None:
    # No verb of saying: "Later Voskuil" alone is too little to take "Voskuil" for the surname.
    text = "Later Voskuil arrived. Marieke Voskuil won the vote on Saturday."
    assert ("Voskuil", "Marieke Voskuil") not in person_raws(text)
