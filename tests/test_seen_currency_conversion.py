"""A sum in a currency another outlet writes only as its conversion stays in that currency (extract.rates).

One outlet writes "$4.6 billion (3.9 billion euros)", another "roughly €4.3bn
(US$4.6bn)". The second outlet's euro sum used to be read as dollars at its
own conversion, because no other source "used" euros (the first one's euros
are a conversion), so it vanished into the agreed dollar fact while the
first outlet's euros stood alone: the two euro figures, which differ, were
never put side by side.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.extract.rates import convert_stated
from sourcediff.pipeline import analyse
from sourcediff.values import Money

WIRE = ("Lodestar Foods raised money on Tuesday in a share sale valuing the grocer at about "
        "$4.6 billion (3.9 billion euros), the company said.")
TRADE = ("Lodestar Foods sold shares on Tuesday. At the offer price the sale values the grocer at "
         "roughly €4.3bn (US$4.6bn), the company said.")
DOLLARS_ONLY = ("Lodestar Foods raised money on Tuesday in a share sale valuing the grocer at about "
                "$4.6 billion.")


def _articles(*texts: str) -> list[Article]:
    return [Article.from_text(t, id=f"s{n}", published="2026-03-10") for n, t in enumerate(texts)]


def _euro_sums(texts: tuple[str, ...], source: str) -> list[tuple[str, Decimal]]:
    infos = convert_stated(tuple(analyse(a) for a in _articles(*texts)))
    info = next(s for s in infos if s.article.id == source)
    return [(m.value.currency, m.value.amount) for m in info.mentions
            if isinstance(m.value, Money) and "€" in m.raw]


def test_a_euro_sum_stays_in_euros_when_another_outlet_converts_to_euros() -> None:
    assert _euro_sums((WIRE, TRADE), "s1") == [("EUR", Decimal("4.3E+9"))]


def test_a_euro_sum_is_read_at_its_own_conversion_when_no_one_else_writes_euros() -> None:
    assert _euro_sums((DOLLARS_ONLY, TRADE), "s1") == [("USD", Decimal("4.6E+9"))]


def test_the_two_euro_figures_are_not_hidden_in_the_dollar_fact() -> None:
    report = compare(_articles(WIRE, TRADE))
    dollar = [f for f in report.facts if any(m.raw == "US$4.6bn" for m in f.mentions)]
    assert dollar and all("€" not in m.raw for f in dollar for m in f.mentions)
    euros = {m.source for f in report.facts for m in f.mentions if "euro" in m.raw or "€" in m.raw}
    assert euros == {"s0", "s1"}
