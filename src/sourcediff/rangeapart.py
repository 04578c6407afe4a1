"""A range a source gives beside its own point inside it is that source's detail, not the point's agreement.

"The council's cost plan puts the outturn at £372m-£401m, with £386m
carried as the central estimate" in a trade site, "£386m" / "386 million
pounds" in the other outlets: the range holds the £386m, so the judge read
it as one more statement of the agreed sum (compat takes a point inside a
range as fitting it), and the report showed the cost agreed four ways with
the range folded in, where an editor sees the trade site adding the cost
plan's range, a detail only it gives. The writer's own point beside it says
the range is another figure: the spread around the estimate, not a looser
telling of it.

So a range leaves the agreed fact it sits in, as a unique fact of its
source, when that source states a point inside it in the same fact and the
same passage (a point in another sentence may count another thing: "Nine
miners were recovered" beside "Between 8 and 10 workers were injured"), other
sources state the point too (CONSENSUS_MIN_AGREE + 1 sources in all, the
range's own among them: as many as the consensus rules ask before an agreed
figure stands against one dissenter, so the fact stays the point's agreement
on its own), and no other source gives a range.
A range told without its own point ("between £372m and £401m" alone) is
left where the judge put it: it is then that source's telling of the sum.
"""

from __future__ import annotations

from collections.abc import Sequence

from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.model import Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import Money, Quantity


def _range(m: Mention) -> bool:
    v = m.value
    return isinstance(v, (Money, Quantity)) and v.high is not None


def _inside(point: Mention, rng: Mention) -> bool:
    """Whether ``point`` is a plain figure of ``rng``'s type and unit lying within the range."""
    p, r = point.value, rng.value
    if type(p) is not type(r) or not isinstance(p, (Money, Quantity)) or not isinstance(r, (Money, Quantity)):
        return False
    if p.high is not None or r.high is None or point.slot != rng.slot:
        return False
    if isinstance(p, Money) and isinstance(r, Money) and p.currency != r.currency:
        return False
    return r.amount <= p.amount <= r.high


def _apart(group: Sequence[Mention]) -> list[Mention]:
    """The ranges of an agreed fact that leave it (see module), in order; empty when none does."""
    ranges = [m for m in group if _range(m)]
    if not ranges or len({m.source for m in ranges}) != 1:
        return []
    source = ranges[0].source
    points = [m for m in group if not _range(m)]
    if not any(p.source == source and p.passage == r.passage and _inside(p, r)
               for p in points for r in ranges):
        return []
    others = {p.source for p in points if p.source != source and any(_inside(p, r) for r in ranges)}
    if len(others | {source}) < CONSENSUS_MIN_AGREE + 1:
        return []
    return ranges


def split_ranges_apart(facts: Sequence[Judged]) -> list[Judged]:
    """``facts`` with each range its source states beside its own point split off as its unique fact."""
    out: list[Judged] = []
    for group, verdict, claim, role in facts:
        apart = _apart(group) if verdict is Verdict.AGREE else []
        if not apart:
            out.append((group, verdict, claim, role))
            continue
        out.append(([m for m in group if m not in apart], verdict, claim, role))
        out.append((list(apart), Verdict.UNIQUE, None, None))
    return out


__all__ = ["split_ranges_apart"]
