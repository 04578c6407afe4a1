"""Two claim passages that agree on a measure list the same figures: their counts of one noun are rivals.

Invented articles. "Seized 450 kg of cocaine hidden in three lorries" and
"992 pounds of cocaine packed into five lorries" agree on the haul (450 kg
is 992 lb), so they count the same lorries, as two passages agreeing on
"six crew" count the same passages (divergecontext._claim_count_pairs).
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.divergecontext import _measure
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Quantity


def _count_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-06-10") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
                  if f.mentions[0].kind is Kind.NUMBER and f.mentions[0].slot == "number:count")


WIRE = ("Border police at the Kellin crossing seized {} of cocaine hidden in {} lorries on Tuesday, "
        "the largest haul at the crossing this year, the interior ministry said.")
PAPER = ("Officers at the Kellin crossing found {} of cocaine packed into {} lorries, the largest haul "
         "at the crossing this year, according to the interior ministry.")


def test_counts_beside_one_measure_diverge() -> None:
    facts = _count_facts(WIRE.format("450 kg", "three"), PAPER.format("992 pounds", "five"))
    assert ("diverge", ["five", "three"]) in facts, facts


def test_counts_beside_one_measure_in_one_unit_diverge() -> None:
    facts = _count_facts(WIRE.format("1.2 tonnes", "two"), PAPER.format("1.2 tonnes", "four"))
    assert ("diverge", ["four", "two"]) in facts, facts


def test_equal_counts_agree() -> None:
    facts = _count_facts(WIRE.format("450 kg", "three"), PAPER.format("992 pounds", "three"))
    assert all(status != "diverge" for status, _ in facts), facts


def test_a_span_of_time_is_no_measure() -> None:
    """ "In 90 minutes", "for two years" time many things: no evidence that two passages list one haul."""
    def number(amount: str, unit: str | None, slot: str) -> Mention:
        return Mention(kind=Kind.NUMBER, source="a", passage=0, span=Span(0, 1), raw="x",
                       value=Quantity(Decimal(amount), unit), slot=slot)
    assert _measure(number("450", "kg", "number:kg"))
    assert _measure(number("992", "pound", "number:pound"))
    assert not _measure(number("90", "minute", "number:minute"))
    assert not _measure(number("2", "year", "number:year"))
    assert not _measure(number("34", "year", "number:age"))
    assert not _measure(number("3", None, "number:count"))
