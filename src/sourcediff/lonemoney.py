"""A lone sum contradicting an aligned partner of an agreed sum joins that fact as its rival (issue #11).

"Insiders say the washout has left a £5million hole in the promoter's
books" in a tabloid; "a loss of about 4.2 million pounds", "£4.2m" and "more
than £4 million" in three other outlets. The aligner put the tabloid's
sentence with one of them only (a "hole" in the books and a "loss" share few
words), so its £5 million met the others through no claim and was left a
detail only the tabloid has: the divergence was lost. lonerivals does the
same join for counts of a named noun; a sum of money names its subject in
words around it that outlets vary freely, so the claim is the evidence.

A lone sum joins an agreed sum as a divergence when: the lone fact states one
sum (one currency, no bound, no range, no writer's conversion) from one
source; the agreed fact states sums of that currency from at least
CONSENSUS_MIN_AGREE + 1 sources, none of them the lone one; the lone
passage shares a claim with one of the agreed mentions; the lone sum fits
none of the agreed fact's figures that are no bound, from at least
CONSENSUS_MIN_AGREE sources (a bound it fits, "more than £4 million", is
silent, not agreement); it lies within RIVAL_REACH of them (a sum ten times
off is another amount of the story, a ticket price beside a total); the lone
source states no sum fitting the agreed figures anywhere, and no agreeing
source states one fitting the lone sum (a source giving both tells two
amounts); and exactly one agreed fact is so contradicted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from sourcediff.compat import compatible
from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.evidence import Evidence
from sourcediff.extract.money import CONVERSION
from sourcediff.lonejoin import merge_moved
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import BOUND_QUALIFIERS, Money

# How far a rival sum may lie from the agreed figures, as a ratio either way: a misreported sum is of the
# same size; one ten times off is another amount of the story.
RIVAL_REACH = Decimal(10)


def _plain_sum(m: Mention) -> Money | None:
    """The sum ``m`` states when it is a single figure, not a bound, a range or a writer's conversion."""
    v = m.value
    if (m.kind is not Kind.MONEY or not isinstance(v, Money) or v.high is not None or v.amount <= 0
            or v.qualifier in BOUND_QUALIFIERS or CONVERSION in m.cues):
        return None
    return v


def _lone_sum(group: Sequence[Mention]) -> Mention | None:
    """The one sum a one-source fact states (its first mention), None otherwise."""
    if len({m.source for m in group}) != 1 or len({m.value for m in group}) != 1:
        return None
    return group[0] if _plain_sum(group[0]) is not None else None


def _near(a: Money, b: Money) -> bool:
    """Same currency and within RIVAL_REACH of each other either way."""
    return (a.currency == b.currency and a.amount < b.amount * RIVAL_REACH
            and b.amount < a.amount * RIVAL_REACH)


def _rival(lones: Sequence[Mention], group: Sequence[Mention], sums: Sequence[Mention],
           ctx: Evidence) -> bool:
    """Whether the lone sum ``lones`` states contradicts the agreed sums of ``group`` (see module).

    Any of the lone fact's mentions may be the aligned one: a tabloid states its sum in the standfirst
    and again in the body, and the aligner may have seated either.
    """
    lone = lones[0]
    sources = {m.source for m in group}
    if lone.source in sources or len(sources) < CONSENSUS_MIN_AGREE + 1:
        return False
    value = _plain_sum(lone)
    if value is None or any(not isinstance(m.value, Money) or m.value.currency != value.currency
                            for m in group):
        return False
    plain = [(m, _plain_sum(m)) for m in group]
    figures = [(m, v) for m, v in plain if v is not None]
    if len({m.source for m, _v in figures}) < CONSENSUS_MIN_AGREE:
        return False
    if any(compatible(lone, m) or not _near(value, v) for m, v in figures):
        return False
    if not any(ctx.shared_claim(one, m) is not None for one in lones for m in group):
        return False
    members = {id(m) for m in (*group, *lones)}
    for m in sums:
        if id(m) in members:
            continue
        if m.source == lone.source and any(compatible(m, f) for f, _v in figures):
            return False  # the dissenter gives the agreed sum too: two amounts, not a rival
        if m.source in sources and compatible(m, lone):
            return False  # an agreeing source gives the lone sum too
    return True


def join_lone_sums(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                   order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone sum moved into the one agreed sum it contradicts, now divergent."""
    sums = [m for m in mentions if m.kind is Kind.MONEY]
    agreed = [k for k, (group, v, _c, _r) in enumerate(facts)
              if v is Verdict.AGREE and group[0].kind is Kind.MONEY]
    if not agreed:
        return list(facts)
    moved: dict[int, int] = {}
    for n, (group, verdict, _claim, _role) in enumerate(facts):
        if verdict is not Verdict.UNIQUE or _lone_sum(group) is None:
            continue
        targets = [k for k in agreed if _rival(group, facts[k][0], sums, ctx)]
        if len(targets) == 1:
            moved[n] = targets[0]
    if not moved:
        return list(facts)
    firsts = {id(facts[k][0][0]) for k in moved.values()}  # a target's mentions stay in its merged fact
    return [(group, Verdict.DIVERGE if any(id(m) in firsts for m in group) else verdict, claim, role)
            for group, verdict, claim, role in merge_moved(facts, moved, order)]
