"""Divergent pairs of two writers' conversions of one sum: "11 million kronor (about $1.2 million)" against
"11 million kronor - around $1.3 million".

A writer's conversion (extract/money.CONVERSION) is never a rival of a
sum on its own (`divergepair.divergeable`): outlets convert at their own
rate on their own day, so "$1.2 million" and "$1.3 million" may both be
right for different sums. What makes two conversions one figure is the
sum each converts: two sources that convert a compatible sum of one
currency into one other currency state one exchange, and converted values
further apart than a day's rates move (CONVERSION_SPREAD) are rivals, when
one of the two values is a consensus: at least CONSENSUS sources convert the
sum to it. Two lone conversions ("110 billion euros ($143 billion)" against
"($158 billion)") may be two days' rates, or one writer's rate of the day
the sum was first announced, and stay apart (tests/test_judge_false_alarms);
where three outlets agree on "$1.2 million" for 11 million kronor, the
fourth's "$1.3 million" is a rate none of them used. A conversion of
another sum, into another currency, or of a sum its writer did not state
next to it, is left alone.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal

from sourcediff.compat import compatible
from sourcediff.extract.money import CONVERSION
from sourcediff.model import Kind, Mention
from sourcediff.values import Money

# How far apart two conversions of one sum must be, as a share of the smaller, to be rivals: exchange rates
# move by a percent or two over the days outlets write on, and a hedged conversion is rounded besides
# ("about $1.2 million" for $1.24 million); "$1.2 million" against "$1.3 million" is a rate no day had.
CONVERSION_SPREAD = Decimal("0.05")


def conversion_pairs(ms: Sequence[Mention]) -> list[tuple[int, int]]:
    """Two sources' conversions of compatible sums into one currency, further apart than CONVERSION_SPREAD."""
    bridges = _bridges(ms)
    pairs = []
    for (s, c), (t, d) in itertools.combinations(bridges, 2):
        if not _one_exchange(ms, (s, c), (t, d)):
            continue
        a, b = ms[c], ms[d]
        va, vb = a.value, b.value
        assert isinstance(va, Money) and isinstance(vb, Money)  # _one_exchange checked
        low, high = sorted((va.amount, vb.amount))
        if (low > 0 and high > low * (1 + CONVERSION_SPREAD) and not compatible(a, b)
                and max(_support(ms, bridges, (s, c)), _support(ms, bridges, (t, d))) >= CONSENSUS):
            pairs.append((c, d))
    return pairs


# Sources that must convert one sum to one value for it to be the story's rate.
CONSENSUS = 2


def _one_exchange(ms: Sequence[Mention], x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Two sources' conversions of compatible sums of one currency into one other currency."""
    (s, c), (t, d) = x, y
    va, vb = ms[c].value, ms[d].value
    return (ms[s].source != ms[t].source and isinstance(va, Money) and isinstance(vb, Money)
            and va.currency == vb.currency and compatible(ms[s], ms[t]))


def _support(ms: Sequence[Mention], bridges: Sequence[tuple[int, int]], x: tuple[int, int]) -> int:
    """How many sources (the one of ``x`` too) convert ``x``'s sum to a value compatible with ``x``'s."""
    c = x[1]
    return len({ms[c].source} | {ms[d].source for y in bridges if (d := y[1]) != c
                                 and _one_exchange(ms, x, y) and compatible(ms[c], ms[d])})


def _bridges(ms: Sequence[Mention]) -> list[tuple[int, int]]:
    """(sum, conversion) index pairs: a conversion right after its sum in its passage, in another currency."""
    sums = sorted((i for i, m in enumerate(ms) if m.kind is Kind.MONEY and isinstance(m.value, Money)),
                  key=lambda i: (ms[i].source, ms[i].span.start))
    out = []
    for i, j in itertools.pairwise(sums):
        m, after = ms[i], ms[j]
        v, c = m.value, after.value
        if (m.source == after.source and after.passage == m.passage and CONVERSION in after.cues
                and CONVERSION not in m.cues and isinstance(v, Money) and isinstance(c, Money)
                and v.currency != c.currency):
            out.append((i, j))
    return out
