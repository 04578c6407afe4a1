"""The figures of a passage as clustering compares them: ``family=value`` keys, shared, precise, conflicting.

Split out of cluster.py because steps 6 to 8 (clusterseats), the pair
features (features.py) and multifact.py all read passages' figures through
these keys and tests (``shared_figures``, ``precise_key``, ``figures_conflict``), which
hold no claim or probability.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from decimal import Decimal, InvalidOperation

from sourcediff.compat import amounts_fit
from sourcediff.values import Quantity

# Value families (features.value_family_key: "kind:slot") that are no figure for split_seats:
# most sentences of a story share its dates and parts of day, and ages recur across people;
# counting them made the seeds' wrong pairs.
NOT_FIGURES = ("date:", "time:part", "number:age")
# A bare count's family; features.value_family_key appends the noun after it ("...:count:fan").
COUNT_FAMILY = "number:number:count"
BARE_COUNT = COUNT_FAMILY + ":"  # a count no noun follows


class Figures(frozenset[str]):
    """A passage's figure keys, with the qualifier ("approx", "above", ...) of each figure written with one.

    Why: the keys stay plain, so shared figures and the pair model's inputs
    are what they were; only the conflict test (:func:`figures_conflict`) reads
    "more than two million" as a bound that 2.1 million fits, as the judge
    does (compat.amounts_fit).
    """

    qualifiers: Mapping[str, str]

    def __new__(cls, keys: Iterable[str] = (), qualifiers: Mapping[str, str] | None = None) -> Figures:
        made = super().__new__(cls, keys)
        made.qualifiers = dict(qualifiers or {})
        return made


def figure_keys(values: Collection[str], qualified: Collection[tuple[str, str]] = ()) -> Figures:
    """The figures among a passage's ``family=value`` keys: what split_seats asks two passages to share.

    ``qualified``: (key, qualifier) of the keys whose every figure was written hedged or as a bound.
    """
    return Figures((_without_count_noun(v) for v in values if not v.split("=", 1)[0].startswith(NOT_FIGURES)),
                   {_without_count_noun(k): q for k, q in qualified if k in values})


def counted_keys(values: Collection[str], qualified: Collection[tuple[str, str]] = ()) -> Figures:
    """The figures among a passage's keys with every count's noun kept ("more than 450 flights")."""
    return Figures((v for v in values if not v.split("=", 1)[0].startswith(NOT_FIGURES)),
                   {k: q for k, q in qualified if k in values})


def shared_figures(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
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


def precise_key(key: str) -> bool:
    """True for a figure given to three significant digits or more (12,400; 74,212; 46.2), not a round one."""
    try:
        return len(Decimal(key.partition("=")[2]).normalize().as_tuple().digits) >= 3
    except ArithmeticError:
        return False


def _without_count_noun(key: str) -> str:
    """A count's key without the noun after it: outlets count one crowd as "spectators" and "fans"."""
    family, _, value = key.partition("=")
    if family.startswith(COUNT_FAMILY) and precise_key(key):
        return f"{COUNT_FAMILY}={value}"
    return key


def figures_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a and b give a figure family (:func:`figure_keys`) values of which none fit each other.

    Figures fit as the judge's compat fits them, hedges, bounds and rounding
    included: "more than two million" (a bound) and 2.1 million are one
    figure, not a rival count, and cost the passage its seat beside the one
    that states it exactly. Keys that are no number (clocks) fit when equal.
    """
    ours: dict[str, set[str]] = defaultdict(set)
    theirs: dict[str, set[str]] = defaultdict(set)
    for keys, into in ((a, ours), (b, theirs)):
        for key in keys:
            family, _, value = key.partition("=")
            into[family].add(value)
    qa, qb = figure_qualifiers(a), figure_qualifiers(b)
    return any(not ours[f] & theirs[f]
               and not any(values_fit(f, x, y, qa, qb) for x in ours[f] for y in theirs[f])
               for f in ours.keys() & theirs.keys())


def figure_qualifiers(keys: frozenset[str]) -> Mapping[str, str]:
    """The hedges and bounds of a passage's figures, or none for a plain key set: `cluster` carries them
    onto dated figures and `clusterseats` weighs hedged figures with them, as `figures_conflict` does."""
    return keys.qualifiers if isinstance(keys, Figures) else {}


def values_fit(family: str, x: str, y: str, qx: Mapping[str, str], qy: Mapping[str, str]) -> bool:
    """Two values of one family that compat.amounts_fit lets state one figure (given their qualifiers)."""
    try:
        vx, vy = Decimal(x), Decimal(y)
    except InvalidOperation:
        return False
    if not (vx.is_finite() and vy.is_finite()):
        return False
    return amounts_fit(Quantity(vx, qualifier=qx.get(f"{family}={x}")),
                    Quantity(vy, qualifier=qy.get(f"{family}={y}")))
