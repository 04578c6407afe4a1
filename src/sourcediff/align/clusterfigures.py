"""The figures of a passage as clustering compares them: ``family=value`` keys, shared, precise, conflicting.

Split out of cluster.py because steps 6 to 8 (clusterseats), the pair
features (features.py) and multifact.py all read passages' figures through
these keys and tests (``_shared``, ``_precise``, ``_conflicting``), which
hold no claim or probability.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from decimal import Decimal

# Value families (features.value_family_key: "kind:slot") that are no figure for split_seats:
# most sentences of a story share its dates and parts of day, and ages recur across people;
# counting them made the seeds' wrong pairs.
NOT_FIGURES = ("date:", "time:part", "number:age")
# A bare count's family; features.value_family_key appends the noun after it ("...:count:fan").
COUNT_FAMILY = "number:number:count"
BARE_COUNT = COUNT_FAMILY + ":"  # a count no noun follows


def figure_keys(values: Collection[str]) -> frozenset[str]:
    """The figures among a passage's ``family=value`` keys: what split_seats asks two passages to share."""
    return frozenset(_without_count_noun(v) for v in values if not v.split("=", 1)[0].startswith(NOT_FIGURES))


def _shared(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """The figures a and b share. A count whose noun went unread ("put the turnout at 3.5 million.",
    the sentence ends) says nothing against any noun: it matches a count of its value under any."""
    both = set(a & b)
    for one, other in ((a, b), (b, a)):
        for key in one:
            family, _, value = key.partition("=")
            if family == BARE_COUNT:
                same = {k for k in other if k.startswith(COUNT_FAMILY) and k.partition("=")[2] == value}
                if same:
                    both |= same | {key}
    return frozenset(both)


def _precise(key: str) -> bool:
    """True for a figure given to three significant digits or more (12,400; 74,212; 46.2), not a round one."""
    try:
        return len(Decimal(key.partition("=")[2]).normalize().as_tuple().digits) >= 3
    except ArithmeticError:
        return False


def _without_count_noun(key: str) -> str:
    """A count's key without the noun after it: outlets count one crowd as "spectators" and "fans"."""
    family, _, value = key.partition("=")
    if family.startswith(COUNT_FAMILY) and _precise(key):
        return f"{COUNT_FAMILY}={value}"
    return key


def _conflicting(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a and b give a figure family (:func:`figure_keys`) values that share none."""
    ours: dict[str, set[str]] = defaultdict(set)
    theirs: dict[str, set[str]] = defaultdict(set)
    for keys, into in ((a, ours), (b, theirs)):
        for key in keys:
            family, _, value = key.partition("=")
            into[family].add(value)
    return any(not ours[f] & theirs[f] for f in ours.keys() & theirs.keys())
