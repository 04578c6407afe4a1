"""A lone sum in another currency, no rate stated, joins the agreed sum it converts to (refconvert.py)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from sourcediff import Article, compare, refconvert
from sourcediff.model import Kind
from sourcediff.refconvert import fits
from sourcediff.values import Money


@pytest.fixture(autouse=True)
def _joining(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The join is on by default; the fixture pins it on so these tests hold whatever the default."""
    monkeypatch.setattr(refconvert, "JOIN_FOREIGN_SUMS", True)
    yield


def _sum_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-04-08") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
                  if f.mentions[0].kind is Kind.MONEY)


WIRE = ("Harbourline Rail has agreed to buy the regional bus operator Kestrel Coaches for £36 million, "
        "the two companies said on Wednesday.")
PAPER = ("Kestrel Coaches is being sold to Harbourline Rail in a £36m deal, the bus operator "
         "confirmed on Wednesday.")
ABROAD = ("Harbourline Rail will pay 41.5 million euros for the bus operator Kestrel Coaches, "
          "the companies said on Wednesday.")


def test_a_foreign_sum_joins_the_agreed_sum() -> None:
    """Two outlets in pounds, one abroad in euros with no rate: one sum, one agreeing fact."""
    assert _sum_facts(WIRE, PAPER, ABROAD) == [
        ("agree", ["41.5 million euros", "£36 million", "£36m"])]


def test_dollars_against_euros() -> None:
    """The same for a US outlet's dollars against the others' euros."""
    euros = ("The strike is costing the carrier about 12 million euros a day, its finance chief told "
             "reporters in Lisbon.")
    euros2 = "The finance chief said the walkout costs the carrier 12 million euros a day."
    dollars = ("The walkout is costing the carrier roughly $13.4 million a day, its finance chief told "
               "reporters.")
    facts = _sum_facts(euros, euros2, dollars)
    want = [("agree", ["12 million euros", "about 12 million euros", "roughly $13.4 million"])]
    assert facts == want, facts


def test_a_sum_far_from_the_rate_stays_apart() -> None:
    """A euro sum a third above the pounds' worth is another sum: no join, no divergence."""
    facts = _sum_facts(WIRE, PAPER, ABROAD.replace("41.5 million", "55 million"))
    assert facts == [("agree", ["£36 million", "£36m"]), ("unique", ["55 million euros"])], facts


def test_a_divergent_fact_is_not_joined() -> None:
    """When the pound sums differ, the euro sum says nothing of which is right: it stays apart."""
    facts = _sum_facts(WIRE, PAPER.replace("£36m", "£39m"), ABROAD)
    assert ("unique", ["41.5 million euros"]) in facts, facts
    assert not any("41.5 million euros" in ms and len(ms) > 1 for _, ms in facts), facts


def test_two_sums_in_one_currency_are_never_converted() -> None:
    """Within one currency sums are judged as ever: 41.5 against 36 (pounds) is no conversion."""
    assert not fits(Money("GBP", Decimal("41.5")), Money("GBP", Decimal("36")))


def test_unknown_currencies_are_left_alone() -> None:
    """Only currencies with a reference rate are read; a rarer one stays its own fact."""
    assert not fits(Money("XAF", Decimal("1000")), Money("EUR", Decimal("1.5")))
    assert fits(Money("EUR", Decimal("48.5")), Money("GBP", Decimal("42")))
    assert fits(Money("USD", Decimal("10.5")), Money("EUR", Decimal("9")))
    assert not fits(Money("USD", Decimal("14")), Money("EUR", Decimal("9")))


def test_on_by_default_and_switched_off_the_sums_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped default joins; switched off, the euro sum is a fact of its own (as before the join)."""
    monkeypatch.undo()
    assert refconvert.JOIN_FOREIGN_SUMS is True
    monkeypatch.setattr(refconvert, "JOIN_FOREIGN_SUMS", False)
    assert _sum_facts(WIRE, PAPER, ABROAD) == [
        ("agree", ["£36 million", "£36m"]), ("unique", ["41.5 million euros"])]


def test_a_sum_two_facts_could_take_joins_neither() -> None:
    """Two agreed pound sums the euro sum both fits: which one it converts is a guess, so it joins neither."""
    wire = WIRE.replace("the two companies said",
                        "and will invest £37 million in new buses, the two companies said")
    paper = PAPER.replace("the bus operator confirmed", "with £37m for new buses, the bus operator confirmed")
    facts = _sum_facts(wire, paper, ABROAD)
    assert ("unique", ["41.5 million euros"]) in facts, facts
