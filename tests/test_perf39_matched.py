"""The context rule's "matched" test asks only the statements that may fit, with the scan's answers (perf39).

`divergecontext._Matched` once asked every statement of a source's family
for each question, a share of the square of a long story's length. It now
asks only those `factlinks.may_fit` accepts, listed once for all the
questions of a family by a sweep (`fitpairs.Fits.between`). A pair
`may_fit` refuses is one `compatible` refuses whatever the roles, so the
answers and what `Compatible` remembers of the pairs it asks are the
scan's. These tests hold the new form to the old scan (kept here as the
reference) on thousands of random stories of invented figures: sums, hedged
and bounded sums, counts with and without roles, measures in two units and
clocks, asked in random orders after a random history of the memory.
"""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from sourcediff import divergecontext
from sourcediff.compat import same_thing, slot_family
from sourcediff.divergecontext import _Matched
from sourcediff.divergepair import Compatible
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import ABOVE, APPROX, BELOW, CEILING, ClockTime, Money, Quantity, Value

SOURCES = ("wire", "paper", "blog", "radio")
AMOUNTS = ("12", "12.5", "13", "15", "120", "118", "1200", "4000", "4300", "0.8", "1000000", "1050000")


def _old_matched(ms: list[Mention], same: Compatible, i: int, source: str) -> bool:
    """`_Matched` as it was: every statement of the source's family asked, in order."""
    m = ms[i]
    family = slot_family(m)
    listed: set[tuple[object, ...]] = set()
    members = []
    for k, other in enumerate(ms):
        statement = (other.source, slot_family(other), other.kind, other.value, other.cues)
        if statement not in listed:
            listed.add(statement)
            if (other.source, slot_family(other)) == (source, family):
                members.append(k)
    return any(same(m, ms[k], family) and same_thing(m, ms[k]) for k in members)


def _value(rng: random.Random, kind: Kind) -> tuple[Value, str]:
    amount = Decimal(rng.choice(AMOUNTS))
    qualifier = rng.choice((None, None, None, APPROX, ABOVE, BELOW, CEILING))
    if kind is Kind.MONEY:
        currency = rng.choice(("GBP", "GBP", "EUR"))
        near = qualifier == APPROX and rng.random() < 0.3
        return Money(currency, amount, qualifier=qualifier, near=near), "money"
    if kind is Kind.TIME:
        reach = rng.choice((0, 0, 15, 30))
        return ClockTime(rng.choice((9, 10, 21)), rng.choice((0, 10, 15, 30)), reach=reach,
                         side=rng.choice((-1, 0, 1)) if reach else 0), "time"
    unit = rng.choice((None, None, "km", "mile", "%"))
    return Quantity(amount, unit, qualifier=qualifier), "number:count" if unit is None else "number"


def _story(rng: random.Random) -> list[Mention]:
    cues = ((), (), ("role:dead",), ("role:injured",), ("change",), ("boats",), ("part",))
    kinds = rng.sample((Kind.MONEY, Kind.NUMBER, Kind.TIME), rng.randint(1, 2))
    ms = []
    for n in range(rng.randint(2, 40)):
        kind = rng.choice(kinds)
        value, slot = _value(rng, kind)
        ms.append(Mention(kind, rng.choice(SOURCES), rng.randint(1, 6), Span(n * 20, n * 20 + 3), "x", value,
                          slot, cues=rng.choice(cues) if kind is not Kind.TIME else ()))
    return ms


@pytest.mark.parametrize("sweep_from", [0, 64])
def test_matched_asks_what_may_fit_and_answers_as_the_scan(sweep_from: int,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # 0: every list swept (`fitpairs`), as a long story's are; 64: short lists read whole, as many sources'
    monkeypatch.setattr(divergecontext, "_SWEEP_FROM", sweep_from)
    rng = random.Random(3900)
    answers = set()
    for story in range(3000):
        ms = _story(rng)
        asks = [(rng.randrange(len(ms)), rng.choice(SOURCES)) for _ in range(rng.randint(1, 14))]
        new_same, old_same = Compatible(), Compatible()
        for _ in range(rng.randint(0, 6)):  # what the pair rules asked before, the same on both sides
            a, b = rng.randrange(len(ms)), rng.randrange(len(ms))
            if slot_family(ms[a]) == slot_family(ms[b]):
                new_same(ms[a], ms[b], slot_family(ms[a]))
                old_same(ms[a], ms[b], slot_family(ms[a]))
        # Most questions are announced (the pairs' mentions), a few are not: both ways answer.
        announced = [i for i, _ in asks if rng.random() < 0.9]
        matched = _Matched(ms, None, new_same, asked=announced)  # type: ignore[arg-type]  # context unread
        for i, source in asks:
            answer = matched(i, source)
            assert answer == _old_matched(ms, old_same, i, source)
            answers.add(answer)
            # Every pair remembered is remembered alike; a pair only the scan asked was refused.
            assert all(old_same.seen[k] == v for k, v in new_same.seen.items())
            assert not any(v for k, v in old_same.seen.items() if k not in new_same.seen)
        # The memory goes on answering alike, whichever roles ask next (every fourth story: a square).
        for a in range(len(ms) if story % 4 == 0 else 0):
            for b in range(len(ms)):
                if slot_family(ms[a]) == slot_family(ms[b]):
                    assert new_same(ms[a], ms[b], slot_family(ms[a])) == old_same(ms[a], ms[b],
                                                                                   slot_family(ms[a]))
    assert answers == {True, False}


def _sum(source: str, amount: str, at: int, qualifier: str | None = None) -> Mention:
    return Mention(Kind.MONEY, source, at, Span(at, at + 4), amount, Money("GBP", Decimal(amount),
                                                                            qualifier=qualifier), "money")


def test_an_outlet_stating_the_figure_elsewhere_has_matched_it() -> None:
    ms = [_sum("wire", "92", 1), _sum("paper", "85", 1), _sum("paper", "4000", 2), _sum("paper", "92", 3)]
    matched = _Matched(ms, None, Compatible(), asked=[0, 1])  # type: ignore[arg-type]
    assert matched(0, "paper")


def test_far_figures_and_other_currencies_do_not_match() -> None:
    ms = [_sum("wire", "92", 1), _sum("paper", "85", 1), _sum("paper", "4000", 2),
          Mention(Kind.MONEY, "paper", 3, Span(3, 7), "92", Money("EUR", Decimal("92")), "money")]
    matched = _Matched(ms, None, Compatible(), asked=[0, 1])  # type: ignore[arg-type]
    assert not matched(0, "paper")


def test_a_bound_far_below_still_matches_as_the_scan_did() -> None:
    """"more than £50" is true of £92: a bound is not placed, so it is always asked."""
    ms = [_sum("wire", "92", 1), _sum("paper", "50", 2, ABOVE), _sum("paper", "85", 1)]
    matched = _Matched(ms, None, Compatible(), asked=[0, 2])  # type: ignore[arg-type]
    assert matched(0, "paper")
