"""Small lengths in two units, and a bare "6.84m" that another source gives in metres.

A rainfall or a snow depth is "212 mm" in one outlet and "8.3 inches" in
another; a level is "6.84 metres" in one and "6.84m" in a regional paper,
where the glued "m" would otherwise read as millions. A length in
millimetres and one in feet far apart in size are two measures, never one
fact's rival values.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.compat import comparable, compatible
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Quantity


def quantity(amount: str, unit: str) -> Mention:
    return Mention(Kind.NUMBER, "s", 0, Span(0, 1), amount, Quantity(Decimal(amount), unit), f"number:{unit}")


def test_millimetres_inches_and_centimetres_are_one_dimension() -> None:
    assert compatible(quantity("212", "millimeter"), quantity("8.3", "inch"))
    assert compatible(quantity("30", "centimeter"), quantity("12", "inch"))
    assert not compatible(quantity("250", "millimeter"), quantity("8.3", "inch"))
    assert comparable(quantity("250", "millimeter"), quantity("8.3", "inch"))


def test_lengths_an_order_of_magnitude_apart_in_two_units_are_two_measures() -> None:
    assert not comparable(quantity("250", "millimeter"), quantity("22.4", "foot"))
    assert comparable(quantity("7", "meter"), quantity("22.4", "foot"))
    assert comparable(quantity("250", "meter"), quantity("2", "meter"))  # one unit: a rival figure


def facts(*texts: str) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2025-03-11") for n, t in enumerate(texts)]
    return sorted((f.status.value, frozenset(m.raw for m in f.mentions)) for f in compare(articles).facts
                  if any(c.isdigit() for m in f.mentions for c in m.raw))


WIRE = ("The lake at Pomery Dam rose to 4.37 metres on Monday, the water board said. "
        "Some 160 mm of rain fell on the hills above it in two days.")
PAPER = ("The lake at Pomery Dam hit 4.37m on Monday as water poured over the spillway. "
         "Almost 6.3 inches of rain fell on the hills above it in two days.")


def test_a_bare_m_is_metres_when_another_source_gives_that_figure_in_metres() -> None:
    found = facts(WIRE, PAPER)
    assert ("agree", frozenset({"4.37 metres", "4.37m"})) in found
    assert ("agree", frozenset({"Some 160 mm", "Almost 6.3 inches"})) in found


def test_a_bare_m_stays_millions_without_such_a_source() -> None:
    lone = Article.from_text("The region's 2.5m residents were told to save water.", id="s0",
                             published="2025-03-11")
    other = Article.from_text("The lake at Pomery Dam rose to 4.37 metres on Monday.", id="s1",
                              published="2025-03-11")
    values = {m.raw: m.value for f in compare([lone, other]).facts for m in f.mentions}
    assert values["2.5m"] == Quantity(Decimal(2500000))
