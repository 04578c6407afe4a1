"""Two sources' sums or measures in one claim that differ by two neighbouring digits swapped: rivals.

A local paper's fact box gives "Prize money: $1.53 million" where the wire
says "The winner's cheque was $1.35 million": the box line shares no word
with the sentence, so the pair scores under DIVERGE_MIN_SCORE, and the
wire's sentence states a second sum of the same size (the purse), so no
claim consensus or lone-figure rule weighs it. The aligner put them in one
claim, and the digits say the two are one figure miscopied
(`digitswap.transposed`), not two facts of the story: a story's other
figures are not a swap of this one by chance. Only unhedged single values
of one currency or unit, and only when neither source also states the
other's figure anywhere in its article (then it reports both).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import cast

from sourcediff.compat import counted, same_thing
from sourcediff.digitswap import transposed
from sourcediff.model import Claim, Mention
from sourcediff.values import Converted, Money, Quantity


def _unit(m: Mention) -> str | None:
    """The currency or unit of an unhedged single sum or measure, or None for anything else."""
    v = m.value
    if isinstance(v, Converted) or not isinstance(v, Money | Quantity) or v.high is not None \
            or v.qualifier is not None \
            or (isinstance(v, Quantity) and (v.unit is None or m.slot.endswith(":count"))):
        # a count is left out: "3,214 theaters" and a rival film's "3,241 theatres" are two films' counts
        # (tests/test_count_same_day.py), and a count's subject is not in its figure
        return None
    return f"money:{v.currency}" if isinstance(v, Money) else f"unit:{v.unit}"


def swapped_pairs(ms: Sequence[Mention], claims: Sequence[Claim]) -> list[tuple[int, int]]:
    """(mention, mention) of two sources' figures in one claim that are a digit swap of each other.

    Sums and measures only (`_unit`); the noun check stays for a measure
    whose cues name what it measures.
    """
    at: dict[tuple[str, int], list[int]] = defaultdict(list)
    values: dict[str, set[object]] = defaultdict(set)
    for i, m in enumerate(ms):
        values[m.source].add(m.value)
        if _unit(m) is not None:
            at[(m.source, m.passage)].append(i)
    pairs = []
    for claim in claims:
        if not _may_swap(ms, [i for p in claim.members for i in at.get((p.source, p.index), ())]):
            continue
        for p, q in itertools.combinations(claim.members, 2):
            if p.source == q.source:
                continue
            for a in at.get((p.source, p.index), ()):
                for b in at.get((q.source, q.index), ()):
                    if _swapped(ms[a], ms[b], values):
                        pairs.append((min(a, b), max(a, b)))
    return list(dict.fromkeys(pairs))


def _may_swap(ms: Sequence[Mention], idx: Sequence[int]) -> bool:
    """Whether two of the figures, of any sources, are a digit swap of each other (`transposed`).

    A necessary condition of `_swapped` for some pair of the claim, asked of
    its distinct amounts: an 80-source claim has 3,160 pairs of members, whose
    figures are nearly all one amount (the agreed figure), and walking them
    was most of this rule's time (perf45). `transposed` reads the two amounts
    alone, so a claim this refuses holds no swapped pair.
    """
    # Keyed by the written form: "1.50" and "1.5" are equal Decimals whose digits `transposed` reads apart.
    amounts = {str(a): a for a in (cast(Money | Quantity, ms[i].value).amount for i in idx)}
    return any(transposed(a, b) for a, b in itertools.permutations(amounts.values(), 2))


def _swapped(x: Mention, y: Mention, values: dict[str, set[object]]) -> bool:
    """Whether x and y are one figure with two digits swapped, neither source stating the other's."""
    u, v = x.value, y.value
    return (isinstance(u, Money | Quantity) and isinstance(v, Money | Quantity) and _unit(x) == _unit(y)
            and v not in values[x.source] and u not in values[y.source] and transposed(u.amount, v.amount)
            and same_thing(x, y) and not _other_nouns(x, y))


def _other_nouns(x: Mention, y: Mention) -> bool:
    """Whether both figures name what they count and no noun is shared ("362 points", "326 seats")."""
    a, b = counted(x), counted(y)
    return bool(a and b and not a & b)


# Sources that must agree on a figure before a lone source's digit swap of it, in any claim, is its rival.
SWAP_CONSENSUS = 2


def consensus_swap_pairs(ms: Sequence[Mention]) -> list[tuple[int, int]]:
    """(mention, mention): one source's sum or measure that swaps two digits of a figure others agree on.

    "By the time he reached home the total stood at £421,000" in a local
    paper, against the £412,000 that a wire, a tabloid and a trade site
    give: the sentence shares no verb with theirs ("raised", "raking in"),
    so the aligner seated it elsewhere and `swapped_pairs`, which reads one
    claim, never met the two. A figure that SWAP_CONSENSUS sources or more
    agree on, and that one other source alone gives with two neighbouring
    digits swapped (`digitswap.transposed`: three significant digits or
    more, one magnitude), is that figure miscopied wherever it stands: a
    story's other figures are not a swap of an agreed one by chance. Only
    when the lone source states the agreed figure nowhere and none of the
    agreeing sources states the lone one, and only for unhedged single
    values of one currency or unit (`_unit`, as `swapped_pairs`).
    """
    values: dict[str, set[object]] = defaultdict(set)
    groups: dict[tuple[str, int, str], dict[object, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, m in enumerate(ms):
        values[m.source].add(m.value)
        unit = _unit(m)
        if unit is None:
            continue
        amount = cast(Money | Quantity, m.value).amount
        if amount == 0 or not amount.is_finite():
            continue
        # A swap keeps the digits and the magnitude: only figures sharing both are ever compared.
        key = (unit, amount.adjusted(), "".join(sorted(_digit_string(amount))))
        groups[key][m.value].append(i)
    pairs: list[tuple[int, int]] = []
    for by_value in groups.values():
        if len(by_value) < 2:
            continue
        for lone, agreed in itertools.permutations(by_value, 2):
            lone_sources = {ms[i].source for i in by_value[lone]}
            agreed_sources = {ms[i].source for i in by_value[agreed]}
            if (len(lone_sources) != 1 or len(agreed_sources) < SWAP_CONSENSUS
                    or any(agreed in values[s] for s in lone_sources)
                    or any(lone in values[s] for s in agreed_sources)):
                continue
            pairs.extend((min(a, b), max(a, b)) for a in by_value[lone] for b in by_value[agreed]
                         if _swapped(ms[a], ms[b], values))
    return list(dict.fromkeys(pairs))


def _digit_string(amount: object) -> str:
    """The significant digits of an amount, as `digitswap.transposed` reads them."""
    return "".join(str(d) for d in cast(Decimal, amount).normalize().as_tuple().digits)
