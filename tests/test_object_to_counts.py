"""A verb that moves its object to a new level ("cuts the council's majority to 12") states a count.

One outlet writes "the loss cuts the alliance's working majority in the
assembly to 12 seats", another "slashes the alliance's working majority to
12" and a third "reduces the alliance's working majority to 12." with no noun
after the figure. The bare figure was dropped as noise, so the first
outlet's count met nothing. The object's head noun, named before "to", is
what the figure counts; labels and units named there (a page, a level, an
age) stay bare figures.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import numbers
from sourcediff.model import Article, Mention, Passage, Span
from sourcediff.text import fold


def found(text: str) -> list[str]:
    article = Article.from_text(text, id="t")
    ms: tuple[Mention, ...] = numbers.extract(
        article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))
    return [m.raw for m in ms]


@pytest.mark.parametrize(("text", "raw"), [
    ("The loss slashes the alliance's working majority to 12 and leaves ministers exposed.", "12"),
    ("Her defection reduces the alliance's working majority to 12.", "12"),
    ("Brennick Air has cut its fleet to 40 after the strike.", "40"),
    ("The merger trims Osterlund's workforce to 1,850.", "1,850"),
])
def test_an_object_moved_to_a_figure_is_counted(text: str, raw: str) -> None:
    assert raw in found(text)


@pytest.mark.parametrize(("text", "raw"), [
    ("The printers cut the page to 12 and sent it back.", "12"),
    ("The board reduced the age to 16 for junior members.", "16"),
])
def test_no_count_without_a_counted_object(text: str, raw: str) -> None:
    assert raw not in found(text)
