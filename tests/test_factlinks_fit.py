"""factlinks.may_fit: the cheap test that two values cannot fit never refuses a pair the judge would fit.

`factclusters._link_by_strength` skips the pairs `may_fit` refuses before asking `_link_strength`,
whose first test is `_same_values`: a refusal the judge would not make would change the clusters.
Invented values around a few figures, in the units, hedges and kinds compat treats apart.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sourcediff.factlinks import _same_values, fit_place, may_fit
from sourcediff.model import Kind
from sourcediff.values import (
    ABOVE,
    APPROX,
    FLOOR,
    ClockTime,
    DateValue,
    Elapsed,
    Money,
    PartOfDay,
    Quantity,
    Value,
)

UNITS = [None, None, None, "%", "kilometre", "mile", "metre", "foot", "hectare", "acre", "tonne", "kg",
         "degree fahrenheit", "degree celsius", "degree", "month", "year", "week", "company"]
# Shares of a figure that sit at the edges of the judge's tolerances (1%, rounding, 5%, 10%, 15%).
STEPS = ["0", "0.004", "0.0099", "0.0101", "0.02", "0.049", "0.051", "0.099", "0.101", "0.15", "0.3"]


def _figures(rng: random.Random) -> list[tuple[Kind, Value]]:
    out: list[tuple[Kind, Value]] = []
    for base in ("7", "32", "95", "110", "4.2", "1250", "45.3", "12000", "0.8", "-2.5", "2000000"):
        for step in STEPS * 2:
            amount = Decimal(base) * (1 + Decimal(step) * rng.choice([1, -1]))
            amount = amount.quantize(Decimal(1).scaleb(rng.choice([-2, -1, 0, 1])))
            qualifier = rng.choice([None, None, APPROX, ABOVE, FLOOR])
            high = amount * Decimal("1.2") if rng.random() < 0.1 else None
            if rng.random() < 0.3:
                out.append((Kind.MONEY, Money("USD", amount, high, qualifier)))
            else:
                out.append((Kind.NUMBER, Quantity(amount, rng.choice(UNITS), qualifier, high)))
    out += [(Kind.NUMBER, Elapsed(Decimal(seconds), "second")) for seconds in (7471, 7472, 7500)]
    return out


def _times(rng: random.Random) -> list[tuple[Kind, Value]]:
    out: list[tuple[Kind, Value]] = []
    for _ in range(30):
        hour, minute = rng.choice([9, 10, 11]), rng.choice([0, 47, 48])
        utc = rng.choice([None, (hour - 1) * 60 + minute, hour * 60 + minute])
        out.append((Kind.TIME, ClockTime(hour, minute, None if utc is None else "Europe/Paris", utc,
                                         rng.random() < 0.2)))
    out.append((Kind.TIME, PartOfDay("morning", 6, 12)))
    for _ in range(20):
        start = dt.date(2026, 3, rng.randint(1, 9))
        end = start + dt.timedelta(days=rng.choice([0, 0, 2]))
        out.append((Kind.DATE, DateValue(start, end)))
    out.append((Kind.DATE, DateValue(None, None, relative="friday")))
    return out


def test_may_fit_refuses_only_values_the_judge_does_not_fit() -> None:
    rng = random.Random(11)
    refused = 0
    for values in (_figures(rng), _times(rng)):
        places = [fit_place(v) for _, v in values]
        for x, (kind, a) in enumerate(values):
            for y, (_, b) in enumerate(values):
                if not may_fit(places[x], places[y]):
                    refused += 1
                    assert not _same_values(kind, a, b, True), (a, b)
    assert refused > 12_000  # the test reaches the refusals, not just the fits
