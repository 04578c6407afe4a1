"""A lone measure, an agreed measure with two digits swapped, joins it as a divergence (lonemeasureswaps)."""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.model import Verdict
from sourcediff.values import Quantity

AGREED = (
    "The salvage crew lifted the sunken ferry Orla Brae, which weighs 3,125 tonnes, from Palvane Sound "
    "on Monday.",
    "Divers helped raise the 3,125 tonnes ferry Orla Brae from the bed of Palvane Sound on Monday.",
    "The ferry Orla Brae, all 3,125 tonnes of it, was lifted from Palvane Sound by two floating cranes.",
)
# A tabloid's lead, in words of its own, with two digits swapped.
LONE = "Monster 3,152 tonnes wreck hauled from the deep as stunned locals cheer from the harbour wall."
# The same lead with a figure that is no digit swap of the agreed one.
OTHER = "Monster 2,900 tonnes wreck hauled from the deep as stunned locals cheer from the harbour wall."


def _facts_with(texts: tuple[str, ...]) -> list[tuple[set[Decimal], Verdict]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-05-12") for n, t in enumerate(texts)]
    out = []
    for f in compare(arts).facts:
        amounts = {m.value.amount for m in f.mentions
                   if isinstance(m.value, Quantity) and m.value.unit == "tonne"}
        if amounts:
            out.append((amounts, f.status))
    return out


def test_a_swapped_measure_joins_the_agreed_one_as_divergence() -> None:
    facts = _facts_with((*AGREED, LONE))
    assert ({Decimal(3125), Decimal(3152)}, Verdict.DIVERGE) in facts, facts


def test_a_figure_that_is_no_swap_stays_apart() -> None:
    facts = _facts_with((*AGREED, OTHER))
    assert not any(Decimal(2900) in a and Decimal(3125) in a for a, _v in facts), facts
