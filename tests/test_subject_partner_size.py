"""A subject partner in another source must be of a figure's size to set equal figures apart (invented).

`Evidence.two_subjects` keeps two equal percentages apart when one
source's words match another figure of the other source better: "growth of
0.8%" belongs with "the krone fell 1.1%" when the words say krone. Two
generic words ("exam", "year") once matched a 71.2% pass rate with a 12.5%
top-grade share, five times smaller, and split one rate into two facts.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff.evidence import _rival_partner
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Quantity


def _pct(amount: str, high: str | None = None, source: str = "s1") -> Mention:
    value = Quantity(Decimal(amount), "%", high=Decimal(high) if high else None)
    return Mention(kind=Kind.PERCENT, source=source, passage=0, span=Span(0, 4), raw=f"{amount}%",
                   value=value, slot="percent")


@pytest.mark.parametrize(("mine", "partner"), [
    ("0.8", "1.1"), ("71.2", "69.0"), ("40", "75"), ("3.5", "3.5")])
def test_a_partner_of_the_same_size_is_a_rival(mine: str, partner: str) -> None:
    assert _rival_partner(_pct(mine), _pct(partner, source="s2"))


@pytest.mark.parametrize(("mine", "partner"), [
    ("71.2", "12.5"), ("12.5", "71.2"), ("88", "30"), ("2.1", "45")])
def test_a_partner_far_from_its_size_is_no_rival(mine: str, partner: str) -> None:
    assert not _rival_partner(_pct(mine), _pct(partner, source="s2"))


def test_no_partner_sets_nothing_apart() -> None:
    assert not _rival_partner(_pct("71.2"), None)


def test_a_range_or_zero_partner_is_taken_as_before() -> None:
    assert _rival_partner(_pct("71.2"), _pct("5", high="10", source="s2"))
    assert _rival_partner(_pct("0"), _pct("45", source="s2"))
