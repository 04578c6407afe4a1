"""An age in millions of years is a find's one age, however an outlet puts it (issue #11).

"Swam in a shallow sea 95 million years ago", "Age: 95 million years" and
"dated to approximately 91 million years" give one fossil's age: before,
the "ago" kept the first apart from the others (a time counted back, not
a span), and the three sentences, worded apart, met in no claim, so each
stood as a detail only one source had. Now a span of a million years or
more is one family with or without "ago", and each outlet's lone such
figure is weighed against the others' (`divergeslots._lone_measure_pairs`).
Every name and sentence is invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import compare
from sourcediff.compat import deep_time
from sourcediff.model import Article, Kind, Verdict
from sourcediff.values import Quantity

WIRE = """Sea reptile named from Ardley cliff fossil

ARDLEY, March 3 - Scientists have named a new long-necked sea reptile, Ardleysaurus vennae, from a skeleton
found in a cliff fall in 2019.

The animal swam in a shallow tropical sea 95 million years ago, the team from Ardley College said.

It was about 6 metres long.
"""
NEWSLETTER = """Our cliff reptile has a name

The skeleton that walker Ros Venn spotted after the 2019 cliff fall is a new species, the college says.

- Length: six metres.
- Age: 95 million years.
- Where: the east cliff path.
"""
TRADE = """Ardleysaurus vennae described

The specimen comes from a chalk marl that the authors date, using microfossils,
to approximately 91 million years, the middle of the Cretaceous.

The skeleton was recovered from the east cliff after a fall in 2019.
"""


def ages(*texts: str) -> list[tuple[Verdict, set[str]]]:
    report = compare([Article.from_text(t, id=f"s{i}") for i, t in enumerate(texts)])
    return [(f.status, {m.source for m in f.mentions}) for f in report.facts
            if f.kind is Kind.NUMBER and any("million years" in m.raw for m in f.mentions)]


def test_an_age_ago_and_a_bare_age_agree() -> None:
    assert ages(WIRE, NEWSLETTER) == [(Verdict.AGREE, {"s0", "s1"})]


def test_a_different_age_in_an_unaligned_paragraph_diverges() -> None:
    assert ages(WIRE, NEWSLETTER, TRADE) == [(Verdict.DIVERGE, {"s0", "s1", "s2"})]


def test_two_ages_in_one_source_are_not_weighed_alone() -> None:
    two = TRADE.replace("the middle of the Cretaceous",
                        "some 25 million years before the last dinosaurs died")
    found = ages(WIRE, two)
    assert all(v is not Verdict.DIVERGE for v, _ in found)


@pytest.mark.parametrize(("amount", "unit", "deep"), [
    ("95000000", "year", True), ("1000000", "year", True), ("66000", "century", True),
    ("999999", "year", False), ("30", "year", False), ("95000000", "kg", False),
])
def test_deep_time_starts_at_a_million_years(amount: str, unit: str, deep: bool) -> None:
    assert deep_time(Quantity(Decimal(amount), unit)) is deep
