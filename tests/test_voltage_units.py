""" "345 kV": a power line's or a substation's voltage is a figure, and meets the same voltage in volts.

The utility trade writes a line's voltage "345 kV", a paper "a 345-kilovolt
line" or "a 345,000-volt line". Left unread, the trade outlet's figure was no
fact at all, so a detail only it gave was lost; read, the three spellings are
one voltage, and two different voltages of one line diverge. Invented text.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity

PUBLISHED = "2027-08-03"


def _units(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text(text, published=PUBLISHED))
    return [(m.raw.strip(), m.value.unit) for m in info.mentions
            if m.kind is Kind.NUMBER and isinstance(m.value, Quantity)]


def test_kilovolts_are_read_in_every_spelling() -> None:
    assert ("230 kV", "kilovolt") in _units("Brenmoor Power will string a 230 kV line to the smelter.")
    assert any(u == "kilovolt" and "230" in r
               for r, u in _units("The utility plans a 230-kilovolt line across the moor."))
    assert any(u == "volt" and "230,000" in r
               for r, u in _units("The utility plans a 230,000-volt line across the moor."))


def test_voltages_in_kilovolts_and_volts_agree_across_sources() -> None:
    texts = ["Brenmoor Power will string a 230 kV line to the Ashcombe smelter by 2029.",
             "A 230,000-volt line will link the Ashcombe smelter to the grid, Brenmoor Power said.",
             "The Ashcombe smelter is to get a 230-kilovolt connection from Brenmoor Power."]
    arts = [Article.from_text(t, id=f"s{i}", published=PUBLISHED) for i, t in enumerate(texts)]
    facts = [f for f in compare(arts).facts if any("230" in m.raw for m in f.mentions)]
    assert len(facts) == 1 and facts[0].status.value == "agree", [(f.status, [m.raw for m in f.mentions])
                                                                   for f in facts]
    assert len({m.source for m in facts[0].mentions}) == 3


def test_a_different_voltage_diverges() -> None:
    texts = ["Brenmoor Power will string a 230 kV line to the Ashcombe smelter by 2029.",
             "Brenmoor Power will string a 138 kV line to the Ashcombe smelter by 2029."]
    arts = [Article.from_text(t, id=f"s{i}", published=PUBLISHED) for i, t in enumerate(texts)]
    facts = [f for f in compare(arts).facts if any("kV" in m.raw for m in f.mentions)]
    assert [f.status.value for f in facts] == ["diverge"], [(f.status, [m.raw for m in f.mentions])
                                                            for f in facts]
