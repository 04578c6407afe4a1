"""A lone sum told with an agreed sum's words, in no claim with it, is its rival (issue #11).

"The levy will raise an extra $90 million a year" in a wire, "the extra $90m
the levy is expected to raise" and "Expected additional revenue: US$90m" in
two more outlets, and a local paper's "the levy will raise around $75 million
a year, money the mayor wants for buses": the paper's sentence, long and
about the buses, was seated in none of the others' claims, so the claim
rivals (loneclaimrivals) never saw it, and the named-sum rival (lonesums)
knows only the nouns a story has one of (bail, ransom, fine). The words
beside the two sums ("raise") say which sum the paper disputes.

The lone sum joins an agreed sum as its rival only when nothing leaves room
for a second thing:
- the lone fact states one sum from one source, exact or "about", no bound,
  range or order of magnitude (loneclaimrivals' lone figure), the only sum
  of its currency in its passage;
- the agreed fact's sums in that currency are loneclaimrivals' consensus
  (one amount stated by CONSENSUS_MIN_AGREE sources, every figure fitting,
  from CONSENSUS_MIN_AGREE + 1 sources), none of them the lone one;
- one of those sums is named as the lone one is: a cue, the word after the
  figure or a content word beside it (loneclaimrivals' reading of sums), and
  is the only sum of the currency in its passage ("will pay £3.50, up from
  £3.20" tells two levels, and words beside one are beside the other);
- the larger over the smaller is at most RIVAL_RATIO: a slip of a figure,
  not another sum of the story (a fee beside a budget);
- the two differ beyond any hedge or rounding, are both levels or both
  changes (the one named alike), and the lone sum is no bar to pass ("once
  fees exceed about $80,000": a threshold, not the fee);
- the lone source states no sum fitting the agreed one, and no agreeing
  source one fitting the lone sum (a source with both tells two things);
- exactly one agreed fact is so contradicted (lonerivals.lone_moves, with a
  headline restating the lone sum allowed to make the case).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from sourcediff.compat import compatible
from sourcediff.evidence import Evidence
from sourcediff.loneclaimrivals import (
    _alone_in_passage,
    _consensus,
    _family,
    _figure,
    _lone,
    _rounds,
    _same_thing,
    _sum_named_alike,
)
from sourcediff.lonerivals import lone_moves, merge_as_rivals
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.regexcache import regex
from sourcediff.values import Money

# A comparison right before a sum makes it a bar to pass: "exceed about $80,000", "more than £2m".
_COMPARED = regex(r"\b(?:exceed\w*|surpass\w*|tops?|topp\w+|above|below|beyond|than|over|under)"
                  r"(?:\s+(?:about|around|roughly|some|nearly|almost|approximately))?\s*$", re.IGNORECASE)
# How far apart a lone sum and the agreed one may lie and still be one sum told two ways.
RIVAL_RATIO = Decimal("1.5")


def _lone_sum(group: Sequence[Mention]) -> Mention | None:
    """The one sum a one-source fact states (its first mention), None otherwise."""
    lone = _lone(group)
    return lone if lone is not None and isinstance(lone.value, Money) else None


def _near(a: Money, b: Money) -> bool:
    low, high = sorted((a.amount, b.amount))
    return low > 0 and high <= low * RIVAL_RATIO


def _threshold(m: Mention, ctx: Evidence) -> bool:
    """Whether the sum is what something is compared with ("once fees exceed about $80,000"), not a level.

    A bar that a figure of the story may pass is another sum than the one the others state, however
    near it lies and whatever words it shares with theirs.
    """
    return bool(_COMPARED.search(ctx.texts.get(m.source, ""), max(0, m.span.start - 40), m.span.start))


def _rival(lone: Mention, group: Sequence[Mention], at: Mapping[tuple[str, int, object], list[Mention]],
           stated: Mapping[tuple[str, object], list[Mention]], ctx: Evidence) -> bool:
    """Whether ``lone`` contradicts the agreed ``group``, matched to it by the words beside the sums."""
    family = _family(lone)
    sources = {m.source for m in group}
    if lone.source in sources or not isinstance(lone.value, Money):
        return False
    same = [m for m in group if _family(m) == family]
    if not same or not _consensus(same) or not _alone_in_passage(lone, at, [lone]):
        return False
    figures = [m for m in same if _figure(m) and isinstance(m.value, Money)]
    if not figures or not all(isinstance(m.value, Money) and _near(lone.value, m.value) for m in figures):
        return False
    if _threshold(lone, ctx) or not any(_same_thing(lone, m) and _alone_in_passage(m, at, same)
                                        and _sum_named_alike(lone, m, ctx) for m in figures):
        return False
    if any(compatible(lone, m) or compatible(m, lone) or _rounds(lone, m) for m in same):
        return False
    if any(compatible(o, m) for o in stated.get((lone.source, family), ()) for m in same):
        return False  # the dissenter gives the agreed sum too: two things, not a rival
    return not any(compatible(o, lone) for s in sources for o in stated.get((s, family), ()))


def join_lone_sum_words(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                        order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone sum moved into the one agreed sum told with its words, now divergent."""
    at: dict[tuple[str, int, object], list[Mention]] = {}
    stated: dict[tuple[str, object], list[Mention]] = {}
    for m in mentions:
        if m.kind is Kind.MONEY and isinstance(m.value, Money):
            family = _family(m)
            at.setdefault((m.source, m.passage, family), []).append(m)
            stated.setdefault((m.source, family), []).append(m)
    agreed = [k for k, (g, v, _c, _r) in enumerate(facts)
              if v is Verdict.AGREE and any(isinstance(m.value, Money) for m in g)]
    moved = lone_moves(facts, agreed, _lone_sum,
                       lambda lone, group: _rival(lone, group, at, stated, ctx), repeats=True)
    return merge_as_rivals(facts, moved, order)


__all__ = ["RIVAL_RATIO", "join_lone_sum_words"]
