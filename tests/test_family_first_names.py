"""Family-name-first names (gaps53): the short form is the first word, and speakers follow it.

Every sentence here is invented. Korean names mark the order with a
hyphenated given name ("Seo-yeon"), Vietnamese ones with a middle name
("Thi", "Van"), and a Chinese name shows it when the article uses its first
word alone ("Li said"). Western names keep the last word as the short form.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.entities import scan
from test_unlisted_given_names import people, speakers


@pytest.mark.parametrize(("text", "short", "full"), [
    ('Park Seo-yeon won the regional title on Sunday. Park said: "We never stopped believing."', "Park",
     "Park Seo-yeon"),
    ('Li Wenjun, 31, finished the course in record time. "It was a hard day," Li said after the race.',
     "Li", "Li Wenjun"),
    ('Nguyen Thi Lan opened the clinic in March. "We needed it for years," Nguyen told reporters.',
     "Nguyen", "Nguyen Thi Lan"),
    ('Tran Van Minh, 52, runs the ferry. "The river is higher than ever," Tran said.', "Tran",
     "Tran Van Minh"),
])
def test_the_first_word_is_the_short_form(text: str, short: str, full: str) -> None:
    assert scan(text).index.person(short) == full
    assert full in people(text)
    assert speakers(text) == [full]


def test_a_quote_after_a_colon_goes_to_the_family_name() -> None:
    text = ('Korean star Choi Min-jun led by two after the third round.\n\n'
            'Choi was gracious in defeat: "My rival simply played better golf today."')
    assert speakers(text) == ["Choi Min-jun"]


def test_vietnamese_family_name_is_not_a_title() -> None:
    assert "Thi Lan" not in people('Nguyen Thi Lan, 40, opened the clinic in March.')


def test_western_names_keep_the_last_word() -> None:
    text = 'Jane Holloway won the vote on Monday. "It was close," Holloway said.'
    assert scan(text).index.person("Holloway") == "Jane Holloway"
    assert speakers(text) == ["Jane Holloway"]


@pytest.mark.parametrize("text", [
    'The Post-war Housing Trust said rents would rise.',
    'Shares in Kremlin-led Ostrava Gas fell on Monday.',
])
def test_hyphenated_prefixes_are_no_given_names(text: str) -> None:
    assert not any("-" in p for p in people(text))


def test_a_first_word_shared_by_two_people_maps_to_neither() -> None:
    text = ('Kim Ha-eun and Kim Do-yun both reached the final.\n\n'
            '"We train together," Kim said.')
    assert scan(text).index.person("Kim") is None
