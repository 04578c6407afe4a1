"""A lone span of time contradicting an agreed one told in the same words joins it as its rival (issue #11).

"The ferry crossing took seven hours" in a wire and two other outlets, and a
local paper's "the crossing took nine hours" in a sentence the aligner seated
with none of theirs: the three made one fact, and the paper's figure was left
a span only the paper gives. The count rivals (lonerivals) leave spans of
time out by design: a story tells many of them (a sentence, a closure, a
delay), and a bare "nine hours" names no noun to say which one it times.

So the join asks for what the clock rivals ask (loneclockrivals): the lone
span's passage shares a claim with a mention of the agreed fact, or the words
right around the two figures share a content stem that is no calendar word
and no unit of time ("crossing", not "hours" or "Monday"). Everything else
guards against another span of the story: the agreed fact is one span (one
amount once in one exact base unit, below) from CONSENSUS_MIN_AGREE + 1
sources (lonerivals.one_figure_consensus), none of them the lone one; the lone span is
a plain figure in a unit converting exactly to the agreed one's (no hedge,
no range: "about a day" may round 22 hours) and of the same family
(compat.slot_family: "two years ago" dates a thing, "within three years"
measures one);
the two lie within RIVAL_RATIO of each other (a slip of a figure, not a
minute against a week); the lone passage does not state the difference
itself ("nine hours, two more than planned": two spans told one from the
other); the dissenter states no span fitting the agreed one, and no other
source states the lone span (then it is another span of the story); and
exactly one agreed span is so contradicted. A floor among the agreed spans
("will remain closed for at least 48 hours") fits any longer lone span as it
fits the exact ones, so in these guards it counts neither as the lone span's
agreement nor as another outlet giving it (`_bound`).

Spans are read in the smallest unit their own converts to exactly
(spankeys.span_key): "18 months", "an 18-month wait" and "a year and a half"
are one span of 18 months. Counting "a year and a half" as another amount
than "18 months" left the agreed delay with no one amount, and a rival "20
months" with nothing to dispute. The lone span is still written in a unit
one of the agreeing mentions uses: an outlet's slip changes a figure, not
the unit the story is told in ("the strongest rise in 20 months" is no
slip of three outlets' "two-year fixed rate"). Months and years never meet
weeks or days: "six months" against "27 weeks" is no rival.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from sourcediff.compat import compatible, magnitude, slot_family
from sourcediff.evidence import Evidence
from sourcediff.loneclockrivals import told_alike
from sourcediff.lonerivals import lone_moves, merge_as_rivals, one_figure_consensus, quoted_only
from sourcediff.model import Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.spankeys import EXACT_SPAN_UNITS, span_key
from sourcediff.terms import stem
from sourcediff.values import FLOOR, Converted, Interval, Quantity

# How far apart two spans of one thing may lie, the larger over the smaller: an outlet's slip is a figure
# off by an hour or a year ("five hours" for four, "15 years" for 14), not a span half as long again.
RIVAL_RATIO = Decimal("1.5")

# Words naming a unit of time or a figure are the figures' own: two spans in hours share "hours".
_SPAN_STEMS = frozenset(stem(w) for w in (
    "second seconds minute minutes hour hours day days week weeks fortnight fortnights month months year "
    "years long longer half one two three four five six seven eight nine ten eleven twelve".split()))

# Seconds in each unit, to read a stated difference written in another unit than the spans.
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400,
            "fortnight": 14 * 86400, "month": 30 * 86400, "year": 365 * 86400}


def _span(m: Mention) -> Quantity | None:
    """A span of time as a plain figure ("five hours", "a 16-hour operation"), no age, range or hedge."""
    v = m.value
    if (not isinstance(v, Quantity) or isinstance(v, Converted) or v.unit not in EXACT_SPAN_UNITS
            or m.slot != f"number:{v.unit}" or magnitude(v)):
        return None
    return v


def _keyed(v: Quantity) -> tuple[str, Decimal]:
    """A span's unit-free key: its exact base unit and its amount in it ("a year and a half" is month, 18)."""
    key = span_key(v)
    assert key is not None  # _span keeps only spans in EXACT_SPAN_UNITS
    return key


def _in_base(m: Mention, v: Quantity) -> Mention:
    """``m`` restated in its span's exact base unit, so spans told in two units meet as one amount."""
    base, factor = EXACT_SPAN_UNITS[v.unit or ""]
    high = None if v.high is None else v.high * factor
    return replace(m, value=replace(v, amount=v.amount * factor, unit=base, high=high), slot=f"number:{base}")


def _lone_span(group: Sequence[Mention]) -> Mention | None:
    """The one plain span a one-source fact states throughout (its first mention)."""
    if len({m.source for m in group}) != 1 or len({(m.slot, m.value) for m in group}) != 1:
        return None
    v = _span(group[0])
    return group[0] if v is not None and v.qualifier is None and v.high is None and v.amount > 0 else None


def _agreed_spans(group: Sequence[Mention]) -> bool:
    """An agreed fact of spans only, one amount in one base unit, from CONSENSUS_MIN_AGREE + 1 sources."""
    based = [_in_base(m, v) for m in group if (v := _span(m)) is not None]
    return len(based) == len(group) and one_figure_consensus(based)


def _stated_amount(group: Sequence[Mention]) -> tuple[str, Decimal] | None:
    """The one span (base unit, amount) the agreed fact's exact figures state, None when none does."""
    amounts = {_keyed(v) for m in group
               if (v := _span(m)) is not None and v.qualifier is None and v.high is None}
    return next(iter(amounts)) if len(amounts) == 1 else None


def _fits(a: Mention, b: Mention) -> bool:
    """Whether two spans state one length: compatible, or one amount once in their exact base unit."""
    va, vb = _span(a), _span(b)
    return compatible(a, b) or (va is not None and vb is not None and _keyed(va) == _keyed(vb))


def _bound(m: Mention) -> bool:
    """A span told as a floor ("at least 48 hours", "a minimum of two days"): an estimate's lower bound.

    A wire's "will remain closed for at least 48 hours" fits a local paper's
    "closed for three days" as it fits the trade site's "48 hours": it says
    nothing of which is right, so it neither makes the lone span agree nor
    gives it as another outlet's span. Kept as a reason, it hid the paper's
    three days from the two outlets' exact 48 hours, and the divergence.
    Other bounds are left as they were: "patients waiting more than 52 weeks"
    names a band, and a tabloid's patient "waiting 61 weeks" is one of them;
    a ceiling ("up to seven hours") most often states a most, below which
    other spans of the story fall (measured on ECB+: counted as neutral, a
    ceiling let a shorter span of another thing become a false rival).
    """
    v = m.value
    return isinstance(v, Quantity) and v.high is None and v.qualifier == FLOOR


def _base(m: Mention) -> str | None:
    """The exact base unit of a span, None for no span."""
    v = _span(m)
    return None if v is None else _keyed(v)[0]


def _difference_stated(lone: Mention, gap: Decimal, unit: str, mentions: Sequence[Mention]) -> bool:
    """Whether the lone passage states the gap itself as a span: "nine hours, two more than planned".

    A writer giving the difference tells two spans, one measured from the other; it does not dispute one.
    """
    seconds = gap * _SECONDS[unit]
    for m in mentions:
        if m.source != lone.source or m.passage != lone.passage or m is lone:
            continue
        v = m.value.span if isinstance(m.value, Interval) else m.value
        if not isinstance(v, Quantity):
            continue
        if span_key(v) == (unit, gap):
            return True  # "18 months, half a year more than planned"
        if v.unit in _SECONDS and v.amount * _SECONDS[v.unit] == seconds:
            return True
    return False


def _rival(lone: Mention, group: Sequence[Mention], spans: Sequence[Mention], mentions: Sequence[Mention],
           ctx: Evidence, quoted: frozenset[Mention] = frozenset()) -> bool:
    """Whether the lone span contradicts the agreed ``group`` (see module).

    A span the lone source gives only inside a quotation (``quoted``) is the speaker's, not the
    source's statement, as for counts (lonerivals.quoted_only): a paper narrating "the array sat idle
    for 20 months" and quoting an MP's "a year and a half" still disputes the others' 18 months.
    """
    value = _span(lone)
    agreed = _stated_amount(group)
    if (value is None or agreed is None or lone in quoted
            or lone.source in {m.source for m in group if m not in quoted}):
        return False
    base, amount = _keyed(value)
    if agreed[0] != base or any(_base(m) != base or (_fits(lone, m) and not _bound(m)) for m in group):
        return False
    if value.unit not in {v.unit for m in group if (v := _span(m)) is not None}:
        return False  # a slip is written in a unit the others use: "20 months" is no slip of "two-year"
    if any(slot_family(m) != slot_family(lone) for m in group):
        return False  # "two years ago" dates something, "within three years" measures it: never rivals
    low, high = sorted((amount, agreed[1]))
    if high > low * RIVAL_RATIO or _difference_stated(lone, high - low, base, mentions):
        return False
    if not any(told_alike(lone, m, ctx, _SPAN_STEMS) for m in group):
        return False
    for m in spans:
        if _base(m) != base:
            continue
        if m.source == lone.source and m not in quoted and any(_fits(m, a) and not _bound(a) for a in group):
            return False  # the dissenter gives the agreed span too: two spans, not a rival
        if m.source != lone.source and _fits(m, lone) and not _bound(m):
            return False  # another outlet gives the lone span: another span of the story
    return True


def join_lone_duration_rivals(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                              order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone span of time moved into the one agreed span it contradicts, now divergent."""
    spans = [m for m in mentions if _span(m) is not None]
    quoted = quoted_only(mentions)
    agreed = [k for k, (group, v, _c, _r) in enumerate(facts) if v is Verdict.AGREE and _agreed_spans(group)]
    moved = lone_moves(facts, agreed, _lone_span,
                       lambda lone, group: _rival(lone, group, spans, mentions, ctx, quoted), repeats=True)
    return merge_as_rivals(facts, moved, order)
