""" "1,150 MWe": the power trade's electrical megawatts are the general press's megawatts (invented text).

A trade outlet writes a plant's capacity "a 1,150 MWe reactor"; a paper writes
"1,150 megawatts" and a wire "1,150-megawatt". Read as a bare count, the
trade figure stood apart from the capacity the others agreed on. Thermal
megawatts ("3,400 MWt") measure another thing and stay unread as power.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity

PUBLISHED = "2027-02-11"


def _units(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text(text, published=PUBLISHED))
    return [(m.raw, m.value.unit) for m in info.mentions
            if m.kind is Kind.NUMBER and isinstance(m.value, Quantity)]


def test_electrical_megawatts_are_megawatts() -> None:
    text = "Harnby 1, an 880 MWe boiling water reactor, returned to service."
    assert ("880 MWe", "megawatt") in _units(text)
    assert ("1.4 GWe", "gigawatt") in _units("The two units add 1.4 GWe to the grid.")


def test_thermal_megawatts_are_not_read_as_electrical_power() -> None:
    assert not any(unit == "megawatt" for _, unit in _units("The core is rated at 2,600 MWt."))


def test_a_trade_capacity_in_mwe_agrees_with_the_papers_megawatts() -> None:
    texts = ["Harnby 1, an 880 MWe boiling water reactor, returned to the grid on Monday.",
             "The 880-megawatt Harnby 1 reactor returned to the grid on Monday.",
             "Harnby 1 and its 880 megawatts are back on the grid since Monday."]
    arts = [Article.from_text(t, id=f"s{i}", published=PUBLISHED) for i, t in enumerate(texts)]
    facts = [f for f in compare(arts).facts if any("880" in m.raw for m in f.mentions)]
    assert len(facts) == 1 and facts[0].status.value == "agree", [(f.status, [m.raw for m in f.mentions])
                                                                   for f in facts]
