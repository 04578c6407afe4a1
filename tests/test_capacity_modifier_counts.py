"""A hyphenated count of a building's capacity units: "a 420-place school" counts places, as "a 300-bed
hospital" counts beds (extract/numberclassify._COUNTED_PARTS)."""

from __future__ import annotations

import pytest

from sourcediff.extract import numbers
from sourcediff.model import Article, Passage, Span
from sourcediff.text import fold


def counts(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    article = Article.from_text(text, id="t")
    found = numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))
    return [(m.raw, m.slot, m.cues) for m in found]


@pytest.mark.parametrize(("text", "raw", "noun"), [
    ("The developer will fund a 420-place primary school on the site.", "420-place", "place"),
    ("A 60-place nursery opens in the spring.", "60-place", "place"),
    ("The group bought a 120-room hotel near the station.", "120-room", "room"),
    ("Inspectors published a 96-page report on Monday.", "96-page", "page"),
    ("The plan adds a six-platform station to the line.", "six-platform", "platform"),
])
def test_a_capacity_modifier_counts_its_noun(text: str, raw: str, noun: str) -> None:
    assert (raw, "number:count", (noun,)) in counts(text)


def test_a_bare_place_is_still_no_count() -> None:
    # "place" after a bare figure labels a rank or a line of a list, not a count of places.
    assert not [c for c in counts("The club sits in place 4 of the table.") if c[2] == ("place",)]
