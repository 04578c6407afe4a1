"""perf45: the hedged-clock index and the digit-swap claim gate give what the former all-pairs loops gave.

`factlinks.hedged_clock_pairs` now asks `_hedge_rounds` once per hedged (kind, value) and distinct
clock value; `divergeswap.swapped_pairs` skips a claim none of whose amounts is a digit swap of
another. Both are held here to the former code (copied below) on random mentions and claims: the
same pairs, in the same order (the set's iteration order too, since `_connected` walks it). A
hand-made case, an invented runway story with three outlets' clocks, shows the pairs users rely on.
"""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal

import pytest

from sourcediff import divergeswap, factlinks
from sourcediff.model import Claim, ClaimPassage, Kind, Mention, Span
from sourcediff.values import ClockTime, Money, Quantity


def _old_hedged_clock_pairs(ms: Sequence[Mention], idx: Iterable[int]) -> set[tuple[int, int]]:
    """The former all-pairs loop of `factlinks.hedged_clock_pairs`."""
    clocks = [i for i in idx if isinstance(ms[i].value, ClockTime)]
    hedged = [i for i in clocks if ms[i].value.reach]  # type: ignore[union-attr]
    return {(min(h, j), max(h, j)) for h in hedged for j in clocks
            if ms[j].source != ms[h].source and factlinks._hedge_rounds(ms[h], ms[j])}


def _old_swapped_pairs(ms: Sequence[Mention], claims: Sequence[Claim]) -> list[tuple[int, int]]:
    """The former `divergeswap.swapped_pairs`, walking every claim's pairs."""
    at: dict[tuple[str, int], list[int]] = defaultdict(list)
    values: dict[str, set[object]] = defaultdict(set)
    for i, m in enumerate(ms):
        values[m.source].add(m.value)
        if divergeswap._unit(m) is not None:
            at[(m.source, m.passage)].append(i)
    pairs = []
    for claim in claims:
        for p, q in itertools.combinations(claim.members, 2):
            if p.source == q.source:
                continue
            for a in at.get((p.source, p.index), ()):
                for b in at.get((q.source, q.index), ()):
                    if divergeswap._swapped(ms[a], ms[b], values):
                        pairs.append((min(a, b), max(a, b)))
    return list(dict.fromkeys(pairs))


def _mention(kind: Kind, source: str, passage: int, value: object, cues: tuple[str, ...] = (),
             slot: str = "") -> Mention:
    return Mention(kind, source, passage, Span(0, 5), "x", value, slot=slot or kind.value, cues=cues)  # type: ignore[arg-type]


def _clock(rng: random.Random) -> ClockTime:
    return ClockTime(hour=rng.choice((10, 11, 22, 23)), minute=rng.choice((0, 5, 10, 15, 20, 30, 45, 52, 55)),
                     zone=rng.choice((None, None, "UTC", "Europe/London")),
                     reach=rng.choice((0, 0, 0, 5, 15, 30)),
                     side=rng.choice((0, 0, 1, -1)), halves=rng.random() < 0.2)


@pytest.mark.parametrize("seed", range(40))
def test_hedged_clock_pairs_as_the_all_pairs_loop(seed: int) -> None:
    rng = random.Random(seed)
    sources = [f"outlet{n}" for n in range(rng.randint(1, 9))]
    ms = [_mention(Kind.TIME, rng.choice(sources), rng.randrange(20), _clock(rng))
          for _ in range(rng.randint(0, 60))]
    # Other values in the bucket are passed over, as before.
    ms += [_mention(Kind.NUMBER, rng.choice(sources), 0, Quantity(Decimal(rng.randint(1, 9))))
           for _ in range(3)]
    idx = sorted(rng.sample(range(len(ms)), k=rng.randint(0, len(ms))))
    new, old = factlinks.hedged_clock_pairs(ms, idx), _old_hedged_clock_pairs(ms, idx)
    assert new == old
    assert list(new) == list(old)  # the same iteration order: `_connected` unions in it


def test_a_hedged_clock_pairs_with_every_other_outlets_finer_reading() -> None:
    # "The runway reopened just after 11pm" (one outlet), "at 11:15 p.m." (two others), and the first
    # outlet's own "11:10pm" elsewhere: only other outlets' exact clocks inside the hedge pair.
    after_eleven = ClockTime(hour=23, minute=0, reach=30, side=1)
    ms = [_mention(Kind.TIME, "courier", 0, after_eleven),
          _mention(Kind.TIME, "wire", 2, ClockTime(hour=23, minute=15)),
          _mention(Kind.TIME, "gazette", 1, ClockTime(hour=23, minute=15)),
          _mention(Kind.TIME, "courier", 4, ClockTime(hour=23, minute=10)),
          _mention(Kind.TIME, "gazette", 3, ClockTime(hour=9, minute=40))]
    pairs = factlinks.hedged_clock_pairs(ms, range(len(ms)))
    assert pairs == _old_hedged_clock_pairs(ms, range(len(ms)))
    assert (0, 1) in pairs and (0, 2) in pairs
    assert (0, 3) not in pairs  # the hedge's own outlet
    assert (0, 4) not in pairs  # another moment
    assert factlinks.hedged_clock_pairs(ms, []) == set()


_AMOUNTS = ("1.53", "1.35", "1.530", "1.350", "2470000", "2740000", "2470000", "18250", "18520", "4.5", "45",
            "1530000", "1350000", "9.99", "-3.51", "-3.15", "0")


def _sum(rng: random.Random, source: str, passage: int) -> Mention:
    amount = Decimal(rng.choice(_AMOUNTS))
    if rng.random() < 0.7:
        value: object = Money(rng.choice(("USD", "USD", "GBP")), amount,
                              qualifier=rng.choice((None, None, None, "approx")))
        return _mention(Kind.MONEY, source, passage, value, cues=rng.choice(((), ("prize",), ("purse",))))
    return _mention(Kind.NUMBER, source, passage, Quantity(amount, unit=rng.choice(("km", "m", None))),
                    cues=rng.choice(((), ("road",), ("bridge",))),
                    slot=rng.choice(("number:length", "number:count")))


@pytest.mark.parametrize("seed", range(40))
def test_swapped_pairs_as_every_claim_walked(seed: int) -> None:
    rng = random.Random(seed)
    sources = [f"paper{n}" for n in range(rng.randint(2, 8))]
    ms = [_sum(rng, rng.choice(sources), rng.randrange(6)) for _ in range(rng.randint(0, 50))]
    claims = []
    for n in range(rng.randint(0, 6)):
        members = {(rng.choice(sources), rng.randrange(6)) for _ in range(rng.randint(2, 10))}
        claims.append(Claim(f"c{n}", 0.5, tuple(ClaimPassage(s, i) for s, i in sorted(members))))
    assert divergeswap.swapped_pairs(ms, claims) == _old_swapped_pairs(ms, claims)


def test_a_claim_of_one_agreed_figure_is_skipped_and_a_swap_is_still_found() -> None:
    # Three papers agree on a $1.53 million prize; a fourth's fact box reads $1.35 million.
    ms = [_mention(Kind.MONEY, "wire", 0, Money("USD", Decimal("1530000"))),
          _mention(Kind.MONEY, "herald", 1, Money("USD", Decimal("1530000"))),
          _mention(Kind.MONEY, "post", 2, Money("USD", Decimal("1530000"))),
          _mention(Kind.MONEY, "local", 5, Money("USD", Decimal("1350000")))]
    agreed = Claim("c1", 0.9, (ClaimPassage("herald", 1), ClaimPassage("post", 2), ClaimPassage("wire", 0)))
    boxed = Claim("c2", 0.6, (ClaimPassage("local", 5), ClaimPassage("wire", 0)))
    assert not divergeswap._may_swap(ms, [0, 1, 2])
    assert divergeswap.swapped_pairs(ms, [agreed]) == []
    found = divergeswap.swapped_pairs(ms, [agreed, boxed])
    assert found == [(0, 3)] == _old_swapped_pairs(ms, [agreed, boxed])


def test_the_gate_reads_each_written_form() -> None:
    # "1.50" and "1.5" are equal Decimals with different digits: the gate keeps both forms.
    ms = [_mention(Kind.MONEY, "a", 0, Money("USD", Decimal("1.5"))),
          _mention(Kind.MONEY, "b", 0, Money("USD", Decimal("1.50"))),
          _mention(Kind.MONEY, "c", 0, Money("USD", Decimal("1.05")))]
    assert divergeswap._may_swap(ms, [0, 1, 2]) == any(
        divergeswap.transposed(x, y) for x, y in itertools.permutations(("1.5", "1.50", "1.05"), 2))


def _old_weighed(mine: Mention, mine_source: str, source_of: Sequence[str], sums: Sequence[Sequence[Mention]],
                 beside: Iterable[int]) -> frozenset[str]:
    """The former `rivaljoin._weighed`: every sum of every passage beside x asked."""
    from sourcediff.compat import comparable, same_thing

    return frozenset(source_of[m] for m in beside if source_of[m] != mine_source
                     and any(comparable(mine, o) and same_thing(mine, o) for o in sums[m]))


_SUM_CUES = ((), (), ("prize",), ("period:year",), ("period:semester",), ("change",), ("named:Ostmark",),
             ("budget", "change"), ("per:barrel",))


def _money(rng: random.Random, source: str) -> Mention:
    amount = Decimal(rng.choice(("4.5", "4.5", "4500000", "45", "9300", "4650", "385", "145")))
    value = Money(rng.choice(("GBP", "GBP", "EUR")), amount, qualifier=rng.choice((None, None, "approx")))
    return _mention(Kind.MONEY, source, 0, value, cues=rng.choice(_SUM_CUES),
                    slot=rng.choice(("money", "money", "money:fine")))


@pytest.mark.parametrize("seed", range(40))
def test_weighed_as_every_sum_asked(seed: int) -> None:
    from sourcediff.align.rivaljoin import _weighed

    rng = random.Random(seed)
    sources = [f"outlet{n}" for n in range(rng.randint(1, 12))]
    source_of = [rng.choice(sources) for _ in range(rng.randint(1, 40))]
    sums = [[_money(rng, s) for _ in range(rng.choice((0, 1, 1, 2, 3)))] for s in source_of]
    beside = sorted(rng.sample(range(len(source_of)), k=rng.randint(0, len(source_of))))
    mine = _money(rng, sources[0])
    assert _weighed(mine, sources[0], source_of, sums, beside) == _old_weighed(
        mine, sources[0], source_of, sums, beside)
