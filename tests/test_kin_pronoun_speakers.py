"""A "he told the Courier" after "Her dad Pieter ..." is the relative's (gaps53).

Every sentence here is invented. A relative named by a given name alone is
no person of the scan, so the pronoun went to whoever spoke last (a coach, the
winner). The kin noun tells the pronoun, so the nearest fitting antecedent
takes the quote; a relative of the other pronoun is passed over.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract.speakers import kin_subjects
from sourcediff.model import Kind
from test_unlisted_given_names import speakers


def test_the_father_named_since_takes_he() -> None:
    text = ('Rosa Delmont won the race on Sunday. Her coach Tomas Brill said: "She was superb."\n\n'
            'Her father Pieter, a retired baker, flew in on Friday.\n\n'
            '"I cried all day," he told the Courier.')
    assert speakers(text) == ["Tomas Brill", "Pieter"]


def test_a_relative_of_the_other_pronoun_is_passed_over() -> None:
    text = ('Rosa Delmont won the race on Sunday. Her coach Tomas Brill said: "She was superb."\n\n'
            'His mother Ilse watched from the stands.\n\n'
            '"We planned every lap," he told the Courier.')
    assert speakers(text) == ["Tomas Brill", "Tomas Brill"]


def test_a_sister_named_since_takes_she() -> None:
    text = ('Coach Tomas Brill praised the team. "They were superb," he said.\n\n'
            'His sister Mina watched from the stands.\n\n'
            '"It was wonderful," she told the Courier.')
    assert speakers(text) == ["Tomas Brill", "Mina"]


def test_a_relative_named_before_the_speaker_does_not_take_the_quote() -> None:
    text = ('Her father Pieter flew in on Friday.\n\n'
            'Tomas Brill, the coach, watched every lap. "We planned it," he said.')
    assert speakers(text) == ["Tomas Brill"]


def test_kin_subjects_want_a_sentence_start_and_a_given_name_alone() -> None:
    found = kin_subjects('Her dad Graham, a postman, flew out. She met her dad Graham there. '
                         'His brother Leo Marsh spoke.')
    assert [(name, noun, pronoun) for _, name, noun, pronoun in found] == [("Graham", "dad", "he")]


def test_a_relative_tied_to_a_named_owner_takes_she() -> None:
    text = ('Panel chair Rhona Vell said the officer had "no regard for the public".\n\n'
            "Tomas's mum Brenda, 48, cried as the ruling was read out.\n\n"
            '"We have waited so long for this day," she said.')
    assert speakers(text) == ["Rhona Vell", "Brenda"]


def test_kin_subjects_read_a_named_owner_but_not_a_full_name_or_a_mid_sentence_kin() -> None:
    found = kin_subjects("Ada Rowe's younger brother Ned said little. "
                         "Labour's shadow minister Jo Marsh spoke. Police met Tomas's mum Brenda there.")
    assert [(name, noun, pronoun) for _, name, noun, pronoun in found] == [("Ned", "brother", "he")]


def _story_speakers(*texts: str) -> dict[str, set[str]]:
    arts = [Article.from_text(text, id=f"s{n}", published="2026-12-10") for n, text in enumerate(texts)]
    return {info.article.id: {m.speaker for m in info.mentions if m.kind is Kind.QUOTE and m.speaker}
            for info in compare(arts).sources}


TABLOID = ('Panel chair Rhona Vell said the officer had "no regard for the public".\n\n'
           "Tomas's mum Brenda, 48, cried as the ruling was read out.\n\n"
           '"We have waited so long for this day," she said.')


def test_a_relative_named_by_a_given_name_takes_the_full_name_another_outlet_gives() -> None:
    wire = 'Brenda Callow, the man\'s mother, said: "He still has headaches every morning."'
    assert _story_speakers(TABLOID, wire)["s0"] == {"Rhona Vell", "Brenda Callow"}


def test_two_people_of_that_given_name_in_the_story_leave_it_alone() -> None:
    wire = ('Brenda Callow, the man\'s mother, said: "He still has headaches every morning." '
            'Brenda Oake, a neighbour, said: "We all saw it."')
    assert _story_speakers(TABLOID, wire)["s0"] == {"Rhona Vell", "Brenda"}
