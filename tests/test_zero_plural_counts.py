"""A figure right before a noun whose plural is its singular ("bases eight aircraft") is a count of it.

`amounts.is_plural` says no to "aircraft" or "sheep", so "eight jets" was
read and "eight aircraft" was not. Only the word right after the figure is
taken: a fact box's "Aircraft: 18" keeps its reading.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def counts(body: str) -> list[tuple[str, tuple[str, ...]]]:
    article = Article.from_text("Regional airline expands\n\n" + body, id="s0", published="2026-05-02")
    return [(m.raw, m.cues) for m in analyse(article).mentions
            if m.kind is Kind.NUMBER and m.slot.endswith(":count")]


@pytest.mark.parametrize(("body", "raw", "noun"), [
    ("Skyline Connect, which bases eight aircraft at Harrowfield, cancelled its evening flights.",
     "eight", "aircraft"),
    ("The carrier flies 23 aircraft on domestic routes.", "23", "aircraft"),
    ("Floodwater drowned 400 sheep on farms along the valley.", "400", "sheep"),
    ("Rangers counted twelve deer in the burned woodland.", "twelve", "deer"),
])
def test_a_zero_plural_after_a_figure_is_counted(body: str, raw: str, noun: str) -> None:
    assert (raw, (noun,)) in counts(body)


def test_one_aircraft_is_still_a_count_of_one() -> None:
    assert ("one", ("aircraft",)) in counts("Only one aircraft left the stand while the drone was seen.")


def test_a_zero_plural_further_on_counts_nothing() -> None:
    found = counts("The airline runs three Harrowfield aircraft maintenance hangars on the site.")
    assert not any(cues == ("aircraft",) for _, cues in found)


def test_a_zero_plural_modifying_a_plural_leaves_the_plural_counted() -> None:
    assert ("two", ("carrier",)) in counts("The navy sent two aircraft carriers to the strait.")
