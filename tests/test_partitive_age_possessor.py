"""A part "of the 34-year-old's papers" counts the papers (invented text).

British copy names a person by age once introduced ("the 61-year-old", "the
34-year-old's lawyer"). A part of that person's things, "27 of the
61-year-old's patents", counted nothing: the possessive that `_counted_noun`
reads past before the noun had to begin with a letter ("of the inventor's
patents"), so the figure was dropped while another outlet's "27 patents" was
read. The age's own figure stays an age, never the whole of the part.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _numbers(text: str) -> dict[str, tuple[str, str | None]]:
    info = analyse(Article.from_text(text, published="2027-03-02"))
    return {m.raw: (m.slot, getattr(m.value, "unit", None))
            for m in info.mentions if m.kind is Kind.NUMBER}


@pytest.mark.parametrize(("text", "figure", "age"), [
    ("The tribunal examined 27 of the 61-year-old's patents before ruling.", "27", "61-year-old"),
    ("Auditors questioned 12 of the 45-year-old’s expense claims last spring.", "12", "45-year-old"),
])
def test_a_part_of_an_aged_possessor_counts_its_noun(text: str, figure: str, age: str) -> None:
    found = _numbers(text)
    assert found[figure][0] == "number:count"
    assert found[age][0] == "number:age"


def test_a_part_of_a_named_possessor_is_still_read() -> None:
    found = _numbers("The tribunal examined 27 of the inventor's patents before ruling.")
    assert found["27"][0] == "number:count"
