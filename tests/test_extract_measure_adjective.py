"""A count before a measure written as an adjective counts the noun after the measure.

Invented sentences. "Three 40-foot containers" counts containers, as
"three containers" does; the measure ("40-foot") stays a figure of its own.
Before, the digits of the measure ended the count's noun phrase and the
count was lost, so a tabloid's "four shipping containers" had no rival.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def numbers(text: str) -> list[tuple[str, Quantity, str, tuple[str, ...]]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-11-16")).mentions
    return [(m.raw, m.value, m.slot, m.cues) for m in ms
            if m.kind is Kind.NUMBER and isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "raw", "amount", "noun"), [
    ("Officers opened three 40-foot containers at the terminal.", "three", 3, "container"),
    ("Officers opened 3 40-foot containers at the terminal.", "3", 3, "container"),
    ("The council will build two 12-storey towers on the old depot site.", "two", 2, "tower"),
    ("Police seized four 20-litre drums of diesel from the barn.", "four", 4, "drum"),
    ("The yard launched five 5,000-tonne barges last year.", "five", 5, "barge"),
])
def test_the_count_counts_the_noun_after_the_measure(text: str, raw: str, amount: int, noun: str) -> None:
    found = numbers(text)
    counts = [(r, v, cues) for r, v, slot, cues in found if slot == "number:count" and r == raw]
    assert [(v.amount, cues[0]) for _, v, cues in counts] == [(amount, noun)], found
    assert any(r != raw for r, _, _, _ in found)  # the measure is still read


@pytest.mark.parametrize("text", [
    "There were three 40-year-olds in the squad.",  # an age as a noun: no count of a noun after it
    "The council will build a 12-storey tower on the old depot site.",  # no count before the measure
    "He is serving three 10-year sentences for fraud.",  # a span: periods told as one total elsewhere
    "Unions called two 24-hour strikes at the port.",
])
def test_no_count_without_a_count_before_the_measure(text: str) -> None:
    counts = [(r, v) for r, v, slot, _ in numbers(text) if slot == "number:count" and v.amount in (1, 2, 3)]
    assert counts == []
