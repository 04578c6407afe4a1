"""A count in a sample's volume: "12 CFU/100 mL" is "12 colonies per 100 millilitres" (boilwater story)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def measures(text: str) -> list[tuple[str, str, Quantity]]:
    s = analyse(Article.from_text(text, id="s0", published="2026-11-19"))
    return [(m.raw, m.slot, m.value) for m in s.mentions if isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "amount", "unit"), [
    ("Samples from the Orley reservoir held 12 CFU/100 mL of E. coli.", "12", "per 100 milliliter"),
    ("Tests found 12 colonies per 100 millilitres in water leaving the plant.", "12", "per 100 milliliter"),
    ("The highest count was 12 per 100 mL, the utility said.", "12", "per 100 milliliter"),
    ("Bathing water at Selby Sands held 240 enterococci per 100 ml on Monday.", "240", "per 100 milliliter"),
    ("The lab counted 35 coliforms per 100 ml.", "35", "per 100 milliliter"),
    ("Her count fell to 200 cells per microlitre.", "200", "per microliter"),
])
def test_a_count_in_a_volume_is_one_measure(text: str, amount: str, unit: str) -> None:
    found = [(raw, value) for raw, slot, value in measures(text) if slot == f"number:{unit}"]
    assert len(found) == 1
    assert (found[0][1].amount, found[0][1].unit) == (Decimal(amount), unit)
    # the volume's own "100" is no count of its own
    assert [raw for raw, slot, _ in measures(text) if slot == "number:count"] == []


@pytest.mark.parametrize("text", [
    "The rate is 12 per 100,000 people, the agency said.",  # a rate per head, not per volume
    "Levels reached 3.6 ng/mL in the sample.",  # a mass concentration keeps its own unit
    "Diesel cost 150 pence per litre at the pump.",  # a price
    "The tanker carried 12,000 litres of milk.",
])
def test_no_count_in_a_volume_elsewhere(text: str) -> None:
    slots = [slot for _, slot, _ in measures(text)]
    assert [s for s in slots if "per 100" in s or s.endswith("per microliter")] == []


def test_a_lab_figure_and_a_papers_figure_of_one_test_agree() -> None:
    trade = ("Three of the 18 samples taken at the Orley works tested positive for E. coli, with counts "
             "of up to 9 CFU/100 mL, Marlow Water said.")
    paper = ("Marlow Water said E. coli was found in samples taken at the Orley works, at up to nine "
             "colonies per 100 millilitres of water.")
    report = compare([Article.from_text(trade, id="a", published="2026-11-19"),
                      Article.from_text(paper, id="b", published="2026-11-19")])
    [fact] = [f for f in report.facts if f.kind is Kind.NUMBER and "100" in f.mentions[0].raw]
    assert fact.status is Verdict.AGREE
    assert sorted(m.source for m in fact.mentions) == ["a", "b"]


@pytest.mark.parametrize(("text", "amount"), [
    ("Tests found 2,400 colony-forming units of E. coli per 100 millilitres of seawater.", "2400"),
    ("The first sample held 310 units of E. coli per 100ml of water.", "310"),
    ("The lab counted 88 colonies of intestinal enterococci per 100 ml.", "88"),
])
def test_what_was_counted_may_stand_between_the_figure_and_the_volume(text: str, amount: str) -> None:
    """A paper names the bacteria between the figure and "per 100ml": still one count in a volume."""
    found = [value for _, slot, value in measures(text) if slot == "number:per 100 milliliter"]
    assert [v.amount for v in found] == [Decimal(amount)]
    assert [raw for raw, slot, _ in measures(text) if slot in ("number:count", "number:liter")] == []


def test_units_of_something_without_a_volume_stay_counts() -> None:
    assert [s for _, s, _ in measures("The council built 300 units of housing per year.")
            if s.startswith("number:per ")] == []
