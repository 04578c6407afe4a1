"""A moved measure's first figure takes the unit written after the second; "N of which" is a part.

"Pool hours will fall from 60 to 48 hours a week": the unit is written once,
after the second figure, so the first was dropped and another outlet's "48
hours a week instead of 60" had no 60 to agree with (and its 48 no partner
beside a shared 60). A verb of change before "from" says the two figures are
two values of one measure, not the ends of a range ("the trip takes from 10
to 12 hours", which stays as it was).

"The depot will shed 80 jobs, 12 of which are unfilled": "of which" is the
partitive for things, as "of whom" is for people; the part was dropped.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract import numbers
from sourcediff.model import Passage, Span
from sourcediff.text import fold


def read(text: str) -> dict[str, str]:
    article = Article.from_text(text, id="t")
    found = numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))
    return {m.raw: m.canonical for m in found}


@pytest.mark.parametrize("sentence, raw, canonical", [
    ("Opening hours at Dunmore pool will fall from 60 to 48 hours a week.", "60", "60 hour per week"),
    ("The coastal walk was cut from 12 to 9 kilometres after the landslip.", "12", "12 kilometer"),
    ("The pilot scheme has been extended from 40 to 90 days.", "40", "40 day"),
])
def test_the_first_figure_of_a_moved_measure_takes_its_unit(sentence: str, raw: str, canonical: str) -> None:
    assert read(sentence).get(raw) == canonical


def test_a_range_with_no_verb_of_change_gives_no_separate_first_figure() -> None:
    assert "10" not in read("The ferry crossing to Skarna takes from 10 to 12 hours.")


@pytest.mark.parametrize("sentence, raw", [
    ("The depot will shed 80 jobs, 12 of which are unfilled.", "12"),
    ("Brenmoor Retail is closing 40 shops, 11 of which are in Dorvale.", "11"),
])
def test_a_count_after_of_which_is_read(sentence: str, raw: str) -> None:
    assert raw in read(sentence)
