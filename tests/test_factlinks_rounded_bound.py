"""A round bound links first to the figure it was rounded from, not to a larger one it merely fits.

"Velmora swapped more than 20 prisoners" against a wire's "exchanged 35
prisoners ... freeing 26 nationals": one passage states the whole and the
part, "more than 20" fits both, and the two links tie on that passage's
score. A writer rounding down to a bound rounds to the step below: 26 is
"more than 20", 35 would be "more than 30". Invented text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind, compare
from sourcediff.factlinks import _round_step, rounded_bound
from sourcediff.model import Mention
from sourcediff.pipeline import analyse


def number_facts(*texts: str) -> list[tuple[str, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-11-19") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.canonical for m in f.mentions))
                  for f in compare(arts).facts if f.kind is Kind.NUMBER)


def figures(text: str) -> list[Mention]:
    info = analyse(Article.from_text(text, id="x", published="2026-11-19"))
    return [m for m in info.mentions if m.kind in (Kind.NUMBER, Kind.MONEY)]


def test_a_round_floor_joins_the_part_it_was_rounded_from() -> None:
    # the bound's passage ties with the wire's lead for 35 and 26: the figure it was rounded from wins
    facts = number_facts(
        "Orlan and Vesk exchanged 35 prisoners at the Tarrow bridge on Thursday, with Orlan freeing 26 "
        "Veski nationals in a deal brokered by Sarnia.",
        "Orlan and Vesk exchanged prisoners at the Tarrow bridge yesterday, with Orlan freeing more than "
        "20 Veski prisoners in a deal brokered by Sarnia.",
        "On Thursday, 26 Veski nationals held in Orlan crossed the Tarrow bridge. The 35 prisoners walked "
        "in two columns.")
    assert ("agree", ["26", "26", "above 20"]) in facts
    assert ("agree", ["35", "35"]) in facts


@pytest.mark.parametrize(("n", "step"), [
    ("20", "10"), ("300", "100"), ("1500", "100"), ("3000", "1000"), ("250", "10"),
    ("25", None), ("7", None), ("2.5", None),
])
def test_the_step_a_bound_was_rounded_to(n: str, step: str | None) -> None:
    assert _round_step(Decimal(n)) == (None if step is None else Decimal(step))


@pytest.mark.parametrize(("bound", "figure", "rounded"), [
    ("Rescuers freed more than 20 people.", "Rescuers freed 26 people.", True),
    ("Rescuers freed more than 20 people.", "Rescuers freed 35 people.", False),  # "more than 30"
    ("The plant employs fewer than 300 people.", "The plant employs 280 people.", True),
    ("The plant employs fewer than 300 people.", "The plant employs 150 people.", False),
    ("The fund lost more than $40 million.", "The fund lost $47 million.", True),
    ("Rescuers freed more than 23 people.", "Rescuers freed 26 people.", False),  # no round bound
    ("Rescuers freed more than 20 people.", "Rescuers freed about 26 people.", False),  # hedged figure
    ("Rescuers freed about 20 people.", "Rescuers freed 22 people.", False),  # a hedge, no bound
])
def test_a_rounded_bound_and_its_figure(bound: str, figure: str, rounded: bool) -> None:
    [b], [f] = figures(bound), figures(figure)
    assert rounded_bound(b, f) is rounded
