"""A count that opens its clause takes the noun after "are"/"were", past a name or two.

Invented sentences. "Three are Velorian nationals" and "the other two are
Ostran citizens" count nationals and citizens, as "two were children"
counts children; "the other two" and "the remaining six" open a clause as
a sentence start does.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def counts(text: str) -> list[tuple[str, int, tuple[str, ...]]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-11-16")).mentions
    return [(m.raw, int(m.value.amount), m.cues) for m in ms
            if m.slot == "number:count" and isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "raw", "noun"), [
    ("Police arrested five people. Three are Velorian nationals.", "Three", "nationals"),
    ("Police arrested five people; the other two are Ostran citizens.", "two", "citizens"),
    ("Seven people were hurt. Two were Red Cross volunteers.", "Two", "volunteers"),
    ("Nine were rescued; the remaining six were freed on Friday.", "six", "freed"),
])
def test_a_subject_count_takes_the_noun_after_be(text: str, raw: str, noun: str) -> None:
    assert any(r == raw and noun in cues for r, _, cues in counts(text)), counts(text)


@pytest.mark.parametrize("text", [
    "Three are Smith, Jones and Patel.",  # names, no noun counted
    "The remaining Velorian nationals were freed.",  # no figure
])
def test_no_count_without_a_counted_noun(text: str) -> None:
    assert counts(text) == []
