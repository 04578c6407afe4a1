"""A share written "N in every M" ("nearly four in every hundred", "one in every five") is a percent.

Outlets that avoid a percent sign write a share with "every" before its
base; read as nothing, such a sentence had no figure to meet another
source's "3.9%" and stayed out of the claim that states it.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import numbers
from sourcediff.model import Article, Kind, Passage, Span
from sourcediff.text import fold


def percents(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t")
    ms = numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))
    return [(m.raw, m.canonical) for m in ms if m.kind is Kind.PERCENT]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Nearly four in every hundred ferries sailed late.", "Nearly four in every hundred", "approx 4%"),
    ("Two in every 100 parcels went astray in the depot.", "Two in every 100", "2%"),
    ("One in every five voters in Lanmoor stayed at home.", "One in every five", "20%"),
    ("Three in every thousand kettles failed the test.", "Three in every thousand", "0.3%"),
])
def test_a_share_with_every_is_a_percent(text: str, raw: str, canonical: str) -> None:
    assert percents(text) == [(raw, canonical)]


@pytest.mark.parametrize("text", [
    "She was a leader in every sense of the word.",
    "Seven in hundred trains were late.",
    "Two in every 10 minutes a bus leaves the square.",
])
def test_what_is_no_share_with_every(text: str) -> None:
    assert percents(text) == []
