"""perf45b: the remembered figure comparisons and the hedged-round index give what the former code gave.

`compat.amounts_fit` and `compat.rounding_step` are remembered by the values and their Decimals as written
(`compat.written_form`): "20" and "20.0" are equal Decimals a temperature's rounding tells apart, so a
memo keyed by the values alone would answer the second with the first's answer. Each is held here to
the uncached function on random figures asked in random order. `factlinks.hedged_round_pairs` reads
each side's figure once; it is held to the former loop of `_hedged_round` over the exact values.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import cast

import pytest

from sourcediff import compat, factlinks
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import ABOVE, APPROX, BELOW, Money, Quantity, Value

_FIGURES = ("20", "20.0", "20.00", "2E+1", "5", "5.0", "4.5", "4.50", "4.52", "19.6", "21", "300", "340",
            "1200", "1.2E+3", "1250", "0", "0.0", "-6", "-6.4", "68", "70", "65", "38.3", "40")
_UNITS = (None, "%", "metre", "kilometre", "mile", "degree celsius", "degree fahrenheit", "hour", "minute")


def _figure(rng: random.Random) -> Money | Quantity:
    amount = Decimal(rng.choice(_FIGURES))
    qualifier = rng.choice((None, None, None, APPROX, ABOVE, BELOW))
    high = Decimal(rng.choice(_FIGURES)) if rng.random() < 0.1 else None
    if high is not None and high <= amount:
        high = None
    if rng.random() < 0.3:
        return Money(rng.choice(("USD", "GBP")), amount, high=high, qualifier=qualifier)
    return Quantity(amount, unit=rng.choice(_UNITS), qualifier=qualifier, high=high)


@pytest.mark.parametrize("seed", range(30))
def test_remembered_comparisons_as_the_uncached_ones(seed: int) -> None:
    rng = random.Random(seed)
    compat._amounts_memo.cache_clear()
    compat._rounding_memo.cache_clear()
    values = [_figure(rng) for _ in range(40)]
    for _ in range(400):
        a, b = rng.choice(values), rng.choice(values)
        assert compat.amounts_fit(a, b) == compat._amounts_of(a, b)
        assert compat.rounding_step(a) == compat._rounding_of(a)


def test_equal_figures_written_to_other_places_are_remembered_apart() -> None:
    # A reading "20.0C" is rounded to the tenth, "20C" to the degree: equal Decimals, two answers.
    tenth = Quantity(Decimal("20.0"), unit="degree celsius")
    whole = Quantity(Decimal("20"), unit="degree celsius")
    assert tenth == whole  # why the memo's key holds the written digits
    compat._rounding_memo.cache_clear()
    compat._amounts_memo.cache_clear()
    assert compat.rounding_step(tenth) == compat._rounding_of(tenth) < compat._rounding_of(whole)
    assert compat.rounding_step(whole) == compat._rounding_of(whole)
    near = Quantity(Decimal("20.4"), unit="degree celsius")
    assert compat.amounts_fit(tenth, near) == compat._amounts_of(tenth, near)
    assert compat.amounts_fit(whole, near) == compat._amounts_of(whole, near)


def _mention(source: str, value: Value) -> Mention:
    return Mention(Kind.NUMBER, source, 0, Span(0, 5), "x", value, slot="number:length")


def _old_hedged_round_pairs(ms: Sequence[Mention], idx: Iterable[int]) -> set[tuple[int, int]]:
    """The former `factlinks.hedged_round_pairs`: `_hedged_round` of each hedged value and exact value."""
    items = [i for i in idx if ms[i].kind is Kind.NUMBER and isinstance(ms[i].value, Quantity)]
    hedged = [i for i in items if cast(Quantity, ms[i].value).qualifier == APPROX]
    out: set[tuple[int, int]] = set()
    if not hedged:
        return out
    exact: dict[Value, list[int]] = {}
    for j in items:
        if cast(Quantity, ms[j].value).qualifier is None:
            exact.setdefault(ms[j].value, []).append(j)
    rounds: dict[Value, list[list[int]]] = {}
    for h in hedged:
        vh = ms[h].value
        if vh not in rounds:
            rounds[vh] = [js for js in exact.values() if factlinks._hedged_round(ms[h], ms[js[0]])]
        for js in rounds[vh]:
            out.update((min(h, j), max(h, j)) for j in js if ms[j].source != ms[h].source)
    return out


@pytest.mark.parametrize("seed", range(40))
def test_hedged_round_pairs_as_the_former_loop(seed: int) -> None:
    rng = random.Random(seed)
    sources = [f"outlet{n}" for n in range(rng.randint(1, 6))]
    ms = []
    for _ in range(rng.randint(0, 50)):
        amount = Decimal(rng.choice(_FIGURES))
        value = Quantity(amount, unit=rng.choice(_UNITS), qualifier=rng.choice((None, None, APPROX, ABOVE)),
                         high=amount + 5 if rng.random() < 0.1 else None)
        ms.append(_mention(rng.choice(sources), value))
    idx = sorted(rng.sample(range(len(ms)), k=rng.randint(0, len(ms))))
    new, old = factlinks.hedged_round_pairs(ms, idx), _old_hedged_round_pairs(ms, idx)
    assert new == old
    assert list(new) == list(old)  # the same iteration order: `_connected` unions in it


def test_a_hedged_measure_pairs_with_the_exact_ones_it_rounds() -> None:
    # "nearly 70 metres" (one outlet) against "68 metres" and "65 metres" (two others): 68 rounds to 70.
    ms = [_mention("courier", Quantity(Decimal("70"), unit="metre", qualifier=APPROX)),
          _mention("wire", Quantity(Decimal("68"), unit="metre")),
          _mention("gazette", Quantity(Decimal("65"), unit="metre")),
          _mention("courier", Quantity(Decimal("68"), unit="metre"))]
    pairs = factlinks.hedged_round_pairs(ms, range(len(ms)))
    assert pairs == {(0, 1)} == _old_hedged_round_pairs(ms, range(len(ms)))
