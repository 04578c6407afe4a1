"""A part counted out of a plural noun with no figure: "Members, around 600 of whom live nearby".

Invented text throughout. "N of whom" was read only through a count before
it (numbercontext._partitive); when the noun phrase it points back to states
no figure, the part counted nothing and was dropped (extract/relativeparts.py).
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text("Harbour news\n\n" + text, id="s0", published="2026-05-02"))
    return [(m.raw, m.cues) for m in info.mentions if m.slot == "number:count"]


@pytest.mark.parametrize("text, raw, noun", [
    ("Allotment holders, around 310 of whom grow vegetables, will pay more.", "around 310", "holder"),
    ("The marchers, more than 200 of whom were nurses, reached the quay.", "more than 200", "marcher"),
    ("The stalls, 45 of which sell fish, open at dawn.", "45", "stall"),
])
def test_the_part_counts_the_plural_noun_before_the_comma(text: str, raw: str, noun: str) -> None:
    assert (raw, (noun, "part")) in counts(text)


def test_a_count_before_still_gives_its_noun() -> None:
    # "900 members, 600 of whom": the count before reads the part, as before (numbercontext._partitive)
    assert counts("The club has 900 members, 600 of whom live in the town.")[1] == ("600", ("member", "part"))


@pytest.mark.parametrize("text, noun", [
    ("In the spring, 45 of which were sunny, the ferry ran daily.", "spring"),  # no plural noun
    ("The wardens, 12 of them volunteers, walked the path.", "warden"),  # "of them" is left to a count before
])
def test_other_shapes_are_left_alone(text: str, noun: str) -> None:
    assert all(cues != (noun, "part") for _, cues in counts(text))
