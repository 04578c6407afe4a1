""""a quarter of a million pounds" is 250,000, not "a million" (invented text).

A broadsheet wrote a costs order as "a quarter of a million pounds" where
the other outlets wrote "£250,000"; the fraction was not read, only the "a
million pounds" at its end, so the broadsheet's sum stood apart as a
million and the agreed fact lost one source. "Half a million" was already
read; "a quarter of" and "three-quarters of" before "a million/billion"
now scale the multiplier the same way.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.extract.amounts import scan_amounts
from sourcediff.model import Kind, Verdict

PUBLISHED = "2027-04-14"


@pytest.mark.parametrize(("text", "written", "value"), [
    ("The club was fined a quarter of a million pounds by the league.", "a quarter of a million pounds",
     Decimal(250_000)),
    ("The scheme has cost three-quarters of a billion dollars so far.", "three-quarters of a billion dollars",
     Decimal(750_000_000)),
    ("Nearly three quarters of a million people signed the petition.", "three quarters of a million",
     Decimal(750_000)),
    ("The appeal raised half a million euros in a week.", "half a million euros", Decimal(500_000)),
])
def test_a_fraction_of_a_multiplier_is_read_whole(text: str, written: str, value: Decimal) -> None:
    found = [(text[a.start:a.end], a.low) for a in scan_amounts(text)]
    assert any(written in w and low == value for w, low in found), found


def test_a_quarter_of_a_count_is_not_a_multiplier() -> None:
    text = "A quarter of the staff left, and a million visitors came."
    found = [(text[a.start:a.end], a.low) for a in scan_amounts(text)]
    assert ("a million", Decimal(1_000_000)) in found, found
    assert not any(low == Decimal(250_000) for _, low in found), found


def test_a_quarter_of_a_million_agrees_with_the_figure_in_digits() -> None:
    texts = [
        "Harbour Rovers were fined £250,000 by the league on Tuesday for fielding an ineligible player.",
        "The league fined Harbour Rovers a quarter of a million pounds for fielding an ineligible player.",
        "Harbour Rovers must pay a £250,000 fine after fielding an ineligible player, the league said.",
    ]
    arts = [Article.from_text(t, id=f"s{n}", published=PUBLISHED) for n, t in enumerate(texts)]
    rep = compare(arts)
    money = [(f.status, {m.source for m in f.mentions}) for f in rep.facts if f.kind is Kind.MONEY]
    assert (Verdict.AGREE, {"s0", "s1", "s2"}) in money, money
