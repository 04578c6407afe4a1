"""A full name closing an apposition before "is N": "Her sister, Ana Ruiz, is 84." gives an age (issue #11).

"Ana Ruiz was 30 when ..." was read as an age (a full name, then "was" or
"is", then a figure ending its clause), but the same name closing an
apposition has a comma before the verb ("The driver, Tom Reyes, was 34."),
and the figure counted nothing and was dropped while another outlet's "Tom
Reyes, 34," was an age. The comma is now allowed; a unit or a noun after
the figure ("was 34 points clear") still keeps it a count. Every sentence
is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import numbers
from sourcediff.model import Article
from sourcediff.segment import segment


def read(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t", published="2026-11-19")
    return [(m.raw, m.slot) for m in numbers.extract(article, segment(article))]


@pytest.mark.parametrize(("text", "raw"), [
    ("Her eldest sister, Ana Ruiz, is 84.", "84"),
    ("The driver, Tom Reyes, was 34.", "34"),
    ("The lorry's owner, Petra Lindqvist, is 61, police said.", "61"),
])
def test_the_apposed_full_name_is_that_age(text: str, raw: str) -> None:
    assert read(text) == [(raw, "number:age")]


def test_a_unit_after_the_figure_keeps_it_a_count() -> None:
    assert read("The winner, Tom Reyes, was 34 points clear.") == [("34", "number:count")]
