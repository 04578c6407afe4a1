"""A part counted out of a whole named first: "Of the 46 staff at the three pools, 31 will move".

Invented text throughout. The part readers looked for the whole after the
part ("31 of the 46 staff"), a pronoun after it ("31 of them") or a plural
before the comma ("Staff, 31 of whom"); a fronted whole left the part with
no noun, and it was dropped (extract/frontedparts.py).
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text("Harbour news\n\n" + text, id="s0", published="2026-05-02"))
    return [(m.raw, m.cues) for m in info.mentions if m.slot == "number:count"]


@pytest.mark.parametrize("text, raw, noun", [
    ("Of the 46 staff at the three depots, 31 will move to other sites, the council says.", "31", "staff"),
    ("The ferry line runs a small fleet. Of its 12 boats, nine are more than 30 years old.", "nine", "boat"),
    ("Of the twenty riders who started, about 14 had reached the summit by noon.", "about 14", "rider"),
])
def test_the_part_counts_the_fronted_wholes_noun(text: str, raw: str, noun: str) -> None:
    assert (raw, (noun, "part")) in counts(text)


@pytest.mark.parametrize("text, raw", [
    ("Speaking of the 46 staff at the depot, 31 will move, he said.", "31"),  # not opening the sentence
    ("Of the staff at the depot, 31 will move.", "31"),  # the whole states no figure
    ("Of the 46 staff, £31,000 was paid in overtime.", "£31,000"),  # a sum is no part
])
def test_other_shapes_are_left_alone(text: str, raw: str) -> None:
    assert all(not (r == raw and "part" in cues and "staff" in cues) for r, cues in counts(text))
