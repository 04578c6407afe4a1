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
the noun alone: then the counts may be of different things.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sourcediff.compat import compatible
from sourcediff.countnouns import named_count
from sourcediff.divergeconsensus import NOUN_CONSENSUS_MIN_AGREE, named_count_family
from sourcediff.divergepair import _one_size
from sourcediff.model import Mention
from sourcediff.values import Quantity


def story_count_pairs(ms: Sequence[Mention]) -> list[tuple[int, int]]:
    """(the lone dissenter, one agreeing count) for each named noun the story's sources count once each."""
    # family -> source -> the value as written canonically -> its mentions
    counts: dict[str, dict[str, dict[str, list[int]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list)))
    hedged: set[str] = set()
    for i, m in enumerate(ms):
        family = named_count_family(m)
        if family is None or not named_count(m):
            continue
        if not isinstance(m.value, Quantity) or m.value.qualifier is not None:
            hedged.add(family)  # "some 140,000", "more than 14": fits several values, shields any dissenter
            continue
        counts[family][m.source][m.canonical].append(i)
    pairs = []
    for family, by_source in counts.items():
        if family in hedged or len(by_source) < NOUN_CONSENSUS_MIN_AGREE + 1:
            continue
        if any(len(values) != 1 for values in by_source.values()):
            continue  # a source counting the noun twice: the story counts more than one set of it
        firsts = {s: next(iter(values.values()))[0] for s, values in by_source.items()}
        by_value: dict[str, list[int]] = defaultdict(list)
        for i in firsts.values():
            by_value[ms[i].canonical].append(i)
        if len(by_value) != 2:
            continue
        agreed, odd = sorted(by_value.values(), key=len, reverse=True)
        if len(odd) != 1 or len(agreed) < NOUN_CONSENSUS_MIN_AGREE:
            continue
        o, partner = odd[0], agreed[0]
        if (compatible(ms[o], ms[partner]) or compatible(ms[partner], ms[o])
                or not _one_size(ms[o], ms[partner])):
            continue
        pairs.append((o, partner))
    return pairs


__all__ = ["story_count_pairs"]
