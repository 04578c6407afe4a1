"""A "she said" after "club chairman Odile Marchbank ..." is hers (story162).

Every sentence here is invented. "chairman" was read as a he-word, so a
woman given that title (as outlets often do) was marked "he" and her own
quote, closed by "she said", went to the man who spoke before her. The title
shows no pronoun either way; "chairwoman" still shows "she".
"""

from __future__ import annotations

from sourcediff.extract.pronouns import HE, SHE, pronoun_of
from test_unlisted_given_names import speakers

_INSPECTOR = 'The harbour inspector, Colm Ferraday, said on Monday: "We will look at every mooring."\n\n'


def test_a_chairman_who_is_a_woman_takes_her_quote() -> None:
    text = (_INSPECTOR + 'Sailing club chairman Odile Marchbank said members had complained for years.\n\n'
            '"Nobody has told us who pays for the damage," she said.')
    assert speakers(text) == ["Colm Ferraday", "Odile Marchbank"]


def test_a_chairman_who_is_a_man_still_takes_his_quote() -> None:
    text = (_INSPECTOR + 'Sailing club chairman Ewan Tredgold said members had complained for years.\n\n'
            '"Nobody has told us who pays for the damage," he said.')
    assert speakers(text) == ["Colm Ferraday", "Ewan Tredgold"]


def test_the_title_alone_shows_no_pronoun_but_its_marked_forms_do() -> None:
    assert (pronoun_of("chairman"), pronoun_of("chairwoman"), pronoun_of("spokesman")) == ("", SHE, HE)
