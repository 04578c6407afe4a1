"""A fact box's figure takes the unit its label opens with ("Miles driven by the vans: 38,000").

Invented text. The box writes the unit once, in the label; its bare figure
was read as a count of miles and never met another outlet's "38,000 miles",
a measure, so the two stood as two facts each only one source had.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def numbers(text: str) -> list[tuple[str, str]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-03-04")).mentions
    return [(m.raw, m.slot) for m in ms if m.kind.value == "number"]


@pytest.mark.parametrize(("row", "raw", "slot"), [
    ("Miles driven by the depot's lorries: 41,500", "41,500", "number:mile"),
    ("Tonnes of grain shipped: 2,300", "2,300", "number:tonne"),
    ("Kilometres of new cycle lane: 18", "18", "number:kilometer"),
])
def test_a_label_opening_with_a_unit_gives_the_figure_that_unit(row: str, raw: str, slot: str) -> None:
    assert (raw, slot) in numbers(f"Key figures\n\n{row}\n\nStaff: 40")


@pytest.mark.parametrize(("row", "raw"), [
    ("Lorries on the road: 14", "14"),
    ("Trips over 100 miles: 12", "12"),
])
def test_a_label_naming_no_unit_first_stays_a_count(row: str, raw: str) -> None:
    assert (raw, "number:count") in numbers(f"Key figures\n\n{row}\n\nStaff: 40")


def test_the_row_meets_the_sentence() -> None:
    wire = Article.from_text("The depot's lorries drove 41,500 miles last winter to reach the farms, "
                             "the cooperative said.", id="wire", published="2026-03-04")
    box = Article.from_text("Cooperative in numbers\n\nMiles driven by the depot's lorries: 41,500\n\n"
                            "Farms reached: 212", id="box", published="2026-03-04")
    facts = [f for f in compare([wire, box]).facts if "41,500" in f.summary]
    assert [f.status.value for f in facts] == ["agree"], [f.summary for f in facts]
