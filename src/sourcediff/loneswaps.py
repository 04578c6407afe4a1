"""A lone count that is an agreed count with two digits swapped joins it as its rival.

"About 1,540 people in the two villages have no road link" in a broadcaster,
"1,450 residents" cut off in three other outlets: the broadcaster's
sentence shared too few words with theirs for the aligner, so its figure sat
in no claim with the others' and was left a detail only it had
(`lonerivals.join_lone_rivals` needs a shared claim). Yet two neighbouring
digits swapped (`digitswap.transposed`) is the commonest slip of a hand
copying a figure: with three sources agreeing on one value, a fourth's count
of the same set with those digits swapped is that value miscopied far more
often than a second fact that happens to share its digits.

So the swap stands in for the alignment, under the same guards as the
claim-based join: the lone fact states one count, from a source the agreed
fact lacks; the agreed fact states one value throughout from at least
CONSENSUS_MIN_AGREE + 1 sources; the two count one set (the same noun, or
nouns of one class, countclasses; a bare "people" counts any set of
people: residents, workers, passengers, or an outbreak's cases, patients
or victims); the lone source states no count
fitting the agreed value anywhere and no agreeing source one fitting the
lone value (a source giving both reports two figures; a count of another
set, "more than 900 parents" beside the pupils, is no such figure); and exactly one
agreed fact is so swapped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sourcediff.compat import compatible, magnitude
from sourcediff.countclasses import class_nouns, people_meet
from sourcediff.digitswap import transposed
from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.lonerivals import lone_moves, merge_as_rivals
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import Quantity


def _count(m: Mention) -> bool:
    """A role-less count with a figure of its own (no "thousands", no writer's conversion)."""
    return (m.kind is Kind.NUMBER and m.slot.endswith(":count") and isinstance(m.value, Quantity)
            and type(m.value) is Quantity and not magnitude(m.value))


def _lone(group: Sequence[Mention]) -> Mention | None:
    """The one count a one-source fact states (its first mention), None otherwise."""
    if len({m.source for m in group}) != 1 or len({(m.slot, m.value) for m in group}) != 1:
        return None
    return group[0] if _count(group[0]) else None


def _consensus(group: Sequence[Mention]) -> bool:
    """An agreed fact of counts of one figure ("1,450", "around 1,450") from enough sources."""
    if not all(_count(m) for m in group) or len({m.source for m in group}) < CONSENSUS_MIN_AGREE + 1:
        return False
    return len({m.value.amount for m in group if isinstance(m.value, Quantity)}) == 1


def _nouns(m: Mention) -> frozenset[str]:
    return class_nouns(m.cues)


def _one_set(lone: Mention, agreed: Sequence[Mention]) -> bool:
    """Whether the lone count and the agreed counts name one set (module doc)."""
    mine = _nouns(lone)
    theirs = frozenset().union(*(_nouns(m) for m in agreed))
    if mine & theirs:
        return True
    return people_meet(mine, theirs)


def _swapped(lone: Mention, group: Sequence[Mention], counts: Sequence[Mention]) -> bool:
    """Whether ``lone`` is the agreed ``group``'s count with two digits swapped (module doc)."""
    if lone.source in {m.source for m in group} or not _consensus(group):
        return False
    agreed, mine = group[0].value, lone.value
    if not (isinstance(agreed, Quantity) and isinstance(mine, Quantity)) or agreed.unit != mine.unit:
        return False
    if not transposed(mine.amount, agreed.amount) or not _one_set(lone, group):
        return False
    sources = {m.source for m in group}
    for m in counts:
        # Only a count of the same set bears on it: a hedged count of another set ("more than 900
        # parents" beside "1,640 pupils") fits many figures and says nothing of this one.
        if m.source == lone.source and compatible(m, group[0]) and _one_set(m, group):
            return False  # the dissenter gives the agreed count too: two figures
        if m.source in sources and compatible(m, lone) and _one_set(m, [lone]):
            return False  # an agreeing source gives the lone count too
    return True


def join_lone_swaps(facts: Sequence[Judged], mentions: Sequence[Mention],
                    order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone count moved into the one agreed count it is a digit swap of, now divergent."""
    counts = [m for m in mentions if _count(m)]
    agreed = [k for k, (group, v, _c, _r) in enumerate(facts) if v is Verdict.AGREE and _count(group[0])]
    # `_swapped` refuses an agreed fact holding the lone count's source or with no consensus: both read
    # once per agreed fact here, not once per (lone count, agreed fact) pair of a long story.
    consensual = [(k, frozenset(m.source for m in facts[k][0])) for k in agreed if _consensus(facts[k][0])]
    moved = lone_moves(facts, agreed, _lone, lambda lone, group: _swapped(lone, group, counts),
                       among=lambda lone: [k for k, sources in consensual if lone.source not in sources],
                       bounded=True)
    return merge_as_rivals(facts, moved, order)
