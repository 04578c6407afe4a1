""""N of them" reads its whole across a clock time or decimal figure in the sentence (invented text).

"Twelve people were hurt at the depot at 7.45am, and three of them were
taken to hospital": the point in "7.45am" was read as a full stop between
the whole and its part, so the part was dropped while another outlet's
"Twelve people were hurt and three of them were taken to hospital" kept its
three. A real full stop between them still breaks the tie.
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


def test_a_clock_time_with_a_point_between_the_whole_and_its_part() -> None:
    found = counts("Twelve people were hurt at the Brenlow depot at 7.45am on Friday, "
                   "and three of them were taken to hospital.")
    assert Decimal(3) in found
    assert "role:injured" in found[Decimal(3)]


def test_a_full_stop_between_the_whole_and_its_part_still_breaks() -> None:
    found = counts("Twelve people were hurt at the Brenlow depot on Friday. Later three of them were taken "
                   "to hospital.")
    assert Decimal(3) not in found or "role:injured" not in found[Decimal(3)]
