"""A story's lone dissenter on a count of one named thing, wherever its sentence stands.

One divergence rule of diverge.divergent_pairs. The claim's consensus
(divergeconsensus) sets one source's count of a noun against the count its
other sources agree on, but only inside one claim. A trade outlet's fact box
often says in two lines ("Route length: 18.6 km", "Stations: 15") what the
other outlets say in one sentence ("The 18.6km line has 14 stations"): the
aligner seats the box's first line in that claim, the second sits in another
(or in none), and the rival count stayed a unique detail of its source.

Split out because it weighs the whole story at once, with no claim: each
source that counts the noun counts it once (one value, however often said),
at least NOUN_CONSENSUS_MIN_AGREE sources agree on one value, and exactly one
source gives another of the same size. A story counts its stations, its
branches or its flights once; three outlets agreeing on it and a fourth
differing is the editor's divergence. A source giving two values of the noun
("14 stations now, 20 by 2030"), a hedged count, or a second dissenter leaves
the noun alone: then the counts may be of different things; a source's
smaller counts of the noun beside its largest are its parts ("eight
ministers: five at the table, three by video link") and neither agree nor dissent.

Small counts ("seven ministers" against three outlets' "eight") count too,
though one claim's rules leave them alone (countnouns.NOUN_APART_MIN):
there a small figure's noun is weak evidence, as a story counts many small
sets; here every source counting the noun states one set of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal

from sourcediff.compat import compatible
from sourcediff.countnouns import count_stems
from sourcediff.divergeconsensus import NOUN_CONSENSUS_MIN_AGREE, named_count_family
from sourcediff.divergepair import one_size
from sourcediff.model import Mention
from sourcediff.unioncounts import union_count
from sourcediff.values import BOUND_QUALIFIERS, Quantity

STORY_COUNT_MIN = 2


def _story_count(m: Mention) -> bool:
    """A count of a named noun, small ones too: this rule's own evidence keeps small counts apart."""
    return bool(count_stems(m)) and isinstance(m.value, Quantity) and m.value.amount >= STORY_COUNT_MIN


def story_count_pairs(ms: Sequence[Mention], texts: Mapping[str, str]) -> list[tuple[int, int]]:
    """(the lone dissenter, one agreeing count) for each named noun the story's sources count once each.

    A count of a union ("61,000 households and businesses", unioncounts)
    counts another set than its noun's, and shields the noun as a hedge
    does. Left out instead, a count misread as a union (a clause joined:
    "won 11 matches and climbed to third") took away a second dissenter and
    left the other a lone dissenter it is not.
    """
    # family -> source -> the value as written canonically -> its mentions
    counts: dict[str, dict[str, dict[str, list[int]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list)))
    hedged: set[str] = set()
    loose: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        family = named_count_family(m)
        if family is None or not _story_count(m):
            continue
        if union_count(m, texts):
            hedged.add(family)  # "61,000 households and businesses": sources count different sets of the noun
            continue
        if not isinstance(m.value, Quantity) or m.value.qualifier is not None:
            loose[family].append(i)
            continue
        counts[family][m.source][m.canonical].append(i)
    for family, hedges in loose.items():
        for i in hedges:
            value = _hedge_reading(ms, i, counts[family])
            if value is None:
                hedged.add(family)  # "some 140,000", "more than 14" fitting a rival: shields any dissenter
            else:
                counts[family][ms[i].source][value].append(i)
    pairs = []
    for family, by_source in counts.items():
        if family in hedged or len(by_source) < NOUN_CONSENSUS_MIN_AGREE + 1:
            continue
        pair = _lone_dissent(ms, by_source)
        if pair is not None:
            pairs.append(pair)
    return pairs


def _hedge_reading(ms: Sequence[Mention], i: int, by_source: dict[str, dict[str, list[int]]]) -> str | None:
    """The value a hedged count stands for in the story's tally, or None when it may fit several.

    A hedge that fits exactly one value other sources state exactly ("Some
    9,400 appointments" beside "9,400 appointments") states that value. A
    bound that fits none of them ("more than 11,000" against 9,400) states a
    figure of its own, a rival as clear as an exact one. A hedge fitting two
    stated values, or a rounding ("about 10,000") that fits none, could be
    either side's, and shields the noun as before.
    """
    m = ms[i]
    fits = {value for source, values in by_source.items() if source != m.source
            for value, idx in values.items() if compatible(m, ms[idx[0]]) or compatible(ms[idx[0]], m)}
    if len(fits) == 1:
        return next(iter(fits))
    stated = any(source != m.source for source in by_source)
    if (not fits and stated and isinstance(m.value, Quantity)
            and m.value.qualifier in BOUND_QUALIFIERS):
        return m.canonical
    return None


def _lone_dissent(ms: Sequence[Mention],
                  by_source: dict[str, dict[str, list[int]]]) -> tuple[int, int] | None:
    """The one source's count against the count every other source states, or None.

    Each source's largest count of the noun is its whole; its smaller counts
    are parts of it ("eight ministers: five at the table and three by video
    link"), subsets of the same set, which neither agree nor dissent. A
    source counting a larger second set ("14 stations now, 20 by 2030") has
    that as its whole, and stands as a second dissenter, leaving the noun alone.
    """
    wholes = {s: max(values, key=lambda v: _amount(ms[values[v][0]])) for s, values in by_source.items()}
    support: dict[str, int] = defaultdict(int)
    for value in wholes.values():
        support[value] += 1
    agreed = max(support, key=lambda v: (support[v], v))
    odd = [s for s, value in wholes.items() if value != agreed]
    if len(odd) != 1 or support[agreed] < NOUN_CONSENSUS_MIN_AGREE:
        return None
    lone = odd[0]
    told_by_others = any(wholes[lone] in values for s, values in by_source.items() if s != lone)
    if agreed in by_source[lone] or told_by_others:
        return None  # a source giving both reports two moments
    o = by_source[lone][wholes[lone]][0]
    partner = next(values[agreed][0] for s, values in by_source.items() if s != lone)
    if (compatible(ms[o], ms[partner]) or compatible(ms[partner], ms[o])
            or not one_size(ms[o], ms[partner])):
        return None
    return o, partner


def _amount(m: Mention) -> Decimal:
    """A count's figure (every mention weighed here is a Quantity)."""
    return m.value.amount if isinstance(m.value, Quantity) else Decimal(0)


__all__ = ["story_count_pairs"]
