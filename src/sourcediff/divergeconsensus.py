"""A claim's lone dissenter: one source's value against the one its other sources agree on.

One divergence rule of diverge.divergent_pairs, split out because it weighs a
whole claim's sources at once (how many agree, what each states elsewhere in
its article), where the other rules weigh two passages or two values.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from sourcediff.compat import comparable, compatible, counted, mention_period, role_key, same_thing, unit_info
from sourcediff.countclasses import class_cues, class_nouns, class_stems
from sourcediff.countnouns import count_stems, named_count
from sourcediff.divergehistory import history_against_coming
from sourcediff.divergeleftover import figure_label
from sourcediff.divergepair import (
    AMOUNT_KINDS,
    DIVERGE_MIN_SCORE,
    STRONG_CLAIM_SCORE,
    TERM_END_BOUNDS,
    Compatible,
    bound_word,
    calendar_day,
    family_dimension,
    one_size,
    values_contradict,
    written_month,
    written_year,
)
from sourcediff.divergeplanned import lone_planned_day, scheduled_day
from sourcediff.divergesumnouns import sum_nouns
from sourcediff.eventnouns import plain_stems
from sourcediff.eventordinals import one_of_several
from sourcediff.evidence import CONTEXT_MIN_OVERLAP, Evidence
from sourcediff.extract.amounts import STOP_WORDS, singular
from sourcediff.extract.money import CONVERSION, LABEL_PARTICIPLES
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.extract.roles import roles_of
from sourcediff.extract.stamps import STAMP
from sourcediff.factlinks import _measure_told_otherwise
from sourcediff.model import Claim, Kind, Mention
from sourcediff.regexcache import regex
from sourcediff.terms import american_stems, weighted_overlap
from sourcediff.unioncounts import joined_noun
from sourcediff.values import (
    APPROX,
    BOUND_QUALIFIERS,
    ClockTime,
    DateValue,
    Money,
    PartOfDay,
    Quantity,
)

# Joins a family to the order of magnitude of a sum (diverge.sized_family): "money:USD@9" is billions.
SIZED = "@"
# A family of written years alone (diverge.divergent_pairs files each beside its passage's own date family,
# as months have theirs): "made in 1716, was taken from a car on 3 May" states one year among years.
YEARS_ALONE = f"{SIZED}year"
# A claim's lone dissenter is weighed only against this many other sources agreeing on one value: two
# sources stating one value in aligned passages show the claim is about that fact.
CONSENSUS_MIN_AGREE = 2
# A shared counted noun stands in for the whole passage similarity (`_same_counted_noun`): one more
# source must agree than CONSENSUS_MIN_AGREE.
NOUN_CONSENSUS_MIN_AGREE = CONSENSUS_MIN_AGREE + 1
# The agreement stands in for half the passage similarity a pair alone needs: the dissenter's passage must
# still score this much with one agreeing passage (at 0.02-0.05 a claim's members share a name, not a fact).
CONSENSUS_MIN_SCORE = DIVERGE_MIN_SCORE / 2
# Likewise for the words right around the two values: the agreement stands in for half the rare-word overlap
# two values alone need to fill one slot (evidence.CONTEXT_MIN_OVERLAP).
CONSENSUS_MIN_CONTEXT = CONTEXT_MIN_OVERLAP / 2


def _consensus_pairs(ms: Sequence[Mention], claims: Sequence[Claim],
                     where: dict[tuple[str, int, str], list[int]],
                     single: dict[tuple[str, int], dict[str, int]], same: Compatible,
                     ctx: Evidence) -> list[tuple[int, int]]:
    """A claim's one source whose single value of a family contradicts the one its other sources agree on.

    "The attack was detected at 2:40 a.m." in three sources and "Criminals
    struck at around 3.40am" in a fourth: the paper's sentence is worded
    apart, so its pair score with each partner stays under DIVERGE_MIN_SCORE
    and the words around the values differ. Yet the aligner put its passage
    in the claim, and the other sources stating one value there show what
    the claim is about, so the odd value is their rival. Counted only when
    the evidence cannot be two facts: at least CONSENSUS_MIN_AGREE other
    sources agree, every source states one value of the family in its
    passages of the claim, the dissenter states no value fitting the
    others' anywhere in its article, and none of the others states the
    dissenter's anywhere in theirs (a source giving both times reports two
    moments, which a partner may well report one of); the dissenter's
    passage scores CONSENSUS_MIN_SCORE with an agreeing one (or, for sums of
    money, the words beside the two sums say what both are for:
    `_same_role_amount`), the two values
    are of one kind `_consensus_kind` admits, of one size when amounts, and
    both moments or both bounds of the same word (`bound_word`).
    """
    stated: dict[tuple[str, str], list[int]] = defaultdict(list)
    told: dict[tuple[str, int], list[int]] = defaultdict(list)
    # Each passage's families with their mentions, in `where`'s order: a claim's steps read only its own
    # passages' entries, never every entry of the story (at 80 sources that scan was most of the judge).
    families_at: dict[tuple[str, int], list[tuple[str, list[int]]]] = defaultdict(list)
    for (s, i, f), idx in where.items():
        stated[(s, f)].extend(idx)
        told[(s, i)].extend(idx)
        families_at[(s, i)].append((f, idx))
    for s, f in [k for k in stated if k[1].endswith(YEARS_ALONE)]:
        # What a source states of its years alone is read with its whole date family: an undated "Jan. 4"
        # fits any year, and an agreeing outlet writing it still leaves another's year of history alone.
        stated[(s, f)] = list(dict.fromkeys(stated[(s, f)] + stated.get((s, f[:-len(YEARS_ALONE)]), [])))
    pairs = []
    # The surest claim first: a dissenter sitting in two claims ("at a ceremony at 11:00" beside the
    # ceremony's "10.30am" and beside an opening's "open to the public at 1pm") is the rival of the one the
    # aligner is surer of, and the judge merges pair by pair, a source joining one group only.
    for claim in sorted(claims, key=lambda c: -c.score):
        by_family: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for p in claim.members:
            for f, i in single.get((p.source, p.index), {}).items():
                if _consensus_kind(ms[i], ctx.published):
                    by_family[f][p.source].append(i)
        _add_named_steps(ms, claim, families_at, by_family, same)
        for f, by_source in by_family.items():
            pair = _dissent(ms, f, by_source, stated, told, same, ctx,
                            strong=claim.score >= STRONG_CLAIM_SCORE)
            if pair is not None and SIZED in f and _hedged_sum(ms[pair[0]]):
                continue
            if pair is not None and (
                    values_contradict(_class_read(ms[pair[0]]), _class_read(ms[pair[1]]), ctx)
                    or _agreed_span_words(ms, pair, by_source, ctx)):
                pairs.append((min(pair), max(pair)))
    # A passage's one sum is its value of its family and of its size's (diverge.sized_family): one pair.
    return list(dict.fromkeys(pairs))


def _resolved_date(m: Mention) -> bool:
    """Whether the mention is a date with both ends known: a period that can hold another date."""
    return isinstance(m.value, DateValue) and m.value.start is not None and m.value.end is not None


def _start_day_bound(ctx: Evidence, m: Mention) -> str | None:
    """`bound_word`, with "from" before a day still to come read as that day itself.

    "renamed from July 1, 2027" and "will be renamed on 1 August 2027" both
    name the day a change takes effect: a start written with "from" is that
    moment, not a span's bound beside another step's day. Only for a day of
    a month after its outlet's publication, never a clock ("closed from 9am"
    and "reopened at 4pm" are two moments of one episode) nor a day gone by.
    """
    bound = bound_word(ctx, m)
    v, day = m.value, ctx.published.get(m.source)
    if (bound == "from" and isinstance(v, DateValue) and v.precision == "day" and calendar_day(m)
            and day is not None and v.start is not None and v.start > day):
        return None
    return bound


def _class_read(m: Mention) -> Mention:
    """A count with its noun read as its class's (countclasses): "440 roles" against "420 jobs" are rivals.

    The consensus met the two counts in one family only when their nouns
    fold to one class (`named_count_family`), so the check that they count one
    thing must read them folded too; other figures are left as they are.
    """
    if m.kind is not Kind.NUMBER or not m.slot.endswith(":count"):
        return m
    cues = class_cues(m.cues)
    return m if cues == m.cues else replace(m, cues=cues)


# The kinds a passage may state two of and still agree with a partner on one (`_add_named_steps`).
_STEP_KINDS = frozenset({Kind.DATE, Kind.MONEY, Kind.PERCENT, Kind.TIME})


def _add_named_steps(ms: Sequence[Mention], claim: Claim,
                     families_at: dict[tuple[str, int], list[tuple[str, list[int]]]],
                     by_family: dict[str, dict[str, list[int]]], same: Compatible) -> None:
    """A passage's date, sum or percentage among two of its family that another source states alone.

    "The ban took effect on Wednesday and will be reviewed on June 24" dates
    two steps; beside a partner's "will review the restriction on 24 June"
    its June 24 is the claim's date, and "Wednesday" another step's. A sum
    set beside the budget it overran ("repairs cost 1.8 billion euros, double
    the original estimate of 0.9 billion") states the claim's cost and a
    second sum; beside a partner's lone "€1.8bn" the first is the claim's.
    A rate given with the one it replaced ("core inflation eased to 2.9%
    from 3.1%") states the claim's rate and the previous one; beside a
    partner's lone "2.9 per cent" the first is the claim's, and a third's
    "3.0%" one dissenter against two. A clock time set beside an earlier
    step's ("the ferry sank at about 9:10 p.m., an hour after a distress call
    at 8:05 p.m.") times the claim's moment and another: beside a partner's
    lone "21:10" the first is the claim's, and a third's "9.40pm" one
    dissenter against two. Only dates, sums, percentages and times, and
    only when exactly one of the passage's values fits a value another
    source states alone in the claim: the source then agrees with that
    source, so a third's "June 26" (or "€2.1 billion") is one dissenter
    against two.
    """
    for p in claim.members:
        for f, idx in families_at.get((p.source, p.index), ()):
            if len(idx) < 2 or p.source in by_family.get(f, {}):
                continue
            if f not in by_family or any(ms[k].kind not in _STEP_KINDS or _moved_points(ms[k]) for k in idx):
                continue
            others = [k for src, ks in by_family[f].items() if src != p.source for k in ks]
            fits = [k for k in idx if _consensus_kind(ms[k]) and any(same(ms[k], ms[o], f) for o in others)]
            if not fits:
                fits = _one_named_sum(ms, _one_period_sum(ms, idx, others), others)
            if len(fits) == 1:
                by_family[f][p.source].append(fits[0])


def _one_period_sum(ms: Sequence[Mention], idx: Sequence[int], others: Sequence[int]) -> list[int]:
    """A passage's sums stated for the one period (or none) the claim's other sums all share.

    "The MP, paid £80,000 a year, has handed back just £9,000" states a rate
    and a lump sum; beside partners' lone "repaid £8,000" the lump sum is the
    passage's reading of the claim's figure, and the sum per year another
    fact (`compat.same_thing` never sets sums of two periods against each
    other). With neither sum fitting the partners', the passage was left out
    of the consensus and its £9,000 stayed a lone figure. Only sums, only
    when the partners agree on the period and one of the passage's sums
    alone states it; the consensus's own tests (`_dissent`) still decide.
    """
    periods = {mention_period(ms[o]) for o in others}
    if len(periods) != 1 or any(ms[k].kind is not Kind.MONEY for k in (*idx, *others)):
        return []
    (period,) = periods
    return [k for k in idx if mention_period(ms[k]) == period]


def _one_named_sum(ms: Sequence[Mention], idx: Sequence[int], others: Sequence[int]) -> list[int]:
    """Of a passage's sums, the one named for what every other sum of the claim is named for.

    "Debt assumed: GBP 27m, including GBP 9m of director loans" states the
    debt and a part of it. Beside partners' lone "£30m of debt" and "debts
    of 30 million pounds", every one named a debt (`divergesumnouns.sum_nouns`),
    the sum named a debt is the passage's reading of the claim's figure and
    the loans another; with two sums of one period the passage was left out
    of the consensus and its 27m stayed a lone figure. Only when exactly one
    of the passage's sums carries a noun all the partners' sums carry; the
    consensus's own tests (`_dissent`) still decide.
    """
    if len(idx) < 2 or not others:
        return list(idx)
    common = frozenset.intersection(*(sum_nouns(ms[o]) for o in others))
    named = [k for k in idx if not sum_nouns(ms[k]).isdisjoint(common)]
    return named if len(named) == 1 else list(idx)


def _moved_points(m: Mention) -> bool:
    """A move in points or basis points ("up 35 basis points"), no rate: a passage of two is two moves.

    "Yields rose 35 basis points since September, 18 of them on Friday" gives
    two moves of one yield over two spans; neither is a rate with the one it
    replaced, so the passage casts no vote for either.
    """
    return m.kind is Kind.PERCENT and isinstance(m.value, Quantity) and m.value.unit != "%"


def _agreed_span_words(ms: Sequence[Mention], pair: tuple[int, int], by_source: dict[str, list[int]],
                       ctx: Evidence) -> bool:
    """A dissenting duration whose words around it half match one agreeing source's: one span, told twice.

    Two durations alone are rivals only when the words around them match
    (CONTEXT_MIN_OVERLAP: a passage times several spans). Beside a claim's
    agreement, half that overlap with any agreeing source will do, as for
    clock times (`_same_words_around`): "15 days of walkouts" against two
    sources' "eleven days of national strike action" and "Strike days: we
    were out for 11 days" (eventnouns makes the walkouts strikes). Time
    saved (the cue CHANGE: "will shave 40 minutes off the trip" against
    three sources' "a saving of 35 minutes") needs no more words: the
    saving is the span, and the claim's agreement says which one. A fact
    box's line ("Closure: 5 hours") has no words around its figure but its
    label: when the label's words stand beside an agreeing source's span
    (`_label_line_beside`), the label names that span.
    """
    o, best = pair
    if family_dimension(ms[o]) != "duration" or not comparable(ms[o], ms[best]) \
            or not same_thing(ms[o], ms[best]) or compatible(ms[o], ms[best]):
        return False
    if CHANGE in ms[o].cues and CHANGE in ms[best].cues:
        return True  # time saved in every source ("shave 40 minutes off", "a saving of 35 minutes"): one span
    others = [idx[0] for s, idx in by_source.items() if s != ms[o].source]
    if _label_line_beside(ms, o, others, ctx) is not None:
        return True  # a fact box's "Closure: 5 hours": its label's words stand beside a partner's span
    win = ctx.window(ms[o])
    return any(weighted_overlap(win, ctx.window(ms[idx[0]]), ctx.idf) >= CONSENSUS_MIN_CONTEXT
               for s, idx in by_source.items() if s != ms[o].source)


def _hedged_sum(m: Mention) -> bool:
    """A sum written with a hedge ("roughly $22 million"), weighed in a family of one size only.

    Where the agreeing sources each state several sums (diverge.sized_family),
    the consensus is weaker evidence than one value per passage: "$184
    million, or $23 million a season" in two outlets and "roughly $22
    million per season" in a third are as often an estimate of another offer
    as a rival figure, so only a sum stated as exact is set against them.
    """
    return isinstance(m.value, Money | Quantity) and m.value.qualifier is not None


def named_count_family(m: Mention) -> str | None:
    """The consensus family of a count of one named thing without a role ("7.4 million customers"), or None.

    Such a count is not `divergeable` by itself: "300 homes" beside "250
    homes" may count two things. A claim's consensus is the evidence it does
    not: two or more sources agreeing on one count of that noun in passages
    the aligner put together, and one source giving another (a tabloid's "7.9
    million customers were cut off" against three outlets' 7.4 million). The
    noun is part of the family, so only counts of one thing are weighed
    against each other; generic nouns ("people") and hedged-range counts are
    left out, as `divergecontext._claim_count_pairs` leaves them.
    """
    if (m.kind is not Kind.NUMBER or not m.slot.endswith(":count") or roles_of(m.cues)
            or not isinstance(m.value, Quantity) or m.value.high is not None
            or STAMP in m.cues or CONVERSION in m.cues):
        return None
    noun = class_nouns(counted(m))  # "440 roles" meet "420 jobs" (countclasses)
    return f"{role_key(m)}:{'+'.join(sorted(noun))}" if noun else None


def _consensus_kind(m: Mention, published: dict[str, date] | None = None) -> bool:
    """Values a claim's consensus can contradict: not relative dates or parts of day (ages: see `_named_age`).

    A source's "yesterday" or "Thursday" is read against its own dateline,
    and outlets writing on different days date different moments of a story
    in one aligned sentence; a lone different date there is more often
    another day's event than a contradiction. A day of a month is the
    writer's own ("collected on 3 February" against two sources' "2
    February"): it counts, and its source's weekdays are left out of the
    claim's consensus rather than spoiling it; `_dissent` asks that the words
    around the two days share one (the step they date). A weekday or
    "tomorrow" its own dateline puts ahead (`_ahead_of_dateline`) counts too.
    """
    if isinstance(m.value, DateValue):
        return calendar_day(m) or _ahead_of_dateline(m, published or {})
    return not isinstance(m.value, PartOfDay)


def _ahead_of_dateline(m: Mention, published: dict[str, date]) -> bool:
    """A relative day that falls after its outlet's publication day: a planned step's one date.

    "Will be certified on Wednesday" in Monday's wire and "due to be made
    official tomorrow" in Tuesday's tabloid name one day, the day the step is
    planned for. The doubt about relative days (outlets writing on different
    days name different past days by the same words) concerns days gone by;
    a day still ahead of the writer is the plan, and a third outlet's "October
    22" for it is a rival, not another episode.
    """
    day = published.get(m.source)
    v = m.value
    return (day is not None and isinstance(v, DateValue) and v.precision == "day" and v.start is not None
            and v.start == v.end and v.start > day)


# A name right after an age ("the 23-year-old Anna") or right before it ("Jonas Berg, 32,", "Berg, aged 32").
_NAME_AFTER_AGE = regex(r"\s+[A-Z][\w'-]+")
_NAME_BEFORE_AGE = regex(r"[A-Z][\w'-]+,\s+(?:aged\s+)?$")


def _named_age(m: Mention, ctx: Evidence) -> bool:
    """An age given with a person's name: one of several people a sentence about one event may name.

    A sentence about a trial or a crash names the accused and the victim, each
    with an age, so a lone different named age is more often someone else's;
    the ages of an unnamed victim ("a 78-year-old man", "a pensioner, aged
    87") are one person's, the one the claim is about.
    """
    if m.slot != "number:age":
        return False
    text = ctx.texts[m.source]
    return bool(_NAME_AFTER_AGE.match(text, m.span.end)
                or _NAME_BEFORE_AGE.search(text, max(0, m.span.start - 48), m.span.start))


# The hedges of a bound: a figure so stated holds a range ("more than 300" holds both 340 and 410).


def _exact_first(ms: Sequence[Mention], o: int, rest: Sequence[int]) -> list[int]:
    """The agreeing mentions that may shield a dissenter: the exact ones when the claim has any, else all.

    "More than 300" fits both the others' 340 and a lone 410; when an
    agreeing source states the exact figure, it is that figure the lone one
    differs from, and the bound beside it does not make the two agree. A
    claim of bounds only keeps the bounds' fit (no exact figure to decide).
    Counts only: a measure beside a bound ("a quake above magnitude 6")
    is as often a second event's (ECB+ 37: a past 8.6 against this 6.4).
    """
    if ms[o].slot != "number:count":
        return list(rest)
    exact = [i for i in rest if not _is_bound(ms[i])]
    return exact or list(rest)


def _bound_beside_exact(ms: Sequence[Mention], i: int, o: int) -> bool:
    """True when ``ms[i]`` is a bound ("more than 300") and ``ms[o]`` an exact figure (410) it only fits.

    An agreeing source's "more than 300" does not state the dissenter's 410:
    it holds 340 as well, the figure the others agree on.
    """
    return ms[o].slot == "number:count" and _is_bound(ms[i]) and not _is_bound(ms[o])


def _is_bound(m: Mention) -> bool:
    return isinstance(m.value, Quantity | Money) and m.value.qualifier in BOUND_QUALIFIERS


def _agreed_value(ms: Sequence[Mention], rest: list[int]) -> int:
    """The agreeing mention that names the agreed value: an exact one when the claim has one.

    A bound ("at least eight weeks") is met by many values, so a dissenter
    that states elsewhere a figure merely inside it ("shut for three months"
    in its paragraph on an earlier closure) has not stated the agreed value;
    when another agreeing source gives it exactly ("eight weeks"), that
    figure is the one the dissenter must also state to be telling two facts.
    """
    return next((i for i in rest if not _is_bound(ms[i])), rest[0])


def _dissent(ms: Sequence[Mention], family: str, by_source: dict[str, list[int]],
             stated: dict[tuple[str, str], list[int]], told: dict[tuple[str, int], list[int]],
             same: Compatible, ctx: Evidence, *, strong: bool = False) -> tuple[int, int] | None:
    """(the lone dissenter, its most similar agreeing mention) of one claim's family, or None.

    See `_consensus_pairs`; amounts must also be of one size (`one_size`):
    "two injured passengers died" beside "more than 60 injured" is a part,
    not a rival total. In a ``strong`` claim (the aligner's model sure of it,
    divergepair.STRONG_CLAIM_SCORE) the dissenter's passage needs no word
    score with an agreeing one: a tabloid's "Three men were nicked near the
    fence" shares few words with "Two men ... were arrested in a lay-by",
    and the model's confidence, with the others' agreement, is the evidence.
    Not for a measure or a sum (`_measure`): "75 kilometres from the city"
    against three sources' "about 135 kilometres from the city" is as often
    a second quake's epicentre, and those keep their own evidence
    (`_same_role_amount`, `_shared_measure`). A rate of flow (`_flow`) is
    left to the model's confidence like a count: a story's flows are few
    (its leakage, its supply, a plant's output), each stated once, so a
    trade paper's "leakage of 212 Ml/d" beside three outlets' 221 million
    litres a day is the same flow misstated, though the papers word it
    too far apart for a pair score ("leaks" and "leakage" stem apart).
    """
    if len(by_source) < CONSENSUS_MIN_AGREE + 1 or not _consensus_kind(ms[next(iter(by_source.values()))[0]],
                                                                       ctx.published):
        return None
    def fit(i: int, j: int) -> bool:
        return same(ms[i], ms[j], family) and same(ms[j], ms[i], family)

    firsts = {}
    lone = [idx[0] for idx in by_source.values() if len({ms[i].value for i in idx}) == 1]
    for s, idx in by_source.items():
        if len({ms[i].value for i in idx}) != 1:
            idx = _the_one_that_fits(ms, idx, [i for i in lone if ms[i].source != s], fit)
            if not idx:
                return None  # a source stating two values across the claim's passages
        firsts[s] = idx[0]

    for odd, o in firsts.items():
        rest = [i for s, i in firsts.items() if s != odd]
        firm = _firm(rest, ms)  # hedged and bound figures fit both sides: they shield no dissenter
        if any(fit(o, i) for i in _exact_first(ms, o, firm)) or not all(fit(rest[0], i) for i in rest[1:]):
            continue
        agreed = _agreed_value(ms, rest)
        if any(fit(i, agreed) and not _other_noun(ms[i], ms[agreed]) and not _wider_period(ms[i], ms[agreed])
               for i in stated[(odd, family)]):
            return None  # the dissenter also states the agreed value: two moments, two figures
        witnesses = {ms[i].source for i in firm}
        # A period that holds the agreed day too ("the 2027-28 season" beside "July 1, 2027" and the odd
        # "1 August 2027") is too coarse to tell them apart: it states neither, so it witnesses no odd one.
        # Not a hedged figure ("nearly 39 percent"): it may be its writer's rounding of the odd value; nor
        # a day left without its year ("Jan. 4" in an undated article), which fits any year as it always did.
        if any(fit(i, o) and not (_resolved_date(ms[i]) and fit(i, agreed))
               and not _other_noun(ms[i], ms[o])
               and not _bound_beside_exact(ms, i, o)
               and not _measure_told_otherwise(ms[o], ms[i], ctx)
               for s in firsts if s != odd and s in witnesses for i in stated[(s, family)]):
            return None  # an agreeing source also states the odd value (a bound of it states no value)
        if isinstance(ms[o].value, Quantity | Money) and not one_size(ms[o], ms[rest[0]]):
            return None
        if _coming_clock(ms, o, rest, ctx) or one_of_several(ms, o, rest, ctx):
            return None
        if history_against_coming(ms, o, rest, ctx.published):
            return None  # a date long past beside days still to come: two events (divergehistory.py)
        if any(_named_age(ms[i], ctx) for i in [o, *rest]):
            return None
        if any(named_count(ms[i]) for i in [o, *rest]):
            # A role-less count meets only a count of its own noun, however alike the passages; a count
            # of two nouns joined ("61,000 households and businesses") is of neither (`_joined_noun`).
            if any(_joined_noun(ms[i], ctx) for i in [o, *rest]):
                return None
            same_noun = _same_counted_noun(ms, o, rest, ctx)
            named = named_count_family(ms[o])
            kin = [i for i in rest if named is not None and named_count_family(ms[i]) == named]
            if same_noun is None and len(kin) >= CONSENSUS_MIN_AGREE:
                # two sources agreeing on the noun suffice for a count in the hundreds or more, or for
                # one named by the same compound ("a 41-gun salute" against "a 21-gun salute")
                same_noun = _large_named_count(ms, o, kin, named or "", ctx)
                if same_noun is None:
                    same_noun = _same_compound(ms, o, kin, ctx)
                if same_noun is None:
                    same_noun = _same_modified_noun(ms, o, kin, ctx)
                if same_noun is None:
                    same_noun = _noun_and_value_agreed(ms, o, rest, kin)
            return None if same_noun is None else (o, same_noun)
        kin = _same_bound(ms, o, rest, ctx)
        if written_month(ms[o]):
            # A month dates one step of several a passage may tell ("repainted in October 2024" beside
            # "last inspected in May 2025"): the words right around it must name the step, whatever
            # the passage score or the aligner's confidence.
            partner = _same_words_around(ms, o, kin, ctx)
            if partner is None:
                return None
            kin = [partner]
        best = max(kin, key=lambda i: ctx.pair_score(ms[o], ms[i]))
        if ctx.pair_score(ms[o], ms[best]) < CONSENSUS_MIN_SCORE and not (strong and (not _measure(ms[o])
                                                                                    or _flow(ms[o]))):
            partner = _same_role_amount(ms, o, kin, ctx)
            if partner is None:
                partner = _shared_measure(ms, o, kin, family, told, same)
            if partner is None:
                partner = _same_words_around(ms, o, kin, ctx)
            if partner is None:
                partner = _same_span_verb(ms, o, kin, ctx)
            if partner is None:
                partner = _lone_clock(ms, o, kin, stated[(odd, family)], ctx)
            if partner is None:
                partner = lone_planned_day(ms, o, kin, stated[(odd, family)], ctx)
            if partner is None:
                partner = _same_label(ms, o, kin, told, ctx)
            if partner is None:
                partner = _label_line_beside(ms, o, kin, ctx)
            if partner is None:
                return None  # the claim holds the dissenter's passage by a name, not a fact
            best = partner
        period = written_year(ms[o]) or written_month(ms[o])
        bound = _start_day_bound(ctx, ms[o])
        if bound != _start_day_bound(ctx, ms[best]) or (period and bound and bound not in TERM_END_BOUNDS):
            # "by 2029" and "by 2030", "by June 2027": targets of two goals as often as one. A term's end
            # ("a licence to run until 2045" against "until 2047") is one per term: the claim's term.
            return None
        if period and sum(ms[i].value == ms[o].value and (ms[i].source, ms[i].passage) not in ctx.heads
                          for i in stated[(odd, family)]) > 1:
            # A year its writer gives several steps ("indicted in 1969", "from 1969"): a period. A
            # headline restating the lead's year ("licence runs to 2047") tells the same step again.
            return None
        if (isinstance(ms[o].value, DateValue) and ctx.window(ms[o]).isdisjoint(ctx.window(ms[best]))
                and not _shared_clock(ms, o, best, told, same)):
            alike = _day_worded_alike(ms, o, kin, ctx)
            if alike is None:
                return None  # two days of one claim's sentences dating different steps
            best = alike
        return (o, best)
    return None


def _wider_period(m: Mention, than: Mention) -> bool:
    """Whether ``m`` is a period that holds the day ``than`` names and more: it states neither day.

    A trade site's "leakage in 2025/26" or "expected in 2026" holds the day
    its other sources agree a step takes effect, but names no day of it: the
    site's own different day for that step is still its rival. Read as the
    dissenter also stating the agreed day, the year hid the odd day, as the
    agreeing sources' own periods are kept from witnessing it (`_dissent`).
    """
    v, w = m.value, than.value
    return (isinstance(v, DateValue) and isinstance(w, DateValue) and w.within(v)
            and (v.start, v.end) != (w.start, w.end))


def _day_worded_alike(ms: Sequence[Mention], o: int, kin: list[int], ctx: Evidence) -> int | None:
    """The agreeing day whose words around it share one with the dissenter's, best scored first; or None.

    The agreeing sources state one day, so each of them witnesses it as
    well as the one whose passage scores best with the dissenter's. "He is
    due back in court on 9 November" scores best with a legal site's "The
    next hearing is a status conference on November 19 at 09:30", yet
    shares no word around its day with it, while a wire's "His next court
    date is Nov. 9" does ("next"): the dissenter's day and the wire's date
    the same step. Asking only the best-scored witness left the planted
    rival day a unique fact. Days whose words share nothing with any
    witness's still date another step.
    """
    around = ctx.window(ms[o])
    alike = [i for i in kin if not around.isdisjoint(ctx.window(ms[i]))]
    return max(alike, key=lambda i: ctx.pair_score(ms[o], ms[i])) if alike else None


# Content stems two labels must share to name one measure ("top speed"), unless the labels are equal.
SAME_LABEL_STEMS = 2


def _same_label(ms: Sequence[Mention], o: int, rest: list[int], told: dict[tuple[str, int], list[int]],
                ctx: Evidence) -> int | None:
    """The agreeing figure named by the dissenter's own label ("Top speed: 36.8 knots"), if any.

    A fact box's short line and a specialist's "Top speed: 38.6 kn (71.5
    km/h), recorded in the Indian Ocean" score under CONSENSUS_MIN_SCORE as
    passages, yet the words naming the two figures (divergeleftover.figure_label)
    are the same: the label says which measure the figure is. Equal labels,
    or SAME_LABEL_STEMS shared stems; "speed" alone ("average speed", "top
    speed") names no one measure.
    """
    def label(m: Mention) -> frozenset[str]:
        return figure_label(m, [ms[k].span.end for k in told[(m.source, m.passage)]], ctx)

    mine = label(ms[o])
    if not mine:
        return None
    for i in rest:
        theirs = label(ms[i])
        if mine == theirs or len(mine & theirs) >= SAME_LABEL_STEMS:
            return i
    return None


# A fact box's line that is a label and its figure: "Guaranteed: $268M", "- Signing bonus: $25M". A bullet
# may open it; the label is one to four words, then a colon right before the figure.
_LABEL_LINE = regex(r"[ \t]*(?:[-*•▪·–—][ \t]+)?"
                    r"(?P<label>[A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*){0,3}):[ \t]*")


def _label_line_beside(ms: Sequence[Mention], o: int, rest: list[int], ctx: Evidence) -> int | None:
    """The agreeing figure whose words around it hold every word of the dissenter's fact-box label, if any.

    A newsletter's "Guaranteed: $268M" against "$280 million is fully
    guaranteed" and "$280m of the money is guaranteed": the label names its
    figure's measure, and the prose names it after the figure, so neither
    `_same_label` (labels before a figure) nor `_same_role_amount` (two
    stems in common; a one-word label has one) sees it. Only a line that is
    nothing but the label and the figure, and only when the label's every
    content stem stands beside the partner's figure, in its sentence.
    """
    m = ms[o]
    text = ctx.texts[m.source]
    line = _LABEL_LINE.fullmatch(text, text.rfind("\n", 0, m.span.start) + 1, m.span.start)
    if line is None:
        return None
    label = plain_stems(american_stems(_label_nouns(line["label"])))
    if not label:
        return None
    for i in rest:
        if _label_held(label, ctx.whole_window(ms[i])):
            return i
    return None


# A label noun's stem in "-ure" ("closur", "failur", "departur"): its verb's stem is the part before.
_URE_NOUN = "ur"
# The shortest verb stem such a noun is read as ("clos", "fail"): shorter ones ("pur" of "pure") are no verb.
_URE_VERB_MIN = 4


def _label_held(label: frozenset[str], around: frozenset[str]) -> bool:
    """Whether every stem of a fact-box label stands in the partner's words, a noun in "-ure" as its verb too.

    A box's "Road closure: 6 hours" names the span the prose tells with the
    verb ("the road was closed for 8 hours"), as "Failure" a thing that
    "failed" and "Departure" a flight that "departed": the stemmer leaves the
    nouns "closur", "failur", "departur", the verbs "close", "fail", "depart".
    Only that one suffix, read back to a verb stem of at least _URE_VERB_MIN
    letters (or that stem with its "e"), so a label still needs its every
    word beside the partner's figure.
    """
    return all(s in around or _ure_verb(s) & around for s in label)


def _ure_verb(s: str) -> frozenset[str]:
    """The verb stems a noun stem in "-ure" stands for ("closur": "clos", "close"); empty for any other."""
    root = s[:-len(_URE_NOUN)]
    if not s.endswith(_URE_NOUN) or len(root) < _URE_VERB_MIN:
        return frozenset()
    return frozenset({root, root + "e"})


def _label_nouns(label: str) -> str:
    """A label less the participles after its first word: "Debt assumed" names the debt.

    The prose names the sum ("£30m of debt the buyer takes on"), not the
    verb the box puts after it ("assumed", "taken on", "paid"), so asking
    for that verb beside the partner's figure kept every such line apart.
    """
    first, *rest = label.split()
    kept = [w for w in rest if not (w.lower().endswith("ed") or w.lower() in LABEL_PARTICIPLES)]
    return " ".join((first, *kept))


def _firm(rest: list[int], ms: Sequence[Mention]) -> list[int]:
    """The agreeing side's figures that are not hedged, when CONSENSUS_MIN_AGREE of them remain.

    A tabloid's "almost 40 knots" fits both the wire's 38.6 and a paper's
    36.8: a hedged round figure is no witness for either side, so it must not
    shield the dissenter from the precise figures the others agree on.
    """
    firm = [i for i in rest if getattr(ms[i].value, "qualifier", None) != APPROX]
    return firm if len(firm) >= CONSENSUS_MIN_AGREE else rest


def _the_one_that_fits(ms: Sequence[Mention], idx: list[int], others: list[int],
                       fit: Callable[[int, int], bool]) -> list[int]:
    """A source's mentions of the one value, among its several in a claim, that the others' values fit.

    A log's "Top speed: 38.6 kn" and "Average speed: 24.52 kn" both sit in the
    claim of a list line "Top speed: 36.8 knots" and a wire's "peaked at 38.6
    knots": the log states two values there, but only one of them is the
    others' fact, so it is the log's side and the other a figure of its own.
    [] when no value, or more than one, fits another source's single value.
    """
    fitting = {ms[i].value for i in idx if any(fit(i, j) for j in others)}
    if len(fitting) != 1:
        return []
    return [i for i in idx if ms[i].value in fitting]


def _same_bound(ms: Sequence[Mention], o: int, rest: list[int], ctx: Evidence) -> list[int]:
    """The agreeing mentions stated as the dissenter's is, a bound by the same word or a plain moment
    (`divergepair.bound_word`); all of them when none is.

    The agreeing sources show what the claim's value is; the dissenter is
    set against one that states it the same way. "will rise ... from April
    1" (the wire), "effective April 1, 2027" (a trade site) and "will go up
    ... on 1 March" (a regional paper): the wire's bound is no rival to a
    plain day, whatever the consensus, but the trade site's plain day is.
    Weighed against the wire alone, as the most alike passage, the lone 1
    March was let go. When no agreeing source states the value the
    dissenter's way, the bound check after still keeps the two apart.
    """
    bound = bound_word(ctx, ms[o])
    return [i for i in rest if bound_word(ctx, ms[i]) == bound] or rest


def _shared_clock(ms: Sequence[Mention], o: int, best: int, told: dict[tuple[str, int], list[int]],
                  same: Compatible) -> bool:
    """Whether the two days' passages state one clock time: then both days date the same step.

    "kick in at one minute past midnight on 2 December" beside "apply from
    00:01 GMT on December 1": the time written in words leaves the words
    around the two days nothing in common, yet the one minute of the day both
    give says the two days date one moment, so the odd day is the rival.
    """
    def clocks(k: int) -> list[Mention]:
        return [ms[i] for i in told[(ms[k].source, ms[k].passage)] if isinstance(ms[i].value, ClockTime)]

    return any(role_key(x) == role_key(y) and same(x, y, role_key(x)) and same(y, x, role_key(x))
               for x in clocks(o) for y in clocks(best))


def _flow(m: Mention) -> bool:
    """A volume per period ("221 megalitres a day", "600,000 barrels a day"): a flow, not a distance."""
    v = m.value
    info = unit_info(v.unit) if isinstance(v, Quantity) else None
    return info is not None and info[0].startswith("volume per ")


def _measure(m: Mention) -> bool:
    """A figure precise enough to say two passages speak of one thing: a sum, a percentage, a measure.

    Not a bare count: "six", "two" or "23" recur for many things in one story,
    while "4.2 km" (or "2.6 miles") names one route.
    """
    return m.kind in AMOUNT_KINDS or (isinstance(m.value, Quantity) and m.value.unit is not None)


def _shared_measure(ms: Sequence[Mention], o: int, rest: list[int], family: str,
                    told: dict[tuple[str, int], list[int]], same: Compatible) -> int | None:
    """The agreeing mention whose passage states a measure the dissenter's passage states too, if any.

    "The huge crowd snaked along a 2.6-mile route ... after setting off at
    1pm" beside "followed a 4.2 km route ... set off at 2 p.m.": the tabloid
    words it apart, so the pair scores under CONSENSUS_MIN_SCORE, yet the
    two passages give one route length (`_measure`, compatible values of
    one family other than the dissenter's): they tell the same episode, and
    the odd time in it is the rival of the time its partners agree on.
    """
    mine = [k for k in told[(ms[o].source, ms[o].passage)] if _measure(ms[k]) and role_key(ms[k]) != family]
    for i in rest:
        for k in told[(ms[i].source, ms[i].passage)]:
            f = role_key(ms[k])
            if f != family and _measure(ms[k]) and any(
                    role_key(ms[j]) == f and same(ms[j], ms[k], f) and same(ms[k], ms[j], f) for j in mine):
                return i
    return None


# Content stems the words right around two sums of money must share to say what the sum is for: one
# shared word ("paid") is chance; two ("ransom", "bitcoin"; "fine", "regulator") name its role.
ROLE_AMOUNT_WORDS = 2


def _same_role_amount(ms: Sequence[Mention], o: int, rest: list[int], ctx: Evidence) -> int | None:
    """The agreeing sum of money the dissenter's words around it say is the same one, if any.

    "demanding a $5.4m ransom, to be paid in bitcoin" beside "demanding
    $4.5 million in bitcoin": the sentences are worded apart, so the pair
    scores under CONSENSUS_MIN_SCORE, yet the words right beside the two
    sums (ROLE_AMOUNT_WORDS content stems in common) say what both are for;
    beside sums, a "bill" or an "expense" is a cost (`cost_words`).
    Only sums of money: a story's sums are few and each is named for what it
    pays, while counts and durations recur for unrelated things in one
    sentence ("18 hours earlier", "30 minutes before"). A year written in
    digits counts too: a story's years are as few ("sank in a winter storm
    in 1891" beside "went down in a savage storm in 1893"). So does a
    percentage: a story's percentages are each named for what moved ("the
    index had fallen 2.8% before trading stopped" beside "the index had
    fallen 2.3% ... before the halt"), and two content stems beside both
    say which one.
    """
    if not (isinstance(ms[o].value, Money) or written_year(ms[o]) or ms[o].kind is Kind.PERCENT):
        return None

    def words(m: Mention) -> frozenset[str]:
        # Whole words (`Evidence.whole_window`): a fact box's "Repair bill: £2.8 million, according to
        # the council" must meet "shared between the council and ..." by "council", not "counci".
        win = ctx.whole_window(m)
        return repay_words(cost_words(win)) if isinstance(m.value, Money) else win

    win = words(ms[o])
    best = max(rest, key=lambda i: len(win & words(ms[i])))
    return best if len(win & words(ms[best])) >= ROLE_AMOUNT_WORDS else None


# Stems that, beside a sum of money, name what it costs: a fact box's "Repair bill: £2.8 million" and
# "the work is costed at £2.4 million" state one cost. Only beside a sum ("bill" alone is as often a law).
# A sum put on damage is its cost too: "puts the damage at £3.5m" and "the final bill could top £5m".
COST_STEMS = frozenset({"bill", "expens", "outlay", "damag"})


def cost_words(stems: frozenset[str]) -> frozenset[str]:
    """Window stems with each word for what a sum costs folded to "cost" ("repair bill": "repair cost")."""
    return frozenset("cost" if s in COST_STEMS else s for s in stems)


# Stems that, beside a sum of money, say it was paid back: "repaid £8,000", "a refund of £8,000",
# "reimbursed £8,000". Phrasal verbs say it with "back" after a verb of paying or handing over
# (REPAY_VERB_STEMS): "paid back £8,000", "handed back £8,000", "gave back £8,000".
REPAY_STEMS = frozenset({"repaid", "repay", "refund", "reimburs"})
REPAY_VERB_STEMS = frozenset({"paid", "pay", "hand", "gave", "give", "given"})


def repay_words(stems: frozenset[str]) -> frozenset[str]:
    """Window stems with each way of saying a sum was paid back folded to "repay".

    "has so far handed back just £9,000" and "has repaid £8,000 so far" say
    what both sums are: a repayment. Stemmed apart ("hand", "back";
    "repaid"), the two windows shared "far" alone, one word, and the
    dissenting repayment stayed a lone figure (`_same_role_amount`).
    """
    folded = {"repay" if s in REPAY_STEMS else s for s in stems}
    if "back" in folded and folded & REPAY_VERB_STEMS:
        folded = (folded - REPAY_VERB_STEMS - {"back"}) | {"repay"}
    return frozenset(folded)


# A count of a named thing under this is too common a figure ("two hospitals", "four reactors") for its noun
# to say which statement it is (align.measurejoin.MIN_COUNT).
NAMED_COUNT_MIN = 100


def _large_named_count(ms: Sequence[Mention], o: int, rest: list[int], family: str,
                       ctx: Evidence) -> int | None:
    """The agreeing count of the dissenter's named thing, when the count is large: its noun names the fact.

    "7.9 million customers were cut off" in a tabloid's terse sentence against
    three outlets' long leads giving "about 7.4 million customers": the
    wording shares little, so the pair scores under CONSENSUS_MIN_SCORE, yet
    the family holds the noun (`named_count_family`), the agreeing sources
    state that noun's count once each in the claim, and a count in the
    hundreds or more of one named thing is said of one thing in a story.
    A count of two nouns joined ("some 420 passengers and crew" against "its
    246 passengers") counts more than the noun read: no rival of the other
    (on ECB+ the one false alarm of the rule without this guard).
    """
    if named_count_family(ms[o]) != family:
        return None
    for i in (o, *rest):
        v = ms[i].value
        if not isinstance(v, Quantity) or v.amount < NAMED_COUNT_MIN or _joined_noun(ms[i], ctx):
            return None
    return rest[0]


def _noun_and_value_agreed(ms: Sequence[Mention], o: int, rest: list[int], kin: list[int]) -> int | None:
    """An agreeing count of the dissenter's noun, when every other source agrees on the value, if any.

    A count in the tens ("brought back 12 specimens" against "collected 14
    specimens" and "fourteen specimens") is too small for its noun alone to
    name the fact (`_large_named_count`), and a third outlet counting the
    same animals as "14 frogs" does not share the noun, so the noun's
    consensus (`_same_counted_noun`, NOUN_CONSENSUS_MIN_AGREE sources of one
    noun) is one short. That third source still states the agreed value in
    the claim: NOUN_CONSENSUS_MIN_AGREE sources agreeing on the value, two
    of them (CONSENSUS_MIN_AGREE) on the noun too, outweigh one source's
    other figure as the shared noun of three does. The caller has already
    checked that the others agree and left out joined nouns and counts
    under NOUN_APART_MIN.
    """
    if len(rest) < NOUN_CONSENSUS_MIN_AGREE or len(kin) < CONSENSUS_MIN_AGREE:
        return None
    return kin[0]


# A count written as a modifier and the noun it modifies: "41-gun" + "salute", "300-bed" + "hospital".
_MODIFIED_HEAD_AFTER = regex(r"\s+(?P<head>[a-z]{3,})\b")


def _same_compound(ms: Sequence[Mention], o: int, rest: list[int], ctx: Evidence) -> int | None:
    """The agreeing count in the dissenter's compound, if any: "a 41-gun salute" for "a 21-gun salute".

    A count written as a modifier names its object twice, by the counted noun
    and by the noun it modifies ("a 300-bed hospital", "a 12-member jury"): two
    outlets' one compound in one claim describe one thing, as a large count of
    one noun does (`_large_named_count`), so the agreement of two sources on
    the noun is enough, small as the count is. A bare count ("41 guns") still
    needs NOUN_CONSENSUS_MIN_AGREE sources (`_same_counted_noun`).
    """
    head = _modified_head(ms[o], ctx)
    if head is None or _joined_noun(ms[o], ctx):
        return None
    return next((i for i in rest if _modified_head(ms[i], ctx) == head), None)


# A count's noun with the one word that qualifies it before it: "41 accredited diplomats", "2,300 licensed
# taxis". Lower case only: a name or a nationality ("seven Vestrian diplomats") is told of several counts.
_QUALIFIED_NOUN_AFTER = regex(r"\s+(?P<mod>[a-z]{4,})\s+(?P<noun>[a-z]{3,})\b")
# Words before a noun that say how many more or which part, not what kind: "41 more diplomats".
_NOT_QUALIFIERS = STOP_WORDS | frozenset("other extra additional further fewer former remaining".split())


def _same_modified_noun(ms: Sequence[Mention], o: int, rest: list[int], ctx: Evidence) -> int | None:
    """The agreeing count of the dissenter's qualified noun, if any: "46 accredited diplomats" for "41 ...".

    A noun with a qualifier ("accredited diplomats", "registered voters",
    "licensed taxis") names one population of a story, as a compound does
    (`_same_compound`): a specialist site's "counted 46 accredited
    diplomats" in the claim where two outlets write "41 accredited
    diplomats" is their rival, though the count is small and a bare "41
    diplomats" would need one more agreeing source (`_same_counted_noun`).
    The qualifier and the noun must both be the dissenter's and an agreeing
    source's own words, right after the figure.
    """
    phrase = _qualified_noun(ms[o], ctx)
    if phrase is None or _joined_noun(ms[o], ctx):
        return None
    return next((i for i in rest if _qualified_noun(ms[i], ctx) == phrase), None)


def _qualified_noun(m: Mention, ctx: Evidence) -> tuple[str, str] | None:
    """(qualifier, singular noun) of a count written "41 accredited diplomats", or None."""
    hit = _QUALIFIED_NOUN_AFTER.match(ctx.texts[m.source], m.span.end)
    if hit is None or hit["mod"] in _NOT_QUALIFIERS:
        return None
    noun = singular(hit["noun"])
    return (hit["mod"], noun) if any(noun.startswith(s) for s in count_stems(m)) else None


def _modified_head(m: Mention, ctx: Evidence) -> str | None:
    """The noun a hyphenated count modifies ("salute" of "a 41-gun salute"), or None for any other count."""
    if "-" not in m.raw or not m.raw[:1].isdigit():
        return None
    head = _MODIFIED_HEAD_AFTER.match(ctx.texts[m.source], m.span.end)
    return None if head is None else singular(head["head"])


def _joined_noun(m: Mention, ctx: Evidence) -> bool:
    """True when the count's noun is joined to another by "and", "or", "plus": a union (unioncounts)."""
    return joined_noun(m, ctx.texts)


def _other_noun(a: Mention, b: Mention) -> bool:
    """Two counts (NOUN_APART_MIN or more) that name nouns with no stem in common: "38 states", "38 draws".

    The wire's "played in 38 states" is no statement of the tabloid's "38
    draws": an agreeing source stating the dissenter's value of another
    noun is no sign of two facts, as one stating it of the same noun is.
    """
    sa, sb = count_stems(a), count_stems(b)
    return named_count(a) and bool(sb) and sa.isdisjoint(sb)


def _same_counted_noun(ms: Sequence[Mention], o: int, rest: list[int], ctx: Evidence) -> int | None:
    """The agreeing count of the noun the dissenter counts, if any: "38 draws in a row" beside "41 draws".

    A tabloid's "The monster prize had gone unclaimed for 38 draws in a row"
    scores under CONSENSUS_MIN_SCORE with "The jackpot had rolled over for 41
    consecutive draws", yet both count draws, and the claim's other sources
    agree on 41 of them. Only a role-less count that names its noun
    (`countnouns.count_stems`; "drawings" is "draws") and is not one of a
    story's commonest figures (`countnouns.NOUN_APART_MIN`): "two boats"
    and "one boat" recur for many things in one claim. A shared noun is
    weaker evidence than alike passages (one claim about two ships counts
    "some 420 passengers" on one, 246 on the other), so one more source
    must agree than the consensus asks (NOUN_CONSENSUS_MIN_AGREE).
    """
    stems = class_stems(count_stems(ms[o]))
    same = [i for i in rest if not stems.isdisjoint(class_stems(count_stems(ms[i])))]
    if len(same) < NOUN_CONSENSUS_MIN_AGREE:
        return None
    return max(same, key=lambda i: ctx.pair_score(ms[o], ms[i]))


def _same_words_around(ms: Sequence[Mention], o: int, rest: list[int], ctx: Evidence) -> int | None:
    """The agreeing clock time whose words around it half match the dissenter's, if any.

    A live blog's one-line summary ("The roof of the grain warehouse fell in
    at 02:40 during the night shift") against a wire's full sentence ("The
    grain warehouse roof caved in at 2:10 a.m., the county fire service
    said"): the blog's line is short and the wire's long,
    so the pair scores under CONSENSUS_MIN_SCORE, yet the rare words right
    around the two values (IDF-weighted, evidence.same_context's measure)
    say they fill one slot. Two values alone need CONTEXT_MIN_OVERLAP to be
    rivals (divergecontext); beside a claim's agreement, half that is enough,
    as with the passage score. Only clock times: a story's moments are few
    and each is told with the step it times ("roof", "caved in"), while
    ages and counts recur for other people and things in like words ("a
    15-year-old" and "a 16-year-old" of one trial). The windows take the
    words their edges fall inside whole (`Evidence.whole_window`): "ach" of
    "coach" and "ound" of "northbound" cost a shared stem each.

    A month written with its year (`divergepair.written_month`: "last
    audited in May 2025") is read the same way: a story names few such
    months, each with the step it dates ("audited", "opened", "signed"),
    and a local paper's short "The depot was last audited in October 2024"
    beside a wire's long sentence scores under CONSENSUS_MIN_SCORE although
    the words around the two months name one audit. Two months of two steps
    ("opened in May 2019", "expanded in June 2021") share no such words. So
    is a day of a month (`divergepair.calendar_day`): a local paper's one-line
    "The ban will be reviewed on Friday, June 26." against a wire's long
    sentence ending "will be reviewed on June 24" names one review; only
    when its sentence looks ahead to the day (`divergeplanned.scheduled_day`). So is a
    length, height or depth with its unit (`_placed_measure`). So is a
    percentage change (`_moved_percent`), against the agreeing changes only:
    a blog's bullet "Construction: -3.4% q/q, the steepest fall of any
    sector" beside a local paper's "Construction fell 3.8 per cent" shares
    few words as a passage, yet the word for what moved ("construction",
    "exports", "output") stands right beside each figure. Only a change
    stated as exact: a tabloid's "shares slid nearly 2 per cent" rounds the
    others' 1.6 percent, and words alone are too weak to call it a rival.
    """
    if _moved_percent(ms[o]):
        rest = [i for i in rest if _moved_percent(ms[i])]
        if not rest or _hedged_sum(ms[o]):
            return None
    elif not (isinstance(ms[o].value, ClockTime) or written_month(ms[o]) or scheduled_day(ms, o, ctx)
              or _placed_measure(ms[o])):
        return None
    win = ctx.whole_window(ms[o])
    overlap = {i: weighted_overlap(win, ctx.whole_window(ms[i]), ctx.idf) for i in rest}
    best = max(rest, key=overlap.__getitem__)
    return best if overlap[best] >= CONSENSUS_MIN_CONTEXT else None


# The verbs that give an event's own length right before the figure: "the raid lasted 22 minutes", "the
# count took six hours". Not "for", "after", "within": those time other things ("30 minutes after").
_SPAN_VERBS = frozenset({"lasted", "lasts", "lasting", "took", "takes", "taking"})


def _same_span_verb(ms: Sequence[Mention], o: int, rest: list[int], ctx: Evidence) -> int | None:
    """The agreeing duration given by the same verb of lasting as the dissenter's, if any.

    A trade site's bullet "Time of attack: 03:40 GMT; the attack lasted 27
    minutes from perimeter breach to exit" beside a wire's "The raid lasted 22
    minutes, police said" shares too few words as a passage, and a duration
    is a measure, so the aligner's confidence alone does not make it a rival.
    Yet "lasted" right before both figures says each is the event's own
    length, and an event has one. Durations after other words ("30 minutes
    later", "for two hours") recur for other spans of a story and are left out.
    """
    def verb(m: Mention) -> str | None:
        if m.kind is not Kind.NUMBER or family_dimension(m) != "duration":
            return None
        words = ctx.texts[m.source][max(0, m.span.start - 24):m.span.start].split()
        last = words[-1].casefold() if words else ""
        return last if last in _SPAN_VERBS else None

    mine = verb(ms[o])
    if mine is None:
        return None
    return next((i for i in rest if verb(ms[i]) == mine), None)


def _moved_percent(m: Mention) -> bool:
    """A percentage that states a change ("fell 3.8%", "-2.6% q/q", "1.4% down on a year ago").

    A story's rates of change are few, each told with what moved; a level
    ("a 58% share", "turnout of 61%") recurs for other groups in like words.
    """
    return m.kind is Kind.PERCENT and CHANGE in m.cues


def _placed_measure(m: Mention) -> bool:
    """A length, height or depth with its unit ("86 m below the riverbed"): named by the words around it.

    A trade site's "The alignment reaches its lowest point 86 m below the
    riverbed" beside a local paper's "At its deepest it is 68 metres below
    the riverbed" shares too few words as a passage, yet the words right at
    the two figures ("deepest", "riverbed") say which measure both are. A
    story's lengths are few and each is told with what it measures; two
    distances from two places ("two miles from the plant", "13 miles east
    of Arlen") share no such words. Not a duration (a story's spans recur,
    "30 minutes before", "30 minutes later") nor a count.
    """
    v = m.value
    return (m.kind is Kind.NUMBER and isinstance(v, Quantity) and v.unit is not None and v.high is None
            and not m.slot.endswith(":count") and family_dimension(m) == "distance")


# A lone clock meets a claim's agreed clock only when this many other sources agree on it: the agreement
# stands in for the passage score and the words around the values, so it must be more than a pair's.
LONE_CLOCK_MIN_AGREE = CONSENSUS_MIN_AGREE + 1
# Kinds of figure whose presence beside a lone clock makes its passage another episode (`_lone_clock`).
_FIGURE_KINDS = (Kind.NUMBER, Kind.MONEY, Kind.PERCENT)


def _lone_clock(ms: Sequence[Mention], o: int, rest: list[int], own: list[int], ctx: Evidence) -> int | None:
    """The agreeing clock a dissenter's only clock of its whole article shares a word beside, if any.

    "The pen hit the paper at 3pm in a packed hall" against three outlets'
    "signed at 2:30 p.m. ... in the museum's main hall", "signed at 14:30 CET
    in the main hall", "At 2.30 this afternoon ... signed": the tabloid's
    sentence is worded apart, so neither its pair score nor the words around
    its clock reach the bars above. But the tabloid times one moment in its
    whole article, the aligner put that sentence with the others', and they
    agree on one time: as with two zoned lone clocks
    (`divergeslots._lone_clock_pairs`), one content word shared beside the
    two clocks ("hall") says they time one moment. The dissenter's own
    clocks (``own``, its article's of the family) must be that one value, its
    passage must state no figure beside the clock (a count or a length there
    tells an episode of its own: "Three walkers lined up at 9.30am"), and at
    least LONE_CLOCK_MIN_AGREE sources must agree. An own clock its passage
    dates to a day the dissenter's passage does not name ("the flash at
    9.40pm on Sunday" beside "found the stone at 8am this morning" and "a
    talk on Friday at 7pm") times another moment, not a second reading of
    this one, so it does not count (`_other_day`).
    """
    if not isinstance(ms[o].value, ClockTime) or len(rest) < LONE_CLOCK_MIN_AGREE:
        return None
    days = _passage_days(ms, ms[o])
    published = ctx.published.get(ms[o].source)
    if any(ms[i].value != ms[o].value and not _other_day(ms, i, days) and not _clock_of_a_kind(ms[i], ctx)
           and not (not days and _coming_day(ms, i, published)) for i in own):
        return None
    if any(m.source == ms[o].source and m.passage == ms[o].passage and m.kind in _FIGURE_KINDS for m in ms):
        return None  # "Three walkers lined up at 9.30am", "the 20-mile trek": an episode of its own
    win = ctx.window(ms[o])
    shared = [i for i in rest if win & ctx.window(ms[i])]
    return max(shared, key=lambda i: ctx.pair_score(ms[o], ms[i])) if shared else None


# "a 5 a.m. practice slot", "an 8pm curfew": an indefinite article, the clock, then a word.
_KIND_BEFORE = regex(r"\b(?i:an?)\s+$")
_KIND_AFTER = regex(r"[\s-]+[a-z]")


def _clock_of_a_kind(m: Mention, ctx: Evidence) -> bool:
    """Whether a clock names a kind of thing ("a 5 a.m. practice slot"), not a moment the story times.

    A coach's "anyone who has turned up for a 5 a.m. practice slot" in a
    home-town paper that gives the final's start as 7:45 p.m. is no
    second reading of the start: a clock after "a" or "an" and before the
    noun it qualifies ("an 8pm curfew", "a 7am flight") says what sort of
    session, curfew or flight, so it keeps no lone clock from its rivals.
    """
    text = ctx.texts[m.source]
    return (_KIND_BEFORE.search(text, max(0, m.span.start - 4), m.span.start) is not None
            and _KIND_AFTER.match(text, m.span.end) is not None)


def _passage_days(ms: Sequence[Mention], m: Mention) -> frozenset[date]:
    """The calendar days a mention's passage names: "on Sunday", "this morning", "on Friday at 7pm"."""
    days: set[date] = set()
    for x in ms:
        if x.source != m.source or x.passage != m.passage:
            continue
        v = x.value
        if isinstance(v, DateValue) and v.precision == "day" and v.start is not None and v.start == v.end:
            days.add(v.start)
        elif isinstance(x.value, PartOfDay) and x.value.day is not None:
            days.add(x.value.day)
    return frozenset(days)


def _coming_day(ms: Sequence[Mention], i: int, published: date | None) -> bool:
    """Whether a clock's passage dates it only to days after its article was published: an event ahead.

    A local paper's "will give a free public talk on Saturday, February 20,
    at 2pm", printed on February 11, times a coming event; it is no second
    reading of the moment a dissenter's undated sentence reports ("radar
    picked up the final break at 5.20am GMT"), whose day the article gives
    elsewhere, so it does not shield that clock from its rivals (`_lone_clock`).
    """
    own = _passage_days(ms, ms[i])
    return published is not None and bool(own) and min(own) > published


def _coming_clock(ms: Sequence[Mention], o: int, rest: Sequence[int], ctx: Evidence) -> bool:
    """Whether a dissenting clock times an event still ahead on a day none of the agreeing passages name.

    A weekly's "A public meeting will be held at the town hall on Thursday
    at 7pm", printed before that Thursday, seated with three outlets' "staff
    were told at a meeting at 9 a.m.": the weekly's passage dates its clock
    to a day after its own dateline (`_coming_day`), an event to come, while
    the agreeing passages report a moment without naming that day. A time
    planned ahead is given with its day, so a partner timing the same
    coming event names it too; with no shared day the two clocks time two
    moments, not one told differently.
    """
    if not isinstance(ms[o].value, ClockTime) or not _coming_day(ms, o, ctx.published.get(ms[o].source)):
        return False
    days = _passage_days(ms, ms[o])
    return all(days.isdisjoint(_passage_days(ms, ms[i])) for i in rest)


def _other_day(ms: Sequence[Mention], i: int, days: frozenset[date]) -> bool:
    """Whether a clock's passage dates it, and to none of ``days``: a moment of another day.

    Both passages must name a day: a clock with no day beside it may be the
    same evening's, and a dissenter with none may be any day's.
    """
    own = _passage_days(ms, ms[i])
    return bool(days) and bool(own) and own.isdisjoint(days)
