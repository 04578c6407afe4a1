""""N of them" takes up the count before it across the count's period (invented text).

"23 cyclists were injured on the road in the three years to 2026, four of
them seriously": "three years" stood between the count and its part, and
"of them" was read against that period, so the part counted nothing and was
dropped as a bare figure; a wire's unique detail (four seriously hurt)
never became its fact. "of which" after a period is left to the period
("over ten years, of which three ..."), and a period with no count before
it gives the part nothing.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def counts(text: str) -> dict[Decimal, tuple[str, ...]]:
    ms = analyse(Article.from_text(text, id="x", published="2027-03-09")).mentions
    return {m.value.amount: m.cues for m in ms
            if m.kind is Kind.NUMBER and m.slot == "number:count" and isinstance(m.value, Quantity)}


def test_the_part_reads_the_count_across_its_period() -> None:
    found = counts("Police said 31 pedestrians were hurt at the crossing in the four years to 2026, "
                   "six of them seriously.")
    assert "pedestrian" in found[Decimal(6)] and "part" in found[Decimal(6)]


def test_of_whom_after_months() -> None:
    found = counts("The clinic treated 840 patients over 18 months, 95 of whom needed surgery.")
    assert "patient" in found[Decimal(95)]


def test_a_period_with_no_count_before_gives_nothing() -> None:
    found = counts("He spent 12 years at the club, eight of them as captain.")
    assert Decimal(8) not in found


def test_of_which_after_a_period_stays_with_the_period() -> None:
    found = counts("The 40 staff worked there for 12 years, eight of which were spent abroad.")
    assert "staff" not in found.get(Decimal(8), ())
