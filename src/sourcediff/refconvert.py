"""A lone sum in another currency joins the agreed sum its passage sits beside (issue #11).

An outlet abroad gives the story's sum in its readers' currency and states
no rate: a German paper's "48.5 million euros" for the wires' "£42 million",
a US trade site's "$10.5 million a day" for "€9 million a day". Sums are
compared only within one currency, and `extract.rates.convert_stated` needs
a rate the article writes, so the foreign sum stayed a unique fact of its
own: a "detail only one source has" that is in fact the sum every source
gives.

Here such a sum joins the other sources' fact when everything says it is
that sum: it is the only sum of a fact stated by one source alone, its
passage sits in a claim with a passage of the other fact, that fact agrees,
is in one other currency and holds no mention of the lone source, and the
sum converts into that currency within REACH of a reference rate (a wide
band: rates move, and a writer rounds both the sum and the rate). When two
facts would take it, it joins neither. The join only ever makes agreement:
a sum at no stated rate is never evidence of a divergence.

On by default (JOIN_FOREIGN_SUMS), the lead's call after measuring both readings: three of
four story golds written by reading (census, strike, transfer) count the foreign sum as the
others' sum, and a reader shown "a detail only one source has" for the very bid every source
gives is misled. Switched on, strike, transfer and census facts rise 0.85 -> 0.90, 0.90 -> 0.95
and 0.88 -> 0.94; the bankruptcy gold, which keeps a trade site's "around €110 million" beside
the others' £95 million bid a unique fact (its note calls it the same bid), falls 1.00 -> 0.95.
The flag stays so that a test can isolate the rest of the judge from this join.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from sourcediff.lonejoin import merge_moved
from sourcediff.model import Claim, Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import Money

# What one unit of each currency was worth in US dollars, roughly, in the middle of the 2020s. Only the
# currencies outlets most often convert between; any other pair is left alone.
USD_VALUE: Mapping[str, Decimal] = {
    "USD": Decimal("1"), "EUR": Decimal("1.10"), "GBP": Decimal("1.27"), "CHF": Decimal("1.13"),
    "CAD": Decimal("0.74"), "AUD": Decimal("0.66"), "NZD": Decimal("0.60"), "JPY": Decimal("0.0068"),
    "CNY": Decimal("0.14"), "SEK": Decimal("0.096"), "NOK": Decimal("0.094"), "DKK": Decimal("0.147"),
}
# How far a converted sum may stand from the reference conversion, as a share of it: covers a rate that
# moved by a tenth since the table was written, and the writer's rounding of sum and rate.
REACH = Decimal("0.12")
# Whether compare.judge joins lone foreign sums at all (see the module's docstring).
JOIN_FOREIGN_SUMS = True


def _sum(group: Sequence[Mention]) -> Money | None:
    """The one sum a fact's mentions state, None when they state more or none."""
    values = {m.value for m in group}
    if len(values) != 1:
        return None
    v = next(iter(values))
    return v if isinstance(v, Money) and v.high is None and v.amount > 0 else None


def fits(lone: Money, other: Money) -> bool:
    """``lone`` converted at the reference rate lands within REACH of ``other`` (both in the table)."""
    a, b = USD_VALUE.get(lone.currency), USD_VALUE.get(other.currency)
    if a is None or b is None or lone.currency == other.currency:
        return False
    expected = lone.amount * a / b
    lo, hi = (other.amount, other.high if other.high is not None else other.amount)
    return lo <= expected * (1 + REACH) and expected * (1 - REACH) <= hi


def _passages(group: Sequence[Mention]) -> set[tuple[str, int]]:
    return {(m.source, m.passage) for m in group}


def join_foreign_sums(facts: Sequence[Judged], claims: Sequence[Claim],
                      order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone foreign sum moved into the one agreed fact it converts to (see module)."""
    if not JOIN_FOREIGN_SUMS:
        return list(facts)
    members = [{(p.source, p.index) for p in c.members} for c in claims]

    def beside(a: set[tuple[str, int]], b: set[tuple[str, int]]) -> bool:
        return any(a & ps and b & ps for ps in members)

    # The agreed sums of two sources or more in one currency, with their sources, read once: each lone sum
    # scanned every fact of the story and rebuilt their sources, the square of a long story's facts (perf38).
    agreed = [(k, other, frozenset(m.source for m in other)) for k, (other, v, _c, _r) in enumerate(facts)
              if v is Verdict.AGREE and other and other[0].kind is Kind.MONEY
              and len({m.source for m in other}) >= 2
              and len({m.value.currency for m in other if isinstance(m.value, Money)}) == 1]
    moved: dict[int, int] = {}
    for n, (group, verdict, _claim, _role) in enumerate(facts):
        lone = _sum(group)
        if verdict is not Verdict.UNIQUE or lone is None or group[0].kind is not Kind.MONEY:
            continue
        own = _passages(group)
        targets = [k for k, other, sources in agreed
                   if k != n and group[0].source not in sources
                   and all(isinstance(m.value, Money) and fits(lone, m.value) for m in other)
                   and beside(own, _passages(other))]
        if len(targets) == 1:
            moved[n] = targets[0]
    return merge_moved(facts, moved, order)
