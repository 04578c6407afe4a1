"""Which mentions contradict each other: the evidence a divergence needs.

Divergence needs stronger evidence than agreement, because a false alarm
costs an editor more than a missed agreement. Three kinds of evidence count:
two aligned passages that each state exactly one value of a slot family; two
values that different sources both give as a deadline; and two values whose
surrounding rare words mostly match. The judge then merges the clusters such
pairs connect, and only when their sources are disjoint.

The rules are split by job: ``divergepair`` holds the tests between two
mentions (whether two values contradict, and the exemptions for two that say
the same), ``divergeconsensus`` a claim's lone dissenter, ``divergeleftover``
the figures two passages leave once their shared ones pair off,
``divergecontext`` the pairs found by the words around two values, and
``divergeslots`` the rules of one slot's role (counts of a role, deadlines,
clock times against parts of day). This module runs them all
(``divergent_pairs``) and keeps every public name importable from here.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import cast

from sourcediff.align.boxdates import timed_by_box
from sourcediff.compat import role_key
from sourcediff.countnouns import named_count
from sourcediff.countyears import count_years, year_family
from sourcediff.divergeabductions import abduction_pairs
from sourcediff.divergeages import age_pairs
from sourcediff.divergechange import change_pairs
from sourcediff.divergeconsensus import (
    CONSENSUS_MIN_AGREE,
    CONSENSUS_MIN_SCORE,
    ROLE_AMOUNT_WORDS,
    SIZED,
    YEARS_ALONE,
    _consensus_pairs,
    named_count_family,
)
from sourcediff.divergecontext import CLAIM_COUNT_MIN_OVERLAP, _claim_count_pairs, _context_pairs
from sourcediff.divergeconversion import conversion_pairs
from sourcediff.divergedays import lone_days, passage_dates
from sourcediff.divergedescribed import described_age_pairs
from sourcediff.divergeevents import event_clock_pairs
from sourcediff.divergeleftover import (
    leftover_pairs,
    plain_count,
    precise_leftover_pairs,
    timed_durations,
    year_span_pairs,
)
from sourcediff.divergemeasurewords import measure_word_pairs
from sourcediff.divergemonths import month_pairs
from sourcediff.divergemoves import one_company_moves
from sourcediff.divergeoffsets import told_offsets
from sourcediff.divergeopenings import opening_pairs
from sourcediff.divergepair import (
    DIVERGE_MIN_SCORE,
    STRONG_CLAIM_SCORE,
    Compatible,
    calendar_day,
    compound_lengths,
    divergeable,
    family_dimension,
    hedged_clocks_meet,
    lasting_time,
    midnight_meets,
    nights_meet,
    one_size,
    other_time_told,
    statement_key,
    unstated_years,
    values_contradict,
    written_month,
    written_year,
)
from sourcediff.divergeprecise import near_measure_pairs
from sourcediff.divergeranges import clock_range_pairs
from sourcediff.divergerecords import record_year_pairs
from sourcediff.divergeshared import shared_figure_pairs, split_statement_pairs
from sourcediff.divergesizes import sized_passage_pairs
from sourcediff.divergeslots import (
    ZERO_RIVAL_MAX,
    _clock_part_pairs,
    _deadline_pairs,
    _lone_clock_pairs,
    _lone_measure_pairs,
    _role_pairs,
    _tally_pairs,
    made_public,
)
from sourcediff.divergespans import lone_spans, spans_contradict
from sourcediff.divergesplit import split_passage_pairs, split_year_pairs
from sourcediff.divergestarts import start_pairs
from sourcediff.divergestorycounts import story_count_pairs
from sourcediff.divergesumnouns import noun_sums, sums_told_apart
from sourcediff.divergeswap import consensus_swap_pairs, swapped_pairs
from sourcediff.divergeterms import term_pairs
from sourcediff.evidence import Evidence
from sourcediff.extract.percentmoves import ways_apart
from sourcediff.extract.rates import same_time_pairs
from sourcediff.extract.times import HEDGED_CLOCK_MINUTES
from sourcediff.model import Claim, Kind, Mention
from sourcediff.sincetotals import counted_on_other_days
from sourcediff.text import fold
from sourcediff.values import ClockTime, Converted, DateValue, Money, PartOfDay, Quantity, Value

__all__ = ["CLAIM_COUNT_MIN_OVERLAP", "CONSENSUS_MIN_AGREE", "CONSENSUS_MIN_SCORE", "DIVERGE_MIN_SCORE",
    "HEDGED_CLOCK_MINUTES", "ROLE_AMOUNT_WORDS", "ZERO_RIVAL_MAX", "calendar_day", "divergeable",
    "divergent_pairs"]


def divergent_pairs(ms: Sequence[Mention], claims: Sequence[Claim], ctx: Evidence,
                    clusters: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """Mention pairs that aligned passages state as incompatible values of one slot.

    With ``clusters`` (each mention's cluster, compare._Clusters.of), only
    the first pair between two clusters is returned, and none within one:
    the judge merges clusters pair by pair (compare._groups), and a later
    pair between the same two clusters finds them merged already, or kept
    apart by a source they share, which merging others only widens. At 80
    sources one divergent fact has thousands of such pairs; the later ones
    are not even scored.
    """
    where: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    restated = restated_parts(ms, ctx.texts)
    for i, m in enumerate(ms):
        # A writer's own conversion ("8,163 metres (26,781 feet)") restates the figure before it: the
        # passage still states one height, which a partner's may contradict. So does a part of day right
        # after a clock ("at 10am this morning"): the passage still states one time.
        if divergeable(m) and not isinstance(m.value, Converted) and i not in restated:
            where[(m.source, m.passage, role_key(m))].append(i)
    # The one mention of each family a passage states; passages stating two
    # values of a family say nothing about which one a partner contradicts.
    single: dict[tuple[str, int], dict[str, int]] = defaultdict(dict)
    stated = Counter((m.source, m.passage) for m in ms)
    for (s, i, f), idx in where.items():
        if len(idx) == 1:
            single[(s, i)][f] = idx[0]
    same = Compatible()
    kept = _FirstBetween(ms, ctx, clusters)
    # values_contradict reads only what each mention states (and, for durations, the words around it):
    # decided once per pair of statements, however many sources make them.
    contradicts: dict[tuple[object, object], bool] = {}
    # Each mention's statement once: it reads the clause's steps and part marks (casesteps, partcounts), and
    # a mention meets many partners in a long claim.
    statements: dict[int, tuple[object, ...]] = {}
    # Pairs the claim's confidence alone admits (two lone figures, one company's moves) are weaker evidence
    # than a claim's consensus, so they are offered after it: the judge merges pair by pair and a source
    # joins one group only. "Bail was set at $250,000" met a co-defendants' "Bail for each co-defendant was
    # set at $150,000" (two lone sums of a sure claim) first, and the three sources agreeing on the mayor's
    # $500,000 could no longer take the dissenter: a false alarm and a missed divergence.
    after_consensus: list[tuple[int, int]] = []
    by_noun = noun_sums(ms)
    dates = passage_dates(ms)
    for claim in claims:
        members = [(p.source, p.index) for p in claim.members]
        strong = claim.score >= STRONG_CLAIM_SCORE
        hits = _claim_hits(members, single, ms, same)
        scored: dict[tuple[int, int], bool] = {}
        for x, y, _, a, b in hits:
            if kept.redundant(a, b) or sums_told_apart(ms[a], ms[b], by_noun):
                continue
            if (x, y) not in scored:
                (sa, ia), (sb, ib) = members[x], members[y]
                scored[(x, y)] = ctx.scores.get(sa, ia, sb, ib) >= DIVERGE_MIN_SCORE
            spans = strong and lone_spans(ms[a], ms[b], stated, ctx)
            lone = not (scored[(x, y)] or spans)
            if lone and not ((strong and (_lone_figures(ms[a], ms[b], stated)
                                          or lone_days(ms[a], ms[b], dates)
                                          or one_company_moves(ms[a], ms[b], ctx.texts)
                                          or _release_clocks(ms[a], ms[b], ctx)))
                             or _box_timed_clocks(ms[a], ms[b], ctx)):
                continue
            if spans and spans_contradict(ms[a], ms[b], ctx):
                kept.offer(a, b)
                continue
            for k in (a, b):
                if k not in statements:
                    statements[k] = statement_key(ms[k], ctx)
            key = (statements[a], statements[b])
            if key not in contradicts:
                contradicts[key] = values_contradict(ms[a], ms[b], ctx)
            if contradicts[key] and lone:
                after_consensus.append((a, b))
            elif contradicts[key]:
                kept.offer(a, b)
    # A year written in digits ("sank in 1891") is left to the claim's consensus (`_consensus_pairs`): two
    # sentences' years, each named for a step of its own ("by 2029", "by 2030"), are too often two facts.
    # So is a count of a named noun ("38 draws"), which the consensus sets only against the same noun's.
    years: dict[tuple[str, int, str], list[int]] = defaultdict(list, {k: list(v) for k, v in where.items()})
    for i, m in enumerate(ms):
        if written_month(m) and not divergeable(m):
            # "completed in 1964, was last inspected in March 2024": a month is weighed only against
            # months (by consensus), so a year or a day beside it in the passage, dating another step or
            # the same one more finely ("from April 2027 ... on April 1, 2027"), leaves it its passage's
            # one month, and it hides neither from their own family's consensus
            years[(m.source, m.passage, f"{role_key(m)}{SIZED}month")].append(i)
        elif (written_year(m) or named_count(m)) and not divergeable(m):
            years[(m.source, m.passage, role_key(m))].append(i)
            if written_year(m):
                # "made in 1716, was taken from a car on 3 May": beside a day the passage's one date value is
                # the day (`_calendar_days`), which the consensus does not weigh against a year; among years
                # alone the passage states one, so a rival year still meets the others' (as months do above)
                years[(m.source, m.passage, f"{role_key(m)}{YEARS_ALONE}")].append(i)
            if named_count(m) and (named := named_count_family(m)) is not None:
                # and in its noun's family: "a 21-gun salute as thousands of well-wishers packed the streets"
                # states one count of guns, though two counts
                years[(m.source, m.passage, named)].append(i)
        elif (named := named_count_family(m)) is not None:  # a count of one named thing: by consensus only
            years[(m.source, m.passage, named)].append(i)
    for (s, i, f), idx in list(years.items()):
        for k in idx:
            if (sized := sized_family(ms[k], f)) is not None:
                years[(s, i, sized)].append(k)
    for i, year in count_years(ms, ctx.texts).items():
        if (named := named_count_family(ms[i])) is not None:
            # "rose from 212 in 2023 to 341 in 2025": one count per year, each weighed against the other
            # outlets' count of that year, though the passage states two counts of the noun (countyears.py)
            years[(ms[i].source, ms[i].passage, year_family(named, year))].append(i)
    single_years: dict[tuple[str, int], dict[str, int]] = defaultdict(dict)
    for (s, i, f), idx in years.items():
        days = _one_coming_year(ms, _calendar_days(ms, idx), ctx.published)
        if len(days) == 1:
            single_years[(s, i)][f] = days[0]
    for rule in (_consensus_pairs(ms, claims, years, single_years, same, ctx), after_consensus,
                 leftover_pairs(ms, claims, {**where, **_plain_counts(ms), **timed_durations(where)}, ctx),
                 precise_leftover_pairs(ms),
                 shared_figure_pairs(ms, claims, where, ctx), split_statement_pairs(ms, claims, where, ctx),
                 split_passage_pairs(ms, claims, where, ctx),
                 sized_passage_pairs(ms, claims, where, ctx),
                 year_span_pairs(ms, claims, years, ctx), split_year_pairs(ms, claims, years, ctx),
                 _deadline_pairs(ms, ctx), start_pairs(ms, ctx), _context_pairs(ms, ctx),
                 _clock_part_pairs(ms, ctx), _role_pairs(ms, ctx), _tally_pairs(ms, ctx),
                 _lone_clock_pairs(ms, ctx),
                 _lone_measure_pairs(ms, ctx), event_clock_pairs(ms, ctx), opening_pairs(ms, ctx),
                 abduction_pairs(ms, ctx), _claim_count_pairs(ms, ctx),
                 change_pairs(ms), conversion_pairs(ms), same_time_pairs(ms), record_year_pairs(ms, ctx),
                 term_pairs(ms, ctx), near_measure_pairs(ms, claims), age_pairs(ms, ctx),
                 described_age_pairs(ms, ctx),
                 clock_range_pairs(ms, claims, ctx), swapped_pairs(ms, claims), consensus_swap_pairs(ms),
                 measure_word_pairs(ms, claims, ctx)):
        for a, b in rule:
            kept.offer(a, b)
    for a, b in _untold_story_counts(ms, story_count_pairs(ms, ctx.texts), kept.pairs):
        kept.offer(a, b)
    for a, b in month_pairs(ms, claims, ctx):
        kept.offer(a, b)
    return told_offsets(ms, kept.pairs)


def _untold_story_counts(ms: Sequence[Mention], story: list[tuple[int, int]],
                         kept: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The story-wide count rule's pairs less dissenters a claim's rule set against their noun's count.

    The story rule (divergestorycounts) is for the lone count no claim holds
    beside its rivals. A dissenter the claim's consensus already paired with
    a count of its noun ("61,000" against "about 52,000 households") is told;
    pairing it again with another source's "52,000" adds a second pair for
    one divergence (with clusters the judge drops it as redundant, without
    them it stood as a second divergence).
    """
    if not story:
        return story
    told = {(i, named_count_family(ms[j])) for a, b in kept for i, j in ((a, b), (b, a))}
    return [(o, p) for o, p in story if (o, named_count_family(ms[p])) not in told]


def _plain_counts(ms: Sequence[Mention]) -> dict[tuple[str, int, str], list[int]]:
    """Each passage's plain counts by family: with no slot, only two passages' leftovers weigh them.

    "356,000 riders ... and 241,000 now" names no role, so `divergeable`
    leaves such counts to matching context; the leftover rule reads them
    when a shared count shows two passages tell one series (`_close_counts`).
    """
    out: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if plain_count(m) and not divergeable(m) and not isinstance(m.value, Converted):
            out[(m.source, m.passage, role_key(m))].append(i)
    return out


def _lone_figures(a: Mention, b: Mention, stated: Counter[tuple[str, int]]) -> bool:
    """Two clock times, or two sums in one currency, each the only figure its passage states: rivals in a
    claim the aligner is sure of (`_lone_clocks`, `_lone_sums`)."""
    return _lone_clocks(a, b, stated) or _lone_sums(a, b, stated) or _named_measures(a, b)


def _named_measures(a: Mention, b: Mention) -> bool:
    """Two compound measures of one unit before one noun: "after a five-day trial", "a six-day trial".

    Each is the one measure of its unit in its passage (the claim's hits
    hold only those), and the noun after the figure says what it measures:
    two sentences dating a judgment, each with a clock, a date and a
    trial's length, share too few words for DIVERGE_MIN_SCORE, so the
    planted rival length stayed a unique fact. The aligner's model put them
    together with confidence (STRONG_CLAIM_SCORE), and the shared noun ties
    the two figures to one thing; measures of different sizes (`one_size`)
    are two things, as for sums. Only compounds (`compound_lengths`): two
    runners' race times sharing the word "time" are two results.
    """
    va, vb = a.value, b.value
    return (isinstance(va, Quantity) and isinstance(vb, Quantity) and va.unit is not None
            and va.unit == vb.unit and a.slot == b.slot and compound_lengths(a, b) and one_size(a, b))


def _lone_sums(a: Mention, b: Mention, stated: Counter[tuple[str, int]]) -> bool:
    """Two sums of money in one currency, each the only figure its passage states.

    "Without the discount the penalty would have been 69.4 million pounds"
    and "Without it, the fine would have been £64.9 million" are one
    sentence with one figure changed, yet the pair scorer weighs the
    differing figure against them (their shared words are few and common),
    so the pair fell under DIVERGE_MIN_SCORE and the planted rival stayed a
    unique fact. The aligner's model put them together with confidence
    (STRONG_CLAIM_SCORE); a sentence whose one figure is a sum states that
    sum. A sum in another currency may be a conversion, a passage with more
    figures may pair for another of them, and sums of different sizes
    (`one_size`: a takeover's $340M against a share price's $12) are two
    things, so all three are left alone.
    """
    return (isinstance(a.value, Money) and isinstance(b.value, Money) and a.value.currency == b.value.currency
            and stated[(a.source, a.passage)] == 1 and stated[(b.source, b.passage)] == 1
            and one_size(a, b))


def restated_parts(ms: Sequence[Mention], texts: dict[str, str]) -> set[int]:
    """Indices of parts of day right after a clock of their passage that only restate its half of the day.

    "published its latest figures at 10am this morning", "arrested at 11pm
    last night": the words after the clock say which morning or night, not a
    second time. Counted as a value of the passage's time family, the part
    made the passage state two times, and the rule that sets two sources'
    one time of an aligned passage against each other passed it over. The
    mention stays (it dates the clock's day for the rest of the judge); it
    is only no second value of the passage.
    """
    clocks: dict[tuple[str, int], int] = {}  # each clock's end offset, by source and end
    for m in ms:
        if isinstance(m.value, ClockTime):
            clocks[(m.source, m.span.end)] = m.value.hour
    out = set()
    for i, m in enumerate(ms):
        part = m.value
        if not isinstance(part, PartOfDay):
            continue
        text = texts.get(m.source, "")
        # the clock ends where the white space before the part starts: "10am this morning"
        end = len(text[max(0, m.span.start - 8):m.span.start].rstrip()) + max(0, m.span.start - 8)
        hour = clocks.get((m.source, end))
        if hour is None:
            continue
        start, stop = part.start_hour, part.end_hour
        if (start <= hour < stop) if start < stop else (hour >= start or hour < stop):
            out.add(i)
    return out


def _release_clocks(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """Two clock times, each its passage's one, both beside a word for making something public.

    "Statistics Norland said in figures released at 9am" (beside last month's
    rate) and "the office published its latest figures at 10am" time one
    release: the passages state other figures too, so `_lone_clocks` passes
    them over, and their wording is too far apart for DIVERGE_MIN_SCORE. In
    a claim the aligner is sure of, a publishing word right at both clocks
    (`divergeslots.made_public`) says both time the same act.
    """
    return (isinstance(a.value, ClockTime) and isinstance(b.value, ClockTime)
            and "publish" in made_public(ctx.window(a)) and "publish" in made_public(ctx.window(b)))


def _box_timed_clocks(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """Two clock times, one a fact-box line's whose label names the event the other's sentence names.

    "Time of crash: approx. 14:05" and "the coach crashed at about 2.40pm": the claim holding them
    was made by the box line's label (align.boxdates), and scores too low for DIVERGE_MIN_SCORE; the
    label and the verb say both clocks time that one event.
    """
    return (isinstance(a.value, ClockTime) and isinstance(b.value, ClockTime)
            and timed_by_box(ctx.texts[a.source], a.span.start, ctx.texts[b.source], b.span.start))


def _lone_clocks(a: Mention, b: Mention, stated: Counter[tuple[str, int]]) -> bool:
    """Two clock times, each the only figure its passage states: rivals in a claim the aligner is sure of.

    "The runway reopened at 11:15 p.m. after a sweep of the area" and "The
    runway was returned to service at 22:15, once the teams were satisfied"
    share too few words for DIVERGE_MIN_SCORE, yet the aligner's model put
    them together with confidence (STRONG_CLAIM_SCORE), and a sentence whose
    one figure is a clock is about that moment. A passage stating more
    figures ("an all-hands call at 8 a.m. Tuesday for its 1,900 staff") may
    pair with a partner for another of them, and its clock time for a
    second event.
    """
    return (isinstance(a.value, ClockTime) and isinstance(b.value, ClockTime)
            and stated[(a.source, a.passage)] == 1 and stated[(b.source, b.passage)] == 1)


def sized_family(m: Mention, family: str) -> str | None:
    """The family of a sum of money or a measure with its order of magnitude, for a claim's consensus.

    "goods worth $9.4 billion a day, or about $392 million an hour" states
    two sums, so the passage told the consensus nothing, and a tabloid's
    lone "$9.6 BILLION of goods every single day" against three outlets'
    $9.4 billion went unseen when each of them also gave an hourly or
    another sum beside it. Sums of different orders of magnitude are no
    rival readings of one figure (`divergepair.one_size` keeps such pairs
    apart anyway), so each order of a passage's sums is a family of its
    own: the one sum in the billions is the passage's value there. Two sums
    just either side of a power of ten fall in two families and are not
    weighed (a missed divergence, never a false one). The consensus's own
    tests (`divergeconsensus._dissent`) apply as for any family, and a
    hedged dissenter is not weighed there (`divergeconsensus._hedged_sum`).
    """
    v = m.value
    if isinstance(v, Quantity) and _sized_measure(m, v):
        return f"{family}{SIZED}{v.unit}{SIZED}{v.amount.adjusted()}"
    if isinstance(v, Quantity) and _sized_count(m, v, family):
        return f"{family}{SIZED}{v.amount.adjusted()}"
    if not isinstance(v, Money) or v.amount <= 0:
        return None
    return f"{family}{SIZED}{v.amount.adjusted()}"


def _sized_measure(m: Mention, v: Quantity) -> bool:
    """A measure with its unit ("600,000 barrels a day", "0.65 million b/d"), weighed by size as sums are.

    "cutting its output by 600,000 bpd to about 9.4 million bpd" states two
    rates, so the passage told the consensus nothing, and a trade outlet's
    lone "0.65 million b/d" for the same share stayed a unique fact beside
    three sources' 600,000. Each order of magnitude of a passage's measures
    in one unit is a family of its own, as for sums of money (see
    `sized_family`). Sized in the unit as read ("barrel per day"), not in
    the dimension's base unit: 600,000 and 650,000 barrels a day are 95
    and 103 million litres, either side of a power of ten. Two measures in
    two units ("3 miles", "4.8 km") are not weighed: a missed divergence,
    never a false one. A count, a percentage, a range, a distance or a
    duration is not sized (`_UNSIZED`).
    """
    return (m.kind is Kind.NUMBER and v.unit is not None and v.amount > 0 and v.high is None
            and not m.slot.endswith(":count") and family_dimension(m) not in _UNSIZED)


# The least count of a named noun weighed by its order of magnitude (`_sized_count`): smaller counts are
# too often parts of one another ("three of the 12 climbers") for each to be a passage's one value.
SIZED_COUNT_MIN = 100


def _sized_count(m: Mention, v: Quantity, family: str) -> bool:
    """A count of one named noun in the hundreds or more, weighed by size in its noun's family.

    "410 flights each day until Saturday, or 1,320 in total" states two
    counts of flights, a daily one and a sum, so the passage told the
    noun's consensus nothing, and the broadcaster's lone 1,320 stayed a
    unique fact beside two outlets' 1,230 (each of which also gave the 410
    a day). A count per period and its total, or a part and its whole, are
    of different orders as often as not; each order of a passage's counts
    of one noun is then a family of its own, as for sums (see
    `sized_family`). Counts either side of a power of ten are not weighed
    (a missed divergence, never a false one); hedged or bounded ones keep
    the family's own tests.
    """
    return (v.high is None and v.amount >= SIZED_COUNT_MIN and v.qualifier is None
            and named_count_family(m) == family)


# Dimensions whose measures are not sized: a passage's distances are from several places ("two miles from
# the plant and 13 miles east of Arlen"), each the fact of its own place, and its durations time several
# spans (divergeconsensus._agreed_span_words has their own test). Sized, each was a passage's one value
# of its order, and a lone distance from another town became the rival of two sources' agreed one.
_UNSIZED = frozenset({"distance", "duration"})


def _one_coming_year(ms: Sequence[Mention], idx: list[int], published: dict[str, dt.date]) -> list[int]:
    """A passage's one year still to come beside years gone by: the value the claim's consensus weighs.

    "Approved in 2019 for 4 billion, the tunnel will not open before 2031":
    the year gone by dates the plan's history (other outlets tell it in
    sentences of their own), the year to come its one target, as a
    partner's lone "until 2030" is. Counted as two values, the year gone by
    hid the passage's target from the consensus, and the rival year stayed
    a detail only one outlet had. Only years written in digits, and only
    when exactly one is after its outlet's publication year and every other
    one before it (a year of its own dateline may be either). The year to
    come may be written as a day of a month: "the ground, which opened in
    1921, will be renamed on 1 August 2027" dates the same one step to come.
    """
    day = published.get(ms[idx[0]].source) if idx else None
    if day is None or len(idx) < 2 or not all(written_year(ms[k]) or calendar_day(ms[k]) for k in idx):
        return idx
    spans = {k: cast(DateValue, ms[k].value) for k in idx}
    coming = [k for k, v in spans.items() if v.start is not None and v.start.year > day.year]
    gone = [k for k, v in spans.items()
            if written_year(ms[k]) and v.end is not None and v.end.year < day.year]
    return coming if len(coming) == 1 and len(coming) + len(gone) == len(idx) else idx


def _calendar_days(ms: Sequence[Mention], idx: list[int]) -> list[int]:
    """A passage's values of one family as the claim's consensus weighs them: its weekdays left out
    beside a day of a month.

    "Norvenia will raise the wage from April 1, the government announced on
    Thursday" dates two steps, and only the day of a month is one the
    consensus weighs (`divergeconsensus._consensus_kind`: a weekday is read
    against each outlet's dateline). Counted as two values, the weekday hid
    the passage's one calendar day from the consensus, so a fourth source's
    lone "1 March" met no agreeing pair. Two days of a month still make two
    values, and a weekday alone stays the passage's value.
    """
    days = [k for k in idx if not isinstance(ms[k].value, DateValue) or calendar_day(ms[k])]
    days = days if days and len(days) < len(idx) else idx
    inner = _within_finer(ms, days)
    return inner if inner and len(inner) < len(days) else days


def _within_finer(ms: Sequence[Mention], idx: list[int]) -> list[int]:
    """A passage's dates less the coarser ones that hold a finer date of the same passage.

    "renamed from July 1, 2027, the start of the 2027-28 season": the season
    only dates the day again, to the year, as an apposition. Counted as a
    second value, it hid the passage's one day from the claim's consensus,
    and a fourth outlet's lone "1 August 2027" met no agreeing pair. Two
    dates that hold no one another ("from 2027-28 to 2038-39", "in 1921 ...
    on 1 August 2027") still make two values.
    """
    spans = {k: v for k in idx if isinstance(v := ms[k].value, DateValue)}

    def holds(outer: DateValue, inner: DateValue) -> bool:
        return (outer.start is not None and outer.end is not None and inner.start is not None
                and inner.end is not None and outer.start <= inner.start and inner.end <= outer.end
                and (outer.end - outer.start) > (inner.end - inner.start))

    return [k for k in idx if not (k in spans and any(
        j != k and holds(spans[k], v) for j, v in spans.items()))]


class _FirstBetween:
    """The divergent pairs found, in order, less those that cannot change the judge's grouping.

    Two sources writing the very same words ("this morning", "April 9") never
    contradict each other: their values differ only through what each was
    resolved against (its own publication date, a year guessed for an
    undated page), not through what the writers said; nor do clock times
    within one's hedge. Each mention's folded words are read once: at 80
    sources one divergent value meets every other source. With clusters,
    a pair within one cluster, or between two clusters a kept pair joins
    already, is redundant (see `divergent_pairs`).
    """

    def __init__(self, ms: Sequence[Mention], ctx: Evidence, clusters: Sequence[int] | None) -> None:
        self.ms, self.ctx, self.clusters = ms, ctx, clusters
        self.pairs: list[tuple[int, int]] = []
        self.between: set[tuple[int, int]] = set()
        self.words: dict[int, str] = {}

    def redundant(self, i: int, j: int) -> bool:
        if self.clusters is None:
            return False
        a, b = self.clusters[i], self.clusters[j]
        return a == b or (a, b) in self.between or (b, a) in self.between

    def offer(self, i: int, j: int) -> None:
        """Keep the pair unless it is redundant or its two mentions state the same thing."""
        if self.redundant(i, j) or self._folded(i) == self._folded(j):
            return
        a, b = self.ms[i], self.ms[j]
        if (hedged_clocks_meet(a, b, self.ctx) or unstated_years(a, b) or nights_meet(a, b)
                or other_time_told(a, b, self.ctx)
                or midnight_meets(a, b) or lasting_time(a, self.ctx) or lasting_time(b, self.ctx)
                or counted_on_other_days(a, b, self.ctx.texts, self.ctx.published)  # "have lost 9% since"
                or ways_apart(a, b, self.ctx.texts)):  # "10 per cent more" and "a 13.6% cut": a rise, a cut
            return
        self.pairs.append((i, j))
        if self.clusters is not None:
            self.between.add((self.clusters[i], self.clusters[j]))

    def _folded(self, k: int) -> str:
        words = self.words.get(k)
        if words is None:
            words = self.words[k] = fold(self.ms[k].raw)
        return words


def _claim_hits(members: list[tuple[str, int]], single: dict[tuple[str, int], dict[str, int]],
                ms: Sequence[Mention], same: Compatible) -> list[tuple[int, int, int, int, int]]:
    """Member pairs of one claim whose single values of a family are incompatible.

    Members are grouped by value first: equal values never contradict, so a
    claim all 80 sources agree on costs nothing. Returned as (member x,
    member y, family rank in x, mention of x, mention of y) in the order of
    trying every member pair, family by family.
    """
    by_family: dict[str, dict[Value, list[int]]] = defaultdict(dict)
    for n, node in enumerate(members):
        for f, i in single.get(node, {}).items():
            by_family[f].setdefault(ms[i].value, []).append(n)
    hits = []
    for f, groups in by_family.items():
        for xs, ys in itertools.combinations(groups.values(), 2):
            # Whether the values fit is a matter of the two values (and of which comes first): asked
            # once per pair of values, not per pair of the members stating them.
            first_x, first_y = ms[single[members[xs[0]]][f]], ms[single[members[ys[0]]][f]]
            fit_xy, fit_yx = same(first_x, first_y, f), same(first_y, first_x, f)
            if fit_xy and fit_yx:
                continue
            for x, y in itertools.product(xs, ys):
                if (fit_xy if x < y else fit_yx):
                    continue
                x, y = min(x, y), max(x, y)
                a, b = single[members[x]][f], single[members[y]][f]
                hits.append((x, y, list(single[members[x]]).index(f), a, b))
    hits.sort()
    return hits
