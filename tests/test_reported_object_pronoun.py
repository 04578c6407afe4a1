"""A "she said" after "X said the result gave Ms Y ..." is X's, not Y's (invented text).

Y's title shows she takes "she" and X's does not ("Dr", "Prof"), so the
resolver took the woman named since the subject. But Y is who X spoke
about: the sentence's subject was saying something, and the quote that
follows continues her words.
"""

from __future__ import annotations

from test_unlisted_given_names import speakers


def test_the_woman_named_in_the_subjects_words_does_not_take_the_quote() -> None:
    text = ('Ms Anwen Corbel won the vote on Thursday. "We start today," she said.\n\n'
            'Prof Idris Vantongeren, who studies elections at Ashmere College, said the result gave '
            'Ms Corbel a mandate but no majority. "It is a start, not a landslide," she said.')
    assert speakers(text) == ["Anwen Corbel", "Idris Vantongeren"]


def test_a_woman_named_since_the_subject_in_a_new_sentence_still_takes_it() -> None:
    text = ('Prof Idris Vantongeren, who studies elections at Ashmere College, was cautious. '
            'But for Ms Anwen Corbel, the night was a triumph. "We start today," she said.')
    assert speakers(text) == ["Anwen Corbel"]


def test_the_subject_who_did_not_speak_leaves_the_old_reading() -> None:
    text = ('Prof Idris Vantongeren, who studies elections at Ashmere College, met Ms Anwen Corbel '
            'on Friday. "We start today," she said.')
    assert speakers(text) == ["Anwen Corbel"]
