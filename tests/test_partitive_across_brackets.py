""""N of them" reads its whole across a closed bracket in the sentence (invented text).

"Inspectors checked 300 lorries run by Oskavel Freight (OF), the haulier,
and found that 45 of them were overloaded": the acronym in brackets is an
aside of the sentence, not a break between the part and its whole, and the
45 was dropped while another outlet's "45 of the 300 lorries" was kept. A
figure inside an open bracket, or a whole inside a bracket the part does
not share, stays apart.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def counts(text: str) -> dict[Decimal, tuple[str, ...]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-06-09")).mentions
    return {m.value.amount: m.cues for m in ms
            if m.kind is Kind.NUMBER and m.slot == "number:count" and isinstance(m.value, Quantity)}


def test_an_acronym_in_brackets_between_the_whole_and_its_part() -> None:
    found = counts("Inspectors checked 300 lorries run by Oskavel Freight (OF), the haulier, "
                   "and found that 45 of them were overloaded.")
    assert Decimal(45) in found
    assert "lorry" in found[Decimal(45)]


def test_a_whole_inside_a_bracket_is_no_whole() -> None:
    found = counts("The union (which has 300 members) said 45 of them would strike.")
    assert Decimal(45) not in found
