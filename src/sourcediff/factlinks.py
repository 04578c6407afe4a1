"""Why two mentions of one slot family are one fact: link strengths, and the value keys that propose links.

Split out of compare.py because both ways of clustering (factclusters: link
by link, and whole connected sets) ask these same questions of a pair, and
the candidate index (mentionindex) groups mentions by these same keys
(``_canonical``, ``_figure_key``, ``_instant_key``, ``_part_day``,
``_role``, ``_noun_key``). The rules are in compare.py's module docstring.
"""

from __future__ import annotations

import functools
import math
from calendar import monthrange
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple, cast

from sourcediff.compat import (
    ROUNDED_TO,
    SEA_MILES,
    base_factor,
    base_unit_value,
    clock_readings,
    comparable,
    compatible,
    counted,
    exact_amount,
    fraction_of_one,
    hedged_window,
    magnitude,
    quotes_agree,
    rounding_step,
    same_quotation,
    slot_family,
    us_gallons,
    written_form,
)
from sourcediff.countclasses import kinds_apart, people_and_vehicles
from sourcediff.countnouns import NOUN_APART_MIN, count_stems
from sourcediff.divergepair import bound_word, one_size
from sourcediff.divergeslots import _month_end_day
from sourcediff.eventnouns import plain_noun
from sourcediff.evidence import Evidence
from sourcediff.extract.percentmoves import ways_apart
from sourcediff.extract.percentnouns import chance_apart
from sourcediff.extract.roles import PART, roles_of
from sourcediff.extract.scenecounts import SCENE
from sourcediff.extract.times import written_reach
from sourcediff.extract.years import straddling
from sourcediff.model import Kind, Mention, Span
from sourcediff.text import fold
from sourcediff.values import (
    ABOVE,
    APPROX,
    BOUND_QUALIFIERS,
    FLOOR,
    ClockTime,
    Converted,
    DateValue,
    Elapsed,
    Money,
    PartOfDay,
    Quantity,
    QuoteValue,
    Rate,
    Value,
    large_precise,
)

# Passages this similar (align/similarity.py's judge score) are taken to talk about the
# same thing even when the aligner did not group them into one claim; lower
# than the claim bar because the shared value itself is evidence too.
LINK_SCORE = 0.22
# Link strengths: claim membership beats a shared distinctive value, which
# beats mere passage similarity. Added to the passage pair score.
IN_CLAIM = 2.0
DISTINCTIVE = 1.0
# Added to an in-claim link of a bound and the figure it names (`_bound_at_figure`): above any other
# in-claim link, whose passage score is at most 1.
STATED_BOUND = 1.0
# Added to an in-claim link of two quotes in the same words, one possibly a verbatim cut of the
# other (`_word_for_word`): above any in-claim link of a reworded quote.
VERBATIM_QUOTE = 1.0
# Added to an in-claim link of a round bound and a figure within its last step (`rounded_bound`): only a
# tie-break between figures of one passage, which share its score with the bound's passage. A real bonus
# (0.5) overrode passage evidence: "more than 3,000" linked first to a figure of the right size in a
# weaker pair of passages and was kept from the fact the other outlets agree on (census story).
ROUNDED_BOUND = 1e-6


def _distinctive(m: Mention) -> bool:
    """Values that identify a fact slot by themselves across one story (one day, one season's "2029-30")."""
    v = m.value
    if m.kind in (Kind.MONEY, Kind.PERCENT, Kind.QUOTE, Kind.PERSON, Kind.ORG):
        return True
    if m.kind is Kind.NUMBER:  # a rough "half a mile" names no measure of its own (compat.fraction_of_one)
        return (not m.slot.endswith(":count") and not fraction_of_one(m)) or large_precise(v)
    if isinstance(v, ClockTime):
        return True
    if isinstance(v, DateValue):
        return (v.start is not None and v.start == v.end) or straddling(v)
    if isinstance(v, PartOfDay):
        return v.day is not None
    return False


@functools.lru_cache(maxsize=65536)
def _same_values(kind: Kind, va: Value, vb: Value, same_family: bool) -> bool:
    """Value-level comparison, memoized: stories repeat the same values many times."""
    a = Mention(kind, "a", 0, Span(0, 0), "", va, slot="")
    b = Mention(kind, "b", 0, Span(0, 0), "", vb, slot="")
    return same_family and _compare_values(a, b)


# How far apart two figures the judge may call one value lie (compat.amounts_fit), as a share of the
# larger: APPROX_TOLERANCE for a hedge or a unit converted (a one-digit conversion,
# CONVERTED_DIGIT_REACH, is as wide), or twice a hedged figure's rounding; EXACT_TOLERANCE for two
# figures of one unit, which may also lie their rounding apart. Fahrenheit's converted degree (5/9)
# is absolute.
_WIDE_SHARE = 0.1
_EXACT_SHARE = 0.01
_DEGREE = 1.0
# Floats read from the Decimal figures: a margin far above their error.
_FLOAT_MARGIN = 1e-9


class FitPlace(NamedTuple):
    """Where a value lies, for telling cheaply that two values cannot fit (`may_fit`).

    ``kind`` is "figure" (an amount in its dimension's base unit, ``lo`` to ``hi``, with what
    compat.amounts_fit reads of it), "date" (days ``lo`` to ``hi``) or "clock" (its minutes of the
    day, local and UTC, in ``readings``).
    """

    kind: str
    lo: float
    hi: float
    readings: frozenset[int] = frozenset()
    unit: str | None = None
    factor: float = 1.0
    rounding: float = 0.0  # compat.rounding_step in the base unit
    hedged: bool = False
    exact: bool = False  # compat.exact_amount: two such figures fit only when equal


def fit_place(v: Value) -> FitPlace | None:
    """The place of a value that can fit only values near it; None for one that may fit anything.

    A bound ("more than 4,000") fits every larger figure, and race times, exchange rates, miles
    (which may be nautical) and gallons (which may be imperial: compat reads both) follow rules of
    their own: they are not placed.
    """
    if isinstance(v, Money | Quantity):
        return _figure_place(v, written_form(v))
    if isinstance(v, ClockTime):
        exact = {v.hour * 60 + v.minute, *(() if v.utc is None else (v.utc,))}
        if v.halves:  # its half of day unknown, it stands for both readings (compat._half_readings)
            exact |= {(m + 720) % 1440 for m in exact}
        # A hedged clock ("around 7pm") may fit any minute within its reach (compat._hedged_clock).
        return FitPlace("clock", 0.0, 0.0, readings=frozenset(
            (m + d) % 1440 for m in exact for d in hedged_window(v)))
    if isinstance(v, DateValue) and v.start is not None and v.end is not None:
        return FitPlace("date", float(v.start.toordinal()), float(v.end.toordinal()))
    return None


@functools.lru_cache(maxsize=65536)
def _figure_place(v: Money | Quantity, written: tuple[object, ...]) -> FitPlace | None:
    """`fit_place` of a figure, remembered by the value as written (`compat.written_form`, as
    `rounding_step` is).

    Why: the judge places each figure's value more than once (`_link_by_strength` per family bucket,
    `divergecontext._Matched` again), and a story restates its figures; the Decimal arithmetic of a
    place cost more than the lookup. Equal values written alike give equal places: the place reads
    the value's worth and, through `rounding_step`, its written digits, both in the key.
    """
    unit = getattr(v, "unit", None)
    if (isinstance(v, Elapsed | Rate | Converted) or v.qualifier in BOUND_QUALIFIERS or unit in SEA_MILES
            or us_gallons(unit)):
        return None
    lo, hi = (float(x) for x in base_unit_value(v))
    factor = float(base_factor(v))
    rounding = float(rounding_step(v)) * factor
    if not all(math.isfinite(x) for x in (lo, hi, factor, rounding)):
        return None
    return FitPlace("figure", lo, hi, unit=unit, factor=factor, rounding=rounding,
                    hedged=v.qualifier == APPROX, exact=exact_amount(v))


def may_fit(a: FitPlace | None, b: FitPlace | None) -> bool:
    """False only when `_same_values` is sure to refuse the two values (places from `fit_place`).

    Far figures, clocks with no reading in common, days that do not overlap. Cheaper than asking:
    a long story proposes many pairs of one family whose values differ (`factclusters._candidates`).
    """
    if a is None or b is None or a.kind != b.kind:
        return True
    if a.kind == "clock":
        return not a.readings.isdisjoint(b.readings)
    gap = max(b.lo - a.hi, a.lo - b.hi)
    if a.kind == "date" or gap <= 0:
        return gap <= 0
    size = max(abs(a.lo), abs(a.hi), abs(b.lo), abs(b.hi))
    if a.unit != b.unit or a.hedged or b.hedged:
        reach = max(_WIDE_SHARE * max(size, a.factor, b.factor), 2 * max(a.rounding, b.rounding)) + _DEGREE
        coarse = a if _span_rounds(a, b) else b if _span_rounds(b, a) else None
        if coarse is not None:
            # a span in weeks may be the other's days rounded (compat._round_span: "three weeks" for
            # 18 to 24 days): half the coarse unit, a superset of that rule's reach
            reach = max(reach, abs(coarse.factor) / 2 + _DEGREE)
    elif a.exact and b.exact:
        return False  # equal figures overlap
    else:
        reach = max(_EXACT_SHARE * max(size, a.factor), a.rounding, b.rounding)
    return gap <= reach * (1 + _FLOAT_MARGIN) + _FLOAT_MARGIN * size


def _span_rounds(coarse: FitPlace, fine: FitPlace) -> bool:
    """The coarse place's unit is one compat reads as the fine one's rounded ("weeks" of "days")."""
    return coarse.unit is not None and fine.unit is not None and ROUNDED_TO.get(coarse.unit) == fine.unit


def fit_reaches(p: FitPlace) -> tuple[float, float]:
    """How far past its own interval a placed figure may fit another: its share of `may_fit`'s reach.

    Two shares: next to a figure of its unit when neither is hedged (the exact case), and next to any
    other (the wide case). Each term of the reach `may_fit` accepts (a share of the larger figure or
    of a factor, a rounding or twice it, the converted degree) belongs to one of the two figures, so a
    pair's reach is at most the sum of its figures' shares: two figures whose intervals, each widened
    by its share, do not overlap are refused, and a sweep over widened intervals (`fitpairs`) misses
    no pair `may_fit` accepts. Dates fit only when they overlap and clocks are not placed on a line (0).
    """
    if p.kind != "figure":
        return 0.0, 0.0
    size = max(abs(p.lo), abs(p.hi))
    exact = max(_EXACT_SHARE * max(size, abs(p.factor)), abs(p.rounding))
    wide = max(_WIDE_SHARE * max(size, abs(p.factor)), 2 * abs(p.rounding)) + _DEGREE / 2
    if p.unit in ROUNDED_TO:  # a coarse span carries the whole half unit `may_fit` gives a rounded pair
        wide = max(wide, abs(p.factor) / 2 + _DEGREE / 2)
    margin = 2 * _FLOAT_MARGIN * size
    return exact * (1 + 2 * _FLOAT_MARGIN) + margin, wide * (1 + 2 * _FLOAT_MARGIN) + margin


def _compare_values(a: Mention, b: Mention) -> bool:
    if a.kind is Kind.QUOTE:
        assert isinstance(a.value, QuoteValue) and isinstance(b.value, QuoteValue)
        return same_quotation(a.value, b.value)
    if a.kind in (Kind.PERSON, Kind.ORG):
        return a.canonical == b.canonical
    return compatible(a, b)


def _link_strength(a: Mention, b: Mention, ctx: Evidence) -> float | None:
    """How strongly two mentions of one slot family are linked, None when they are not."""
    if a.source == b.source or not _same_values(a.kind, a.value, b.value, True):
        return None
    if _about_different(a, b, ctx) or scene_and_whole(a, b):
        return None
    if _role_told_otherwise(a, b, ctx) or _coarse_beside_exact(a, b, ctx) or _coarse_beside_exact(b, a, ctx):
        return None
    if _vague_beside_day(a, b, ctx) or _vague_beside_day(b, a, ctx):
        return None
    if _trailing_window_beside_day(a, b) or _trailing_window_beside_day(b, a):
        return None
    if _day_beside_own_span(a, b, ctx) or _day_beside_own_span(b, a, ctx):
        return None
    if _span_beside_claimed_day(a, b, ctx) or _span_beside_claimed_day(b, a, ctx):
        return None
    if _span_beside_own_day(a, b, ctx) or _span_beside_own_day(b, a, ctx):
        return None
    if _bound_beside_aligned(a, b, ctx) or _bound_beside_aligned(b, a, ctx):
        return None
    if bound_beside_own_count(a, b, ctx) or bound_beside_own_count(b, a, ctx):
        return None
    score = ctx.pair_score(a, b)
    if ctx.shared_claim(a, b):
        if _vague_other_noun(a, b) and (_outside_magnitude(a, b) or _outside_magnitude(b, a)):
            return None
        if _measure_told_otherwise(a, b, ctx) or _measure_told_otherwise(b, a, ctx):
            return None
        return IN_CLAIM + score + _in_claim_bonus(a, b)
    if a.kind not in (Kind.QUOTE, Kind.PERSON, Kind.ORG) and ctx.same_local_context(a, b):
        return DISTINCTIVE + score
    if _distinctive(a) and _distinctive(b) and (a.kind in (Kind.QUOTE, Kind.PERSON, Kind.ORG)
                                               or a.canonical == b.canonical or _same_figure(a, b)
                                               or _instant_key(a) == _instant_key(b) is not None
                                               or _half_day_key(a) == _half_day_key(b) is not None
                                               or isinstance(a.value, PartOfDay)):
        return DISTINCTIVE + score
    if (roles_of(a.cues) and roles_of(a.cues) == roles_of(b.cues)
            and not (magnitude(a.value) or magnitude(b.value))):
        return DISTINCTIVE + score  # one story's death toll, injured, missing: one fact per role
    if _noun_key(a) is not None and _noun_key(a) == _noun_key(b):
        return DISTINCTIVE + score  # "more than 400 officers", "about 450 officers": one story's officers
    if not comparable(a, b) or _role_apart(a, b):
        return None
    if _distinctive(a) and _distinctive(b) and (_hedged_round(a, b) or _hedged_round(b, a)):
        return score  # after every stronger link: a hedged round figure fits several exact ones
    if _month_beside_its_first(a, b, ctx) or _month_beside_its_first(b, a, ctx):
        return score  # as weak: "until October 2028" and another outlet's "until Oct. 1, 2028"
    if _month_end_beside_its_last(a, b, ctx) or _month_end_beside_its_last(b, a, ctx):
        return score  # as weak: "by the end of March" and another outlet's "by 31 March"
    if _hedge_rounds(a, b) and _lone_reading(a if cast(ClockTime, a.value).reach else b, ctx):
        return score  # as weak: a hedged clock and the one finer reading of the story it fits
    if _bound_count_fits(a, b, ctx) or _bound_count_fits(b, a, ctx):
        return score  # as weak: "more than 50 of the giant mammals" and the story's one count of 52
    if _vague_other_noun(a, b):
        return None
    return score if score >= LINK_SCORE and ctx.listed_similar(a, b, LINK_SCORE) else None


# How much stronger than every claim two equal measures share the claim must be that seats one of them
# beside another sentence of the other's source, stating a different measure of the same unit
# (`_measure_told_otherwise`): a clearly better match, not a coin toss between two claims.
TOLD_OTHERWISE_MARGIN = 0.1


def _measure_told_otherwise(m: Mention, other: Mention, ctx: Evidence) -> bool:
    """Whether ``other``'s source states ``m``'s measure as another value, in a claim stronger than theirs.

    A trade site's "a payback period of nine years" and a tabloid's forklift
    driver "who has worked at Fellgate for nine years" are equal values, and a
    weak claim seated the two sentences together; but the trade site's
    sentence also sits, in a much stronger claim, beside the tabloid's
    "the panels will have paid for themselves within seven years". In the
    tabloid's words the payback is seven years, so the nine years are the
    rival of that, not the driver's years: linked to the driver's, the trade
    site's figure was spent on an agreement about nothing and its
    divergence was never seen. Measures with a unit only (a bare count's
    other sentence may count another noun), in the same unit (slot), and
    only when every measure of that unit in the other sentence differs and
    is of one size with ``m`` (`one_size`): a strong claim about a peak's
    altitude (1,900 metres) that also seats a sentence giving a mast's
    height (40 metres) says nothing of which height the mast is. Nor when
    ``m``'s own passage states the other figure too ("jailed for 13 years
    and must serve eight years and six months"): beside another outlet's
    "jailed for 13 years" the strong claim matched its 13 years, not its
    eight and a half.
    """
    if not isinstance(m.value, Quantity) or m.value.unit is None or m.slot.endswith(":age"):
        return False  # an age is a person's: another sentence's age may be another person's
    mine = ctx.claims_of.get((m.source, m.passage), frozenset())
    theirs = ctx.claims_of.get((other.source, other.passage), frozenset())
    shared = mine & theirs
    if not shared or not ctx.claim_seats:
        return False
    floor = max((ctx.claim_seats[c][0] for c in shared if c in ctx.claim_seats), default=0.0)
    siblings = [o for o in ctx.measures_in.get((m.source, m.passage), ()) if o is not m and o.slot == m.slot]
    for c in mine - theirs:
        score, seats = ctx.claim_seats.get(c, (0.0, frozenset()))
        if score < floor + TOLD_OTHERWISE_MARGIN:
            continue
        for source, passage in seats:
            if source != other.source or passage == other.passage:
                continue
            rivals = [o for o in ctx.measures_in.get((source, passage), ()) if o.slot == m.slot]
            if rivals and all(one_size(m, o) and not _same_values(m.kind, m.value, o.value, True)
                              and not any(_same_values(m.kind, x.value, o.value, True) for x in siblings)
                              for o in rivals):
                return True
    return False


def _vague_other_noun(a: Mention, b: Mention) -> bool:
    """An order of magnitude and a count of another noun, in passages no claim joined.

    "Thousands of new flats are going up" and "thousands of people came"
    fit each other as values ("thousands" fits every figure of its size,
    compat.magnitude), and their passages may be alike enough for the loose
    link (both about one district), but the value is evidence of no
    particular figure and the nouns say they count two things: they were
    shown as one agreed fact. Only counts whose nouns were both read, none
    shared (a count with no noun read says nothing against one). Inside
    a claim it holds only with _outside_magnitude.
    """
    if not (magnitude(a.value) or magnitude(b.value)):
        return False
    if not (a.slot.endswith(":count") and b.slot.endswith(":count")):
        return False
    na = {plain_noun(c) for c in a.cues if not c.startswith("role:")}
    nb = {plain_noun(c) for c in b.cues if not c.startswith("role:")}
    return bool(na) and bool(nb) and na.isdisjoint(nb)


def _outside_magnitude(vague: Mention, figure: Mention) -> bool:
    """A vague magnitude ("dozens" of villages) and a figure below or above its own range (23 routes).

    Inside one claim, two counts of other nouns may still be one count told
    in other words ("thousands of residents", "4,300 people"), so the claim
    keeps them linked while the figure lies in the magnitude's range. Its
    range is already the writer's hedge: a figure that reaches it only by
    the approximate tolerance on top ("dozens" is from 24, not 23) and
    counts another noun is another count of the story.
    """
    v, f = vague.value, figure.value
    if not (magnitude(v) and isinstance(v, Quantity) and isinstance(f, Quantity)) or magnitude(f):
        return False
    assert v.high is not None  # a magnitude is a range
    return f.amount < v.amount or (f.high if f.high is not None else f.amount) > v.high


# A measure of this many significant digits or fewer is a round one ("2km", "1.5 miles"); of at least
# EXACT_DIGITS an exact one ("1,912 m", "13.6 km" is not: three digits, but see _coarse_beside_exact).
ROUND_DIGITS = 2
EXACT_DIGITS = 3
# How close an exact figure beside the round one must be to the other source's exact figure to be its
# reading instead: a slip of a digit or two ("1,921 m" for "1,912 m"), not another measure of the story
# (divergeprecise.NEAR_SHARE).
EXACT_NEAR = Decimal("0.02")


def _digits(v: Quantity) -> int:
    return len(abs(v.amount).normalize().as_tuple().digits) if v.amount else 0


def _coarse_beside_exact(coarse: Mention, exact: Mention, ctx: Evidence) -> bool:
    """A round measure whose own passage states an exact one near the other source's exact figure.

    "a maximum of 12% in the final 2km, and tops out at 1,921m" against
    another outlet's "1,912 metres": "2km" fits 1,912 m as a rounding, but
    the passage gives the summit to the metre as 1,921 m, the figure a
    reader compares (a rival, so a divergence). Linked, the round "2km"
    took the source's seat in the fact and left 1,921 m a detail of its own.
    Only when the beside figure is exact (EXACT_DIGITS or more), of the same
    dimension, within EXACT_NEAR of the other's exact figure, and stated by
    no figure of that other's passage: "rose to 6.8 metres, short of the
    7.02m record" against "6.84 metres ... the record of 7.02 metres" shares
    the record, so the round 6.8 m is that source's reading of the peak.
    """
    vc, ve = coarse.value, exact.value
    if not (isinstance(vc, Quantity) and isinstance(ve, Quantity) and vc.unit and ve.unit
            and vc.high is None and ve.high is None and ve.qualifier is None
            and _digits(vc) <= ROUND_DIGITS and _digits(ve) >= EXACT_DIGITS):
        return False
    family, target = slot_family(exact), ve.amount * base_factor(ve)
    if target <= 0:
        return False
    for m in ctx.measures_in.get((coarse.source, coarse.passage), ()):
        v = m.value
        if (m is coarse or not isinstance(v, Quantity) or v.high is not None or v.qualifier is not None
                or _digits(v) < EXACT_DIGITS or slot_family(m) != family):
            continue
        if abs(v.amount * base_factor(v) - target) <= target * EXACT_NEAR and not any(
                compatible(m, o) for o in ctx.measures_in.get((exact.source, exact.passage), ())):
            return True
    return False


def _bound_beside_aligned(bound: Mention, other: Mention, ctx: Evidence) -> bool:
    """A bound count away from the other's sentence, while its source counts the noun in an aligned one.

    A local paper's "358 passengers and 47 crew laid low" sits in one claim
    with a wire's "388 passengers and 47 crew"; further down, its "taxi firms
    carried more than 300 passengers home" is another count of the same
    noun. The bound fits 388, so linked it took the paper's seat in the
    agreeing fact, and the paper's 358, its own reading of the count the
    wire states, was left a detail of its own: a planted divergence read as
    agreement. So a bound count ("more than", "at least", "up to") sharing no
    claim with the other mention does not link to it when its source states
    an exact count of the same noun, in a passage sharing a claim with the
    other mention, that does not fit the other's value.
    """
    v = bound.value
    if not (bound.kind is Kind.NUMBER and isinstance(v, Quantity) and v.unit is None
            and v.qualifier in BOUND_QUALIFIERS and v.high is None):
        return False
    if ctx.shared_claim(bound, other) is not None:
        return False
    for stem in count_stems(bound):
        for m in ctx.counts_of.get((bound.source, stem), ()):
            mv = m.value
            if (m is bound or m.passage == bound.passage or not isinstance(mv, Quantity)
                    or mv.qualifier is not None or mv.high is not None or mv.unit is not None):
                continue
            if ctx.shared_claim(m, other) is not None and not compatible(m, other):
                return True
    return False


def bound_count(bound: Mention) -> bool:
    """Whether a mention is a bound count of a named noun, the one side `bound_beside_own_count` reads alone.

    Without it no other mention makes that rule hold, so a caller asking the rule of every member
    of a claim against every other asks this once per member first (`factclusters._connected`).
    """
    v = bound.value
    return (bound.kind is Kind.NUMBER and isinstance(v, Quantity) and v.unit is None
            and v.qualifier in BOUND_QUALIFIERS and v.high is None and bool(count_stems(bound)))


def bound_beside_own_count(bound: Mention, other: Mention, ctx: Evidence) -> bool:
    """A bound count and another noun's count, when the other's passage counts the bound's noun as well.

    A wire's "The pools recorded 193,000 visits last year, in a city of about 290,000 people" and a
    local paper's "More than 190,000 visits were made to the three pools last year" share a claim;
    "more than 190,000" fits 290,000 too (any figure above it does), so the bound linked to both of the
    wire's counts and the city's population was shown as one fact with the visits. The other source
    names the bound's noun right there, with a count the bound was rounded from (`rounded_bound`: within
    its last step, 193,000 for "more than 190,000"): that count is the bound's reading, and a count of
    another noun beside it, not itself within that step, is another thing. Only when both nouns were
    read and differ. A bound within whose step the other count lies ("more than 20 prisoners" and a
    passage's "35 prisoners ... freeing 26") may be rounded from either, and is left to link.
    """
    if other.kind is not Kind.NUMBER or not bound_count(bound):
        return False
    stems = count_stems(bound)
    mine = {plain_noun(c) for c in bound.cues if not c.startswith("role:")}
    theirs = {plain_noun(c) for c in other.cues if not c.startswith("role:")}
    if not theirs or not mine.isdisjoint(theirs) or rounded_bound(bound, other):
        return False
    return any(m is not other and m.passage == other.passage and rounded_bound(bound, m)
               for stem in stems for m in ctx.counts_of.get((other.source, stem), ()))


def _span_beside_claimed_day(span: Mention, day: Mention, ctx: Evidence) -> bool:
    """A span of days ("in 2026") whose source gives, beside the other's day, another day in it.

    Three outlets open a review "on Monday" (the 3rd); a trade site writes
    "opened the review on 4 March" in the sentence the aligner seats with
    theirs, and later "its 14th review in 2026". Linked to their Monday, the
    site's year put the site among those agreeing, and its own 4 March, the
    day it tells in that very claim, was no longer their rival. Where the
    span's source names no other day in the day's claim, the link stands.
    """
    vs, vd = span.value, day.value
    if not (isinstance(vs, DateValue) and isinstance(vd, DateValue) and vs.start and vs.end and vd.start
            and vs.start < vs.end and vd.start == vd.end and vs.start <= vd.start <= vs.end):
        return False
    claims = ctx.claims_of.get((day.source, day.passage), frozenset())
    return any(d != vd.start and vs.start <= d <= vs.end
               for (source, passage), days in ctx.days_in.items() if source == span.source
               and claims & ctx.claims_of.get((source, passage), frozenset()) for d in days)


def _span_beside_own_day(span: Mention, day: Mention, ctx: Evidence) -> bool:
    """A span of days whose own passage names a day inside it, against another source's day in it.

    A trade site writes "expects to restart the line on 19 April ... and to
    be back at full output in the second quarter"; the wire says only "on
    April 19". The quarter holds the wire's day, so the two linked and the
    site's full-output quarter, a detail only it gives, sat in the restart
    date's fact. A source that names a day and, in the same passage, a span
    holding it has told the day in its own words: the span tells something
    else (a later step, a longer phase). The month beside its first day,
    bounded alike (`_month_beside_its_first`), keeps its link.
    """
    vs, vd = span.value, day.value
    if not (isinstance(vs, DateValue) and isinstance(vd, DateValue) and vs.start and vs.end and vd.start
            and vs.start < vs.end and vd.start == vd.end and vs.start <= vd.start <= vs.end):
        return False
    own = ctx.days_in.get((span.source, span.passage), ())
    return any(vs.start <= d <= vs.end for d in own) and not _month_beside_its_first(span, day, ctx)


def _vague_beside_day(vague: Mention, day: Mention, ctx: Evidence) -> bool:
    """A span of days ("until October") whose source names one day in it that the other's day is not.

    A tabloid's deck "wait until October" and its body's "until October 9"
    against a wire's "October 2": the month holds the wire's day, but the
    tabloid says which day of it it means, and that day is another. Linked,
    the vague month took the tabloid's seat in the agreeing fact and left
    its October 9 a detail of its own: a planted divergence read as
    agreement. A source that names no day inside its span keeps the link.
    Only a month: "earlier this week" beside the same outlet's "Tuesday"
    may well be the Monday another outlet names (the week holds two steps).
    """
    vv, vd = vague.value, day.value
    if not (isinstance(vv, DateValue) and isinstance(vd, DateValue) and vv.start and vv.end and vd.start
            and vv.precision == "month" and vd.start == vd.end and vv.start <= vd.start <= vv.end):
        return False
    own = [d for d in ctx.days_of.get(vague.source, ()) if vv.start <= d <= vv.end]
    return bool(own) and vd.start not in own


def _day_beside_own_span(span: Mention, day: Mention, ctx: Evidence) -> bool:
    """A span of days ("this winter") against a day in it whose own source states that very span too.

    Four outlets write "a pass cost 690 euros this winter"; a local paper
    writes "the winter" too, and later that the council meets "this
    Thursday". The season holds the Thursday, so the day joined the season's
    fact, which then spanned four sources and was judged agreed, and the
    meeting day, a detail only the local paper gives, was lost. A source that
    states the span itself has told the span in those words: its day inside
    it tells something else. Not so a month beside its first day, both
    bounded alike (`_month_beside_its_first`): a tabloid's "until October
    2028" is the wire's "until Oct. 1, 2028", though the wire also quotes
    "from October next year" (the month, told again, not another event).
    """
    vs, vd = span.value, day.value
    return (isinstance(vs, DateValue) and isinstance(vd, DateValue) and vs.start is not None
            and vs.end is not None and vd.start is not None and vs.start < vs.end and vd.start == vd.end
            and vs.start <= vd.start <= vs.end and (vs.start, vs.end) in ctx.spans_of.get(day.source, ())
            and not _month_beside_its_first(span, day, ctx))


def _month_beside_its_first(month: Mention, day: Mention, ctx: Evidence) -> bool:
    """A calendar month and another outlet's first day of it, bounded alike: one date at two precisions.

    "Firms have until October 2028 to clean up their recipes" in a tabloid,
    "giving manufacturers until Oct. 1, 2028 to change their recipes" in a
    wire: a month holds many days, so it is no distinctive value (`_distinctive`)
    and linked only through a shared claim, and a tabloid sentence worded far
    from the wire's stays in another claim. A deadline, a launch or a phase-in
    named by its month falls on the month's first day when a source gives the
    day, and both writers bound it with one word ("until", "from", "by").
    Any other day of the month is left to the claims, and so is a month and
    a first day bounded apart ("published by the end of October" beside
    "closed until at least 1 October": two steps).
    """
    vm, vd = month.value, day.value
    if not (isinstance(vm, DateValue) and isinstance(vd, DateValue) and vm.precision == "month"
            and vd.start is not None and vd.start == vd.end == vm.start and vd.start.day == 1):
        return False
    bound = bound_word(ctx, month)
    return bound is not None and bound == bound_word(ctx, day)


def _month_end_beside_its_last(month: Mention, day: Mention, ctx: Evidence) -> bool:
    """A month's end told as a deadline and another outlet's last day of it: one date at two precisions.

    "The contract was meant to connect 44,000 homes by the end of March" in a
    tabloid, "only 14,550 premises connected by the March 31 deadline" in a
    wire: the month holds many days, so it is linked only through a shared
    claim, and a tabloid's lede stating three facts sits in another claim
    than the wire's. A deadline at a month's end ("by the end of", "until the
    end of": `divergeslots._month_end_day`) names the month's last day, as
    the judge already reads it against a rival day; read so here too, it
    joins the outlets that give that day. The end of a month without a
    deadline's word ("figures for the end of March") and any other day of the
    month are left to the claims.
    """
    vm, vd = month.value, day.value
    if not (isinstance(vm, DateValue) and isinstance(vd, DateValue) and vm.precision == "month"
            and vm.end is not None and vd.start is not None and vd.start == vd.end == vm.end):
        return False
    return _month_end_day(month, ctx.texts[month.source]) is not month


def _trailing_window_beside_day(window: Mention, day: Mention) -> bool:
    """A window running back from the day of writing ("in the past year") against a single day in it.

    "Prices have risen 7.4% in the past year" measures a change over the
    window; it dates no event. Beside another outlet's "the 12 weeks to
    February 28" it held the day and the two were reported as one agreed
    date, and the day, the only outlet's, was no longer its own detail.
    """
    vw, vd = window.value, day.value
    return (isinstance(vw, DateValue) and isinstance(vd, DateValue) and vw.start is not None
            and vw.end is not None and vw.start < vw.end and vd.start is not None and vd.start == vd.end
            and "past" in fold(window.raw).split())


def coarse_in_group(ms: Sequence[Mention], group: Sequence[int], ctx: Evidence) -> bool:
    """Whether a connected set holds a round measure kept from an exact one (`_coarse_beside_exact`).

    A set whose values all fit is merged whole, without asking each link
    (factclusters); a round "2km" connected to "1,874 metres" through a
    shared claim must be clustered link by link, where the link is refused.
    So must a span of days beside another source's day when its own
    source names another day in the span (`_vague_beside_day`), or names
    another day of it in the day's own claim (`_span_beside_claimed_day`),
    or names a day of it in the span's own passage (`_span_beside_own_day`).
    """
    spans = [m for m in (ms[i] for i in group)
             if isinstance(m.value, DateValue) and m.value.start and m.value.start != m.value.end]
    if any(_vague_beside_day(v, ms[i], ctx) or _span_beside_claimed_day(v, ms[i], ctx)
           or _trailing_window_beside_day(v, ms[i]) or _day_beside_own_span(v, ms[i], ctx)
           or _span_beside_own_day(v, ms[i], ctx)
           for v in spans for i in group if ms[i].source != v.source):
        return True
    coarse = [m for m in (ms[i] for i in group) if isinstance(m.value, Quantity) and m.value.unit
              and _digits(m.value) <= ROUND_DIGITS]
    if not coarse:
        return False
    return any(_coarse_beside_exact(c, ms[i], ctx) for c in coarse for i in group if ms[i].source != c.source)


def scene_and_whole(a: Mention, b: Mention) -> bool:
    """A toll counted at the scene, part of a larger one its source gives, and another source's whole toll.

    "Four victims died at the scene" beside its own "FIVE people are dead"
    is no reading of another outlet's "Four people were killed" (written
    before the fifth death): linked, the two fours made one fact holding
    that source, so its five could never meet the other's four
    (extract/scenecounts.py). A part read otherwise ("Four of them died at
    the scene", a partitive) is a part too: the two parts still link.
    """
    if (SCENE in a.cues) == (SCENE in b.cues) or not roles_of(a.cues) & roles_of(b.cues):
        return False
    return PART not in (b.cues if SCENE in a.cues else a.cues)


def _link_bound(a: Mention, b: Mention, ctx: Evidence) -> float:
    """The most `_link_strength` can give a pair of two sources: exact for a pair sharing a claim.

    A pair in one claim links, if at all, at IN_CLAIM + its passages' score; any other at most at
    DISTINCTIVE + that score. Lets complete linkage leave a pair unasked until its turn may have come.
    """
    score = ctx.pair_score(a, b)
    if ctx.shared_claim(a, b):
        return IN_CLAIM + score + _in_claim_bonus(a, b)
    return DISTINCTIVE + score


def _in_claim_bonus(a: Mention, b: Mention) -> float:
    """What an in-claim link gains over its passage score: a bound at its figure, a quote word for word."""
    if _bound_at_figure(a, b):
        return STATED_BOUND
    if rounded_bound(a, b) or rounded_bound(b, a):
        return ROUNDED_BOUND
    return VERBATIM_QUOTE if _word_for_word(a, b) else 0.0


def rounded_bound(bound: Mention, figure: Mention) -> bool:
    """A round bound and an exact figure within its last step: "more than 20" and 26, "under 300" and 280.

    A writer who rounds a figure down to a bound rounds to the step below
    it: "more than 20 prisoners" for 26, not for 35, which is "more than
    30". One passage often states a whole and its part ("exchanged 35
    prisoners ... freeing 26"), and "more than 20" fits both; the passage
    scores tie, so the link to the figure the bound was rounded from goes
    first. A bound that is not round in its last digit ("more than 23") and
    a hedged figure say nothing of the step.
    """
    vb, vf = bound.value, figure.value
    if isinstance(vb, Quantity) and isinstance(vf, Quantity):
        one_unit = vb.unit == vf.unit
    elif isinstance(vb, Money) and isinstance(vf, Money):
        one_unit = vb.currency == vf.currency
    else:
        return False
    if (not one_unit or vb.qualifier not in BOUND_QUALIFIERS or vf.qualifier is not None
            or vb.high is not None or vf.high is not None):
        return False
    n, x = vb.amount, vf.amount
    step = _round_step(n)
    if step is None:
        return False
    if vb.qualifier in (ABOVE, FLOOR):
        return n < x < n + step
    return n - step < x < n


def _round_step(n: Decimal) -> Decimal | None:
    """The place of a whole figure's last non-zero digit when it is 10 or more (20 -> 10, 1,500 -> 100)."""
    if n < 10 or n != n.to_integral_value():
        return None
    step = Decimal(1)
    while n % (step * 10) == 0:
        step *= 10
    return step if step >= 10 else None


def _word_for_word(a: Mention, b: Mention) -> bool:
    """Two quotes of one claim in the same words, one possibly a verbatim cut of the other.

    Complete linkage takes the strongest links first, and a reworded
    version of a statement ("heading the right way ... in agony") is linked
    to the original (`same_quotation`) but not to a short verbatim cut of
    it ("is finally moving in the right direction"). When the rewording's
    passage scored higher, it sat in the fact first and the cut, which
    fits the original word for word, was left a unique quote, while the
    rewording joined it. Sources quoting the same words are the statement
    as made: they link first, and a rewording is then judged against them
    (`quotevariants.join_altered`).
    """
    if a.kind is not Kind.QUOTE or b.kind is not Kind.QUOTE:
        return False
    va, vb = a.value, b.value
    return isinstance(va, QuoteValue) and isinstance(vb, QuoteValue) and quotes_agree(va, vb)


def _bound_at_figure(a: Mention, b: Mention) -> bool:
    """A bound and the very figure it names ("at least eight and a half years", "8.5 years").

    A floor fits every figure above it: in a claim that states a 13-year
    sentence and an 8.5-year minimum, "at least eight and a half years"
    fits both, and the passage scores alone chose the 13 years. The figure
    the bound names is the one it states; the link to it goes first. Only
    for sums and measures (`_measured`).
    """
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity | Money) and isinstance(vb, Quantity | Money) and _measured(va)
            and _measured(vb)):
        return False
    bounded = (va.qualifier in BOUND_QUALIFIERS, vb.qualifier in BOUND_QUALIFIERS)
    return any(bounded) and not all(bounded) and _same_figure(a, b)


def _measured(v: Quantity | Money) -> bool:
    """A sum or a figure with a unit ("8.5 years", "$4 million"): a bare count ("at least five") is left to
    its roles and nouns, since small counts recur for many things in one story."""
    return isinstance(v, Money) or (v.unit is not None and v.unit != "%")


def _role_apart(a: Mention, b: Mention) -> bool:
    """A count of a role and a count of no role that names what it counts ("four helicopters").

    Small counts recur in a story for many things, and two passages only
    somewhat alike (`LINK_SCORE`) are no evidence that a toll is the same
    fact as an equal count of something named: made one, a tabloid's "FOUR
    skiers were killed" sat in the fact of "four helicopters", where the
    other outlets' toll could not be set against it. Stronger evidence (one
    claim, one context, one distinctive figure) still links "Some 4,300
    residents left" with "4,300 were evacuated".
    """
    ra, rb = roles_of(a.cues), roles_of(b.cues)
    if bool(ra) == bool(rb) or a.kind is not Kind.NUMBER:
        return False
    return bool(counted(b if ra else a) - {PART})


def _role_told_otherwise(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """A count of a named noun with no role, whose own source gives the other's role another figure.

    "Three air ambulances and more than 20 fire crews attended" sits in a
    claim beside another outlet's "more than 30 people were hurt", and the
    two bounds fit as values; yet the wire that counts the crews gives the
    injured as 31 elsewhere, so in its own words its 20 counts something
    else. Such a pair never links, even in one claim. As with counted
    nouns (`_counts_otherwise`), only the role's figures of one size with
    the named count are read ("nine of them seriously", "three remain in
    hospital" are parts; "won 1,184,302 votes" is no rival of "a margin of
    108,384"), and exactly one such figure, stated exactly: a role told
    with two of one size is counted in parts, and a bound ("at least five
    injured") does not pin the role's figure. Counts under NOUN_APART_MIN
    ("two incidents") are too common to be told apart by their nouns
    (`countnouns`). Measured on ECB+: without those two conditions, "two
    incidents" and "10 houses" were kept from tolls that different events'
    articles give, and two false alarms followed. A source that names the role's
    figure nowhere, or with the same figure ("Some 4,300 residents left ...
    4,300 were evacuated"), says nothing against the link (`_role_apart`
    leaves the strong links to the claim).
    """
    if not _role_apart(a, b):
        return False
    named, role = (b, a) if roles_of(a.cues) else (a, b)
    if not _apart_size(named):
        return False
    told = {m.value: m for r in roles_of(role.cues) for m in ctx.role_counts_of.get((named.source, r), ())
            if PART not in m.cues and one_size(m, named)}
    if len(told) != 1:
        return False
    m = next(iter(told.values()))
    exact = isinstance(m.value, Quantity) and m.value.qualifier is None
    return exact and m.value != named.value and not _same_figure(m, named)


def _about_different(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """True when what surrounds two equal values says they are about different things.

    Equal values are no evidence of one fact by themselves when the story
    uses the value for two things (`Evidence.two_subjects`): then two
    mentions whose words share nothing ("growth" against "crown ... euro")
    are two facts, even inside one claim (one sentence often states several
    figures) or one source. Two counts are about different things when
    they count nouns the story keeps apart (`countnouns`): "38 states" and
    "38 draws".
    """
    if a.kind is Kind.NUMBER and (roles_apart(a, b) or _nouns_apart(a, b, ctx)):
        return True
    if chance_apart(a, b, ctx.texts):
        return True  # "a 40% chance of a cut" and "40% of output": a probability and a share
    if ways_apart(a, b, ctx.texts):
        return True  # "up 12%" and "a 12% cut": a rise and a cut (extract/percentmoves)
    return ctx.two_subjects(a, b)


def roles_apart(a: Mention, b: Mention) -> bool:
    """Two different figures whose clauses give them different roles ("killing at least 14", "27 missing").

    `compat.comparable` keeps them apart as rivals; one claim must not make
    them one fact either: a lead that states the dead and the missing sits in
    the claims of both, and "at least 14" dead fits 27 missing as a value.
    The very same figure is left to the claim: a role is read from the
    nearest role word, and two outlets' equal figures in one claim are
    more often one count than a role misread is a second one.
    """
    ra, rb = roles_of(a.cues), roles_of(b.cues)
    return bool(ra and rb and ra != rb) and a.value != b.value


def _nouns_apart(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """Two counts of nouns with no stem in common, when one's source counts the other's noun otherwise.

    The wire's "38 states" and the tabloid's "38 draws" fit as values, but
    the wire's "41 draws" sits in the very claim that holds the tabloid's
    sentence: in the wire's words the draws are 41, so the tabloid's 38
    draws is the rival of that, not the wire's states (`countnouns`).

    A small count (two to NOUN_APART_MIN) is one of a story's commonest
    figures, told of many things at once, so its noun alone sets nothing
    apart; it is kept apart only when the source states its own figure for
    the other noun in two passages or more: a wire that writes "three parked
    cars" in its lead and "one of the three cars" further on has said how
    many cars there were, so its "four smaller sinkholes" is not the
    tabloid's "four parked cars" (which rivals the wire's three). A count
    of people and a count of vehicles are apart at any size
    (countclasses.people_and_vehicles).

    Counts whose nouns name clearly different kinds of thing (people one by
    one against households, vehicles or flights: countclasses.kinds_apart)
    are apart on their nouns alone: no writer counts one set as "40
    firefighters" and another as "40 families".
    """
    sa, sb = count_stems(a), count_stems(b)
    if not sa or not sb or not sa.isdisjoint(sb):
        return False
    if people_and_vehicles(sa, sb):
        return True  # "nine other passengers", "nine ambulances": whatever the size (countclasses)
    if not _small_or_apart_size(a):
        return False
    if kinds_apart(counted(a), counted(b)):
        return True  # "40 firefighters" and "40 families": people and households, whatever the claims say
    if _magnitude_beside_own_count(a, b, sb, ctx) or _magnitude_beside_own_count(b, a, sa, ctx):
        return True
    firm = 1 if _apart_size(a) else SMALL_APART_TOLD
    return (_counts_otherwise(a, b, sb, ctx, firm) or _counts_otherwise(b, a, sa, ctx, firm)
            or _told_with_own_noun(a, b, sb, ctx) or _told_with_own_noun(b, a, sa, ctx))


def _magnitude_beside_own_count(m: Mention, other: Mention, stems: frozenset[str], ctx: Evidence) -> bool:
    """True when ``m`` is an order of magnitude whose source counts ``other``'s noun itself, fitting it.

    A tabloid's "stealing thousands of novels" sits in one claim with a
    wire's "2,140 authors", and "thousands" fits 2,140 (`compat.magnitude`
    fits every figure of its size). But the tabloid counts the authors itself,
    "more than 2,000 authors": that count is its reading of the wire's, and
    its novels are another set. Linked, the magnitude took the tabloid's seat
    in the authors' fact, and its own count of them was left to join a rival
    outlet's figure, hiding the divergence. Likewise a tabloid's "hundreds of
    patients" beside its own "212 operations" is no reading of a wire's "more
    than 200 planned operations", wherever in its article it counts them
    (measured: asking that count to share a claim with the wire's left the
    wire's bound seated with the patients). Only a magnitude (it is evidence
    of no particular figure, so its noun is all it says), only against
    another source's count, and only when the magnitude's source counts the
    other noun with a figure that is no magnitude and fits the other mention.
    """
    if not magnitude(m.value) or m.source == other.source:
        return False  # within one source its counts meet as repeats, not as readings of one another
    return any(k is not m and not magnitude(k.value) and compatible(k, other)
               for s in stems for k in ctx.counts_of.get((m.source, s), ()))


def _told_with_own_noun(m: Mention, other: Mention, stems: frozenset[str], ctx: Evidence) -> bool:
    """True when the aligner put ``m`` beside ``other``, but ``m``'s source tells ``other``'s count elsewhere.

    A live blog's "crews from three stations" sits, by the aligner's slip,
    in the claim of the wire's quote "the blast tore through three floors";
    the blog quotes "three floors" itself in another entry, which sits with
    the wire's quote in a claim of its own. The blog has said how many
    floors there were, in the floors' own words, so its stations count
    something else. Only a small count (two to NOUN_APART_MIN; a larger
    figure is rarer and `_counts_otherwise` reads it), only the very figure
    (another figure is `_counts_otherwise` too), only nouns both clearly
    named (`_clear_noun`: "eight rescued" names no noun, the rescued are the
    skiers), and only where both of ``m``'s source's passages meet
    ``other``'s in separate claims: a writer who varies the noun of one
    count within one claim ("two patients ... the two cases"), or whose
    other noun sits in no claim with ``other`` ("nine miners" in the lead
    and "the nine men" further on), says nothing against the link. And only
    a count of a noun no other source gives that figure: when several
    outlets write "two vessels" and "two boats" the nouns are the story's
    two words for one count (measured on ECB+: without this, a topic's
    boats and vessels were split and a false alarm followed), while a
    figure one source alone gives its noun costs at most that source's own
    mention when it is wrongly set apart. And only a figure ``m``'s passage
    gives no other noun: "two boats ... two rifles" in one sentence tell the
    figure of several things, and setting the rifles apart from another
    outlet's "two vessels" reshuffled an ECB+ topic's counts into a false alarm.
    """
    if _apart_size(m) or not _clear_noun(m) or not _clear_noun(other) or not ctx.shared_claim(m, other):
        return False
    if not any(k.value == m.value and k.passage != m.passage and not ctx.shared_claim(k, m)
               and ctx.shared_claim(k, other)
               for s in stems for k in ctx.counts_of.get((m.source, s), ())):
        return False
    if any(k.passage == m.passage and k.value == m.value and k.cues != m.cues
           for (src, _), ks in ctx.counts_of.items() if src == m.source for k in ks):
        return False  # "two boats ... two rifles" in one passage: its figure is told of several things there
    # other outlets count m's noun so too: the story's word for that count, maybe other's
    return not any(k.value == m.value for src in ctx.texts if src != m.source
                   for s in count_stems(m) for k in ctx.counts_of.get((src, s), ()))


# A counted "noun" with this ending and longer than this is a participle ("eight rescued", "three trapped"):
# it says what befell the counted, not what they are. "-eed" words are nouns ("two steeds").
_PARTICIPLE = "ed"
_PARTICIPLE_MIN = 5


def _clear_noun(m: Mention) -> bool:
    """True when a count names what it counts with a noun, not a participle ("nine rescued")."""
    nouns = counted(m)
    return bool(nouns) and not any(len(n) >= _PARTICIPLE_MIN and n.endswith(_PARTICIPLE)
                                   and not n.endswith("eed") for n in nouns)


# How many of its passages a source must state its figure for a noun in before a small count of another
# noun is kept from that noun's count (`_nouns_apart`).
SMALL_APART_TOLD = 2


def _small_or_apart_size(m: Mention) -> bool:
    """A count of two or more: "one" is too often a part ("one of the three cars") to be set apart."""
    v = m.value
    return isinstance(v, Quantity) and v.amount >= 2


def _apart_size(m: Mention) -> bool:
    v = m.value
    return isinstance(v, Quantity) and v.amount >= NOUN_APART_MIN


def _counts_otherwise(m: Mention, other: Mention, stems: frozenset[str], ctx: Evidence,
                      firm: int = 1) -> bool:
    """True when ``m``'s source counts ``other``'s noun with one figure, unlike ``m``'s, in its claim.

    One figure only: a noun counted with several ("three skiers died", "six
    skiers were buried") names a class the story counts in parts; a figure of
    another size ("45,000 students" beside "about 600 protesters") is
    another part of it, not the rival of ``m``'s (`one_size`). And only
    in a passage the aligner put with ``other``'s, when ``m``'s is not: the
    two outlets' sentences then tell the noun's figure, and ``m`` is
    elsewhere. A writer who varies nouns within one aligned sentence ("620
    jobs will go ... loses 410 positions") says nothing against another's
    "620 positions". ``firm``: the passages of ``m``'s source that must state that one figure.
    """
    counts = [k for s in stems for k in ctx.counts_of.get((m.source, s), ())]
    # "One figure" asked as "every count's value equals the first's", stopping at the first other one:
    # the same answer as a set of the values holding one (the values are frozen dataclasses, whose hash
    # and equality read the same fields), without hashing every value (perf53: ~60 counts a call).
    if (len({k.passage for k in counts}) < max(firm, 1) or _two_values(counts)
            or ctx.shared_claim(m, other)
            or _same_values(m.kind, m.value, counts[0].value, True) or not one_size(m, counts[0])):
        return False
    return any(ctx.shared_claim(k, other) for k in counts)


def _two_values(counts: Sequence[Mention]) -> bool:
    """True when the (non-empty) counts state more than one value."""
    first = counts[0].value
    return any(k.value != first for k in counts)


def _same_figure(a: Mention, b: Mention) -> bool:
    """Same single amount whatever the qualifier or rounding: "up to $200 million" and "$200 million".

    "$4.5 billion" is "$4.52 billion" rounded (the values were found
    compatible before this is asked). Ranges ("hundreds of millions") are
    too vague to identify a fact alone.
    """
    key = _figure_key(a)
    return key is not None and key == _figure_key(b)


# A count below this is too common a figure ("two officers", "three homes") to link on its noun alone when
# hedged ("about 40 officers" fits 38 and 45 alike); written exact, down to NOUN_LINK_EXACT_MIN, the noun and
# the equal figure together name one fact ("two abstentions" and "Abstentions: 2").
NOUN_LINK_MIN = 100
# "one" is the commonest count of all ("one stand", "one goal") and identifies nothing, whatever its noun.
NOUN_LINK_EXACT_MIN = 2


def _hedged_round(hedged: Mention, exact: Mention) -> bool:
    """A hedged round measure and an exact one it rounds: "nearly 70 metres" and "68-metre" (or "223ft").

    A writer who hedges a measure rounds it at its first digit ("nearly 70
    metres", "about 600 km"), below the two digits `_same_figure` compares,
    so an outlet's rounding of the others' figure was linked only through a
    claim, and a passage stating several things (height, time, building)
    left it a unique fact. The exact figure must round to the hedged one at
    its step (68 to 70; 65 and 55 do not). Measures only: small bare counts
    recur for many things in one story. The link is as weak as its passages'
    score, after every claim or distinctive link: "nearly 27,000ft" fits two
    outlets' rival "26,781 feet" and "26,693 ft" alike, and linked first it
    pulled one rival out of the fact where the two are set against each other.
    """
    vh, ve = hedged.value, exact.value
    if (hedged.kind is not Kind.NUMBER or exact.kind is not Kind.NUMBER or not isinstance(vh, Quantity)
            or not isinstance(ve, Quantity)):
        return False
    reach, there = _hedged_reach(vh), _exact_figure(ve)
    return reach is not None and there is not None and _within_reach(reach, there)


def _hedged_reach(v: Quantity) -> tuple[Decimal, Decimal] | None:
    """A hedged round measure's figure in its base unit and its step there (`_hedged_round`), else None.

    Why apart: `hedged_round_pairs` asks one hedged value against every exact value of a bucket, and
    this side reads the hedged value alone.
    """
    if not _measured(v) or v.qualifier != APPROX or v.high is not None:
        return None
    step = _round_step(v.amount)
    if step is None:
        return None
    return v.amount * base_factor(v), step * base_factor(v)


def _exact_figure(v: Quantity) -> Decimal | None:
    """An exact measure's figure in its base unit, None when `_hedged_round` takes no such figure as exact."""
    if not _measured(v) or v.qualifier is not None or v.high is not None:
        return None
    return v.amount * base_factor(v)


def _within_reach(reach: tuple[Decimal, Decimal], there: Decimal) -> bool:
    """The exact figure lies within half the hedged figure's step of it."""
    here, step = reach
    return abs(there - here) * 2 < step


def _hedge_rounds(a: Mention, b: Mention) -> bool:
    """One clock hedged ("just after 11pm"), the other exact, finer than the hedge's grid, and within it.

    A reading on the hedge's own grid ("7pm" beside "about 7.30pm") is no
    reading the hedge rounds: whoever knew it would have written it.
    """
    va, vb = a.value, b.value
    if not (isinstance(va, ClockTime) and isinstance(vb, ClockTime)) or (va.reach > 0) == (vb.reach > 0):
        return False
    hedge, exact = (va, vb) if va.reach else (vb, va)
    return written_reach(exact) < hedge.reach and _same_values(a.kind, hedge, exact, True)


def _lone_reading(hedged: Mention, ctx: Evidence) -> bool:
    """True when the story's exact clocks that fit a hedged clock all give one reading.

    Why: "the runway reopened just after 11pm" in one outlet and "11:15 p.m."
    in two others are one moment, but an exact clock links out of a claim by
    an equal reading only, and a hedged one has none. A hedge fits a window,
    and a story may hold two moments in it (a first sighting at 10:55, a
    closure at 11:20): then it links to neither, never choosing between them.
    """
    return _readings_fitting(hedged.kind, hedged.value, ctx.clocks) == 1


@functools.lru_cache(maxsize=1024)
def _readings_fitting(kind: Kind, value: Value, clocks: frozenset[ClockTime]) -> int:
    """How many readings the story's exact clocks that fit one hedged clock give, asked once a value.

    Why: `_lone_reading` was asked for every linking pair of a hedged clock, and each asking read every
    clock of the story, a share of the square of its length (perf39). The answer reads only the hedged
    clock's kind and value and the story's clocks (`_same_values` is of values alone), so a story's
    hedged clocks of one value share it exactly.
    """
    return len({clock_readings(c) for c in clocks if _same_values(kind, value, c, True)})


def hedged_round_pairs(ms: Sequence[Mention], idx: Iterable[int]) -> set[tuple[int, int]]:
    """Pairs (lower index first) of a hedged round measure and another source's exact one it rounds.

    Every pair `_link_strength` may link by `_hedged_round`. `_round_key`
    keys both figures at one significant digit of the base unit, which splits
    a hedged figure from an exact one it rounds at its own step when the two
    straddle a digit there ("nearly 40 minutes", 0.67 h, against "38 minutes
    and 20 seconds", 0.64 h: keys 0.7 and 0.6), so the judge never tried the
    pair. Hedged measures are few in a bucket: each is asked against the
    bucket's exact measures, one distinct value at a time.
    """
    items = [i for i in idx if ms[i].kind is Kind.NUMBER and isinstance(ms[i].value, Quantity)]
    hedged = [i for i in items if cast(Quantity, ms[i].value).qualifier == APPROX]
    out: set[tuple[int, int]] = set()
    if not hedged:
        return out
    exact: dict[Value, list[int]] = {}
    for j in items:
        if cast(Quantity, ms[j].value).qualifier is None:
            exact.setdefault(ms[j].value, []).append(j)
    # `_hedged_round` reads the two mentions' kinds (both NUMBER here) and values alone, so the exact
    # values a hedged one rounds are found once per hedged value: a long story restates its hedged
    # figures, and each restatement asked every exact value again. The pairs go in in the same order.
    # Each side's figure is read once (`_hedged_reach`, `_exact_figure`): every mention here is a NUMBER
    # and a Quantity, so `_hedged_round` of two of them is `_within_reach` of those.
    figures = [(js, there) for js in exact.values()
               if (there := _exact_figure(cast(Quantity, ms[js[0]].value))) is not None]
    rounds: dict[Value, list[list[int]]] = {}
    for h in hedged:
        vh = ms[h].value
        if vh not in rounds:
            reach = _hedged_reach(cast(Quantity, vh))
            rounds[vh] = [] if reach is None else [js for js, there in figures if _within_reach(reach, there)]
        for js in rounds[vh]:
            out.update((min(h, j), max(h, j)) for j in js if ms[j].source != ms[h].source)
    return out


def hedged_clock_pairs(ms: Sequence[Mention], idx: Iterable[int]) -> set[tuple[int, int]]:
    """Pairs (lower index first) of a hedged clock and another source's exact clock it may round.

    Every pair `_link_strength` may link by `_hedge_rounds`; it asks `_lone_reading` of them.

    `_hedge_rounds` reads the hedged mention's kind and the two values
    alone, so it is asked once per hedged (kind, value) and distinct clock
    value, not once per pair of mentions: at 80 sources one hedged clock
    met every source's clocks of the bucket, most of them one value
    (perf45). The pairs are added to the set in the order of the former
    all-pairs loop (hedged, then clocks in order), so even its iteration
    order is unchanged.
    """
    clocks = [i for i in idx if isinstance(ms[i].value, ClockTime)]
    hedged = [i for i in clocks if cast(ClockTime, ms[i].value).reach]
    out: set[tuple[int, int]] = set()
    if not hedged:
        return out
    by_value: dict[Value, list[int]] = {}  # a clock value -> the places in ``clocks`` that state it
    for n, j in enumerate(clocks):
        by_value.setdefault(ms[j].value, []).append(n)
    rounding: dict[tuple[Kind, Value], list[int]] = {}  # a hedged (kind, value) -> the places it rounds
    for h in hedged:
        a = ms[h]
        places = rounding.get((a.kind, a.value))
        if places is None:
            places = rounding[(a.kind, a.value)] = sorted(
                n for group in by_value.values() if _hedge_rounds(a, ms[clocks[group[0]]]) for n in group)
        for n in places:
            j = clocks[n]
            if ms[j].source != a.source:
                out.add((min(h, j), max(h, j)))
    return out


# Sources, besides the bound's own, that must write the one exact count a round bound count links to: a
# count two outlets agree on is the story's figure for it, not one outlet's passing number.
BOUND_COUNT_SOURCES = 2


def _bare_count(m: Mention) -> bool:
    v = m.value
    return m.kind is Kind.NUMBER and m.slot.endswith(":count") and isinstance(v, Quantity) and v.unit is None


def _bound_step(bound: Mention) -> tuple[Decimal, Decimal] | None:
    """The open interval of readings a round bound count was rounded from ("more than 50": 50 to 60)."""
    vb = bound.value
    if (not _bare_count(bound) or not isinstance(vb, Quantity) or vb.qualifier not in BOUND_QUALIFIERS
            or vb.high):
        return None
    step = _round_step(vb.amount)
    if step is None:
        return None
    return (vb.amount, vb.amount + step) if vb.qualifier in (ABOVE, FLOOR) else (vb.amount - step, vb.amount)


def _reading_in(window: tuple[Decimal, Decimal] | None, m: Mention) -> bool:
    """A count read to a figure (exact or "about"), strictly inside a bound's step, so finer than its grid."""
    v = m.value
    return (window is not None and _bare_count(m) and isinstance(v, Quantity) and v.high is None
            and v.qualifier in (None, APPROX) and window[0] < v.amount < window[1])


def _bound_count_fits(bound: Mention, figure: Mention, ctx: Evidence) -> bool:
    """A round bound count and the story's one count reading within its last step, told by two other sources.

    Why: a tabloid's "more than 50 of the giant mammals were found stranded"
    counts the wire's and the local paper's "52 whales" under a descriptive
    noun, so no noun key links it, and a count under a hundred never links
    by its figure; its two-fact sentence sat in another claim, so it stayed
    a unique fact (so did "more than two million of which were sold" beside
    three outlets' "about 2.1 million"). A writer rounding a count down to a
    bound rounds to the step below it (`rounded_bound`: 52 is "more than
    50", not "more than 60"). The link holds only when every count the story
    reads to a figure in that step gives one reading, and two other sources
    write it: a story with 52 whales and 57 volunteers leaves "more than 50"
    linked to neither.
    """
    window = _bound_step(bound)
    if not _reading_in(window, figure):
        return False
    assert window is not None
    inside = {(src, n, hedged) for src, n, hedged in ctx.count_readings if window[0] < n < window[1]}
    exact = {n for _, n, hedged in inside if not hedged}
    about = {n for _, n, hedged in inside if hedged}
    if len(exact) > 1 or (not exact and len(about) != 1):
        return False
    reading = next(iter(exact or about))
    if not all(_rounds_to(n, reading) for n in about):
        return False  # "about 65,000" beside an exact 61,400: two readings in the step
    others = len({src for src, _, _ in inside} - {bound.source})
    return (_rounds_to(cast(Quantity, figure.value).amount, reading)
            and (others >= BOUND_COUNT_SOURCES or (others >= 1 and _one_counted_noun(bound, figure))))


def _one_counted_noun(a: Mention, b: Mention) -> bool:
    """Both counts name one noun ("more than 60 altered photographs", "Altered photographs found: 63").

    Why: a second outlet writing the exact count is the witness that it is
    the story's figure and not one outlet's passing number; the noun both
    counts name is that witness too. A fact box's "Altered photographs found:
    63" and two outlets' "more than 60 altered photographs" stayed apart, the
    63 a unique fact, for want of a second source writing 63, though the step
    held no other reading and the two counted the same thing. Roles are left
    out: one story counts its dead in several scenes (`_bound_count_fits`'s
    other sources stand for those).
    """
    na = [plain_noun(c) for c in a.cues if not c.startswith("role:")]
    nb = [plain_noun(c) for c in b.cues if not c.startswith("role:")]
    return bool(na) and bool(nb) and not roles_of(a.cues) and not roles_of(b.cues) and na[0] == nb[0]


def _rounds_to(about: Decimal, exact: Decimal) -> bool:
    """A figure is the reading, or rounds it at its own last non-zero digit ("about 61,000" for 61,400)."""
    step = _round_step(about)
    return about == exact or (step is not None and abs(exact - about) * 2 <= step)


def bound_count_pairs(ms: Sequence[Mention], idx: Iterable[int]) -> set[tuple[int, int]]:
    """Pairs (lower index first) of a round bound count and another source's count reading within its step.

    Every pair `_link_strength` may link by `_bound_count_fits`; it asks the story-wide condition of them.
    """
    counts = [i for i in idx if _bare_count(ms[i])]
    windows = {i: w for i in counts if (w := _bound_step(ms[i])) is not None}
    return {(min(b, j), max(b, j)) for b, w in windows.items() for j in counts
            if ms[j].source != ms[b].source and _reading_in(w, ms[j])}


def _round_key(m: Mention) -> Decimal | None:
    """A measure's amount in its base unit to one significant digit: what `_hedged_round` links.

    "nearly 70 metres" and "68-metre" (and "223ft", 68 m) share the key
    70; the link itself still asks that the exact figure round to the
    hedged one.
    """
    v = m.value
    if m.kind is not Kind.NUMBER or not isinstance(v, Quantity) or v.high is not None or not _measured(v):
        return None
    amount = v.amount * base_factor(v)
    if amount == 0:
        return amount
    return amount.quantize(Decimal(1).scaleb(amount.adjusted()), rounding=ROUND_HALF_UP)


def _noun_key(m: Mention) -> str | None:
    """The noun of a count, that links it to the story's other counts of that noun.

    The values must still agree (compatible), so "2,300 staff" and "2,600
    staff" never link this way; they are left to the divergence evidence.
    An order of magnitude ("thousands of workers", "hundreds of officers")
    gets no key: it fits every figure of its size, so the noun alone would
    pass a quoted "thousands of workers" off as a second source for "2,400
    workers" stated anywhere else in the story. A count under a hundred gets
    one only when written exact: a list's "Abstentions: 2" and a wire's "with
    two abstentions" sit in passages no claim joins, yet a division has one
    count of abstentions, while "about 40 officers" could be any of several.
    """
    v = m.value
    if (m.kind is not Kind.NUMBER or not m.slot.endswith(":count") or not isinstance(v, Quantity)
            or v.amount < NOUN_LINK_EXACT_MIN or roles_of(m.cues) or magnitude(v)):
        return None
    if v.amount < NOUN_LINK_MIN and (v.qualifier is not None or v.high is not None):
        return None
    nouns = [c for c in m.cues if not c.startswith("role:")]
    return plain_noun(nouns[0]) if nouns else None  # "14 tugboats" is the story's count of tugs


def _canonical(m: Mention) -> str:
    return m.canonical


def _role(m: Mention) -> frozenset[str] | None:
    """Counts of one role ("dead", "injured") that `_link_strength` links as one fact per story."""
    return roles_of(m.cues) or None


def _figure_key(m: Mention) -> Decimal | None:
    """The single amount `_same_figure` compares, to two significant digits; None for ranges.

    The amount is taken in its dimension's base unit, so that one figure written in two units
    ("124 square kilometres", "12,400 hectares") has one key, as it has one value. Percentages get
    none: two digits of a percentage recur for many things in one story (an annual change of 4.3%,
    a mortgage rate of 4.31%), so a rounded one identifies no fact by itself; equal percentages
    still link by their value (`_canonical`), and rounded ones through claims, words or scores.
    """
    v = m.value
    if not isinstance(v, Money | Quantity) or v.high is not None or m.kind is Kind.PERCENT:
        return None
    if v.amount == 0:
        return v.amount
    amount = v.amount * base_factor(v)
    return amount.quantize(Decimal(1).scaleb(amount.adjusted() - 1), rounding=ROUND_HALF_UP)


def _instant_key(m: Mention) -> int | None:
    """A zoned clock time's minute of the UTC day: "10:47 a.m. CET (0947 GMT)" and "09:47 UTC" are one.

    Their canonical forms differ (the first keeps its local reading), so equal
    UTC instants stated by two outlets in two zones would link only through
    a shared claim; a clock to the minute identifies its moment across one
    story as surely as an equal canonical clock does. A bare clock the story
    itself converts (localclock.bridged: "12.31pm" where another outlet wrote
    "12:31 p.m. CET (1131 GMT)") has that instant too.
    """
    v = m.value
    return v.utc if isinstance(v, ClockTime) and (v.zone is not None or v.local) else None


def _half_day_key(m: Mention) -> str | None:
    """A zoneless clock's afternoon reading when its half of day is unknown, else its own reading.

    "at a quarter to five" (`ClockTime.halves`) is the same moment as another
    outlet's "4.45pm", and a clock to the minute identifies its moment across
    a story (`_distinctive`); keyed by its a.m. reading alone (`_canonical`) it
    met only "4.45am", and linked to the p.m. clock only within one claim. A
    clock with its half of day keeps its own reading, so only a halves clock
    gains a partner.
    """
    v = m.value
    if not isinstance(v, ClockTime) or v.zone is not None or v.local:
        return None
    hour = (v.hour + 12) % 24 if v.halves else v.hour
    return f"{hour:02d}:{v.minute:02d}"


def month_opening(m: Mention) -> object:
    """A calendar month and a first day of a month, keyed by that first day (`_month_beside_its_first`)."""
    v = m.value
    if not isinstance(v, DateValue) or v.start is None or v.start.day != 1:
        return None
    return ("opening", v.start) if v.precision == "month" or v.start == v.end else None


def month_closing(m: Mention) -> object:
    """A calendar month and a last day of a month, keyed by that last day (`_month_end_beside_its_last`)."""
    v = m.value
    # The month's length, not the next day: the day after 9999-12-31 is out of range (a user's `date` line).
    if not isinstance(v, DateValue) or v.end is None or v.end.day != monthrange(v.end.year, v.end.month)[1]:
        return None
    return ("closing", v.end) if v.precision == "month" or v.start == v.end else None


def _part_day(m: Mention) -> object:
    """Parts of day of one named day (the only ones `_distinctive`), grouped by the day."""
    return ("part", m.value.day) if isinstance(m.value, PartOfDay) and m.value.day is not None else None
