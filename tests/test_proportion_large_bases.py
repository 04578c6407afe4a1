"""Odds of one in a large base: "one in a billion", "1 in 1,000,000,000." (invented text).

Forensic, medical and lottery copy gives a chance as "one in a billion"
where another outlet writes the figure out. The proportion rule knew no
base in words above "a thousand", and a full stop right after a written-out
base ("1 in 250,000.") stopped it, as a guard against a decimal; the chance
was lost or read as a bare count, and the outlets never compared.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind
from sourcediff.pipeline import analyse


def shares(text: str) -> list[tuple[str, str]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-05-11")).mentions
    return [(m.raw, m.canonical) for m in ms if m.kind is Kind.PERCENT]


@pytest.mark.parametrize(("text", "raw", "value"), [
    ("Experts put the chance of a false match at one in a billion.", "one in a billion", "0.0000001%"),
    ("Experts put the chance of a false match at 1 in 1,000,000,000.", "1 in 1,000,000,000", "0.0000001%"),
    ("The risk of the reaction is one in a million, the agency said.", "one in a million", "0.0001%"),
    ("The odds of winning the jackpot are 1 in 250,000.", "1 in 250,000", "0.0004%"),
])
def test_a_chance_over_a_large_base_is_a_share(text: str, raw: str, value: str) -> None:
    assert shares(text) == [(raw, value)]


@pytest.mark.parametrize("text", [
    "Thanks a million, she told the crowd.",
    "He scored 1 in 2.5 attempts on average.",
])
def test_no_share_from_an_idiom_or_a_decimal(text: str) -> None:
    assert shares(text) == []
