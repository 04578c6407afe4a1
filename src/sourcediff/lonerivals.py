"""A lone count contradicting an aligned partner of an agreed count joins that fact as its rival (issue #11).

"More than 80 lorries were stuck at the border" in a tabloid, "Sixty-two
lorries are still waiting at the border" in a local paper, and 62 lorries in two
other outlets' sentences the aligner seated elsewhere: the local paper's
62 joins the other 62s (`lonejoin.join_lone_equals`), and the tabloid's 80,
aligned with that one partner only, was left a detail only the tabloid has.
The claim's consensus rule (divergeconsensus) never saw it: inside its
claim there was one source against one, not a consensus.

After the equal values have joined, the agreed fact is the consensus the
claim lacked. A lone count joins it as a divergence when everything says
they are one count told differently: the lone fact states one count of a
named noun (countnouns.named_count), its passage shares a claim with a
mention of the agreed fact that counts the same noun, or bare "people" where
the lone count names people (countclasses.people_meet: three outlets' "23
people were treated" and a fourth's "31 patients") (the claim is the
alignment's word that the two sentences tell one thing; their pair score
is no gate, as two sentences worded apart share few words); the agreed fact states one value
throughout, from at least CONSENSUS_MIN_AGREE + 1 sources, none of them the
lone one; the two values do not fit; the lone source states no count of the
noun fitting the agreed value anywhere, and no agreeing source states one
fitting the lone value (a source giving both reports two moments); and
exactly one agreed fact is so contradicted. An order of magnitude
("thousands of animals") on either side is no figure to contradict: a
trade paper's "about 17,000 animals" beside three outlets' "thousands" adds
a figure, it does not dispute one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from sourcediff.compat import all_compatible, compatible, magnitude, unit_info
from sourcediff.countclasses import ANY_PERSON, BY_SEX, people_meet
from sourcediff.countnouns import NOUN_APART_MIN, count_stems, folded_count_stems, named_count
from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.divergepair import one_size
from sourcediff.evidence import Evidence
from sourcediff.extract.roles import roles_of
from sourcediff.lonejoin import merge_moved
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.regexcache import regex
from sourcediff.updates import later_total, total_days
from sourcediff.values import APPROX, BOUND_QUALIFIERS, Converted, Quantity


def lone_count(group: Sequence[Mention]) -> Mention | None:
    """The one named count a one-source fact states (its first mention), None otherwise."""
    if len({m.source for m in group}) != 1 or len({(m.slot, m.value) for m in group}) != 1:
        return None
    first = group[0]
    return first if (named_count(first) or people_count(first)) and not magnitude(first.value) else None


def one_figure_consensus(group: Sequence[Mention]) -> bool:
    """An agreed fact of one figure, from enough sources to stand against one dissenter.

    Outlets hedge and round the figure they agree on: "about 312 flights a day" in a wire,
    "312 cancelled flights" in a trade site, "more than 300 flights" and "hundreds of flights" in
    a tabloid are one count. The consensus is one amount, stated as a figure (exact or hedged
    "about") by CONSENSUS_MIN_AGREE sources, that every other figure of the fact fits (a bound
    "more than 300" does); an order of magnitude ("hundreds") fits any figure of its size and
    is neither for nor against it. With the fitting figures it must come from CONSENSUS_MIN_AGREE
    + 1 sources, in one slot. When no figure is exact, one bound every figure writes ("up to 350
    jobs" throughout, `_one_bound`) is the amount agreed, from as many sources.
    """
    figures = [m for m in group if not magnitude(m.value)]
    if not figures or len({m.slot for m in group}) != 1:
        return False
    stated = {_stated_amount(m) for m in figures} - {None}
    if not stated and _one_bound(figures):
        # "up to 350 jobs" in every outlet: the ceiling they all write is what they agree on, and a figure
        # beyond it disputes it as a figure beside an exact one does (compatible says which fit)
        return len({m.source for m in figures}) >= CONSENSUS_MIN_AGREE + 1
    if len(stated) != 1:
        return False
    amount = next(iter(stated))
    if len({m.source for m in figures if _stated_amount(m) == amount}) < CONSENSUS_MIN_AGREE:
        return False
    if not all_compatible(figures):  # every pair fits: each pair of distinct figures asked once
        return False
    return len({m.source for m in figures}) >= CONSENSUS_MIN_AGREE + 1


def _one_bound(figures: Sequence[Mention]) -> bool:
    """Whether every figure is one and the same bound ("up to 350" each time), no exact one among them.

    Job cuts, fines and payouts are announced as ceilings ("up to 350 jobs"), and outlets repeat the
    ceiling as announced: no source states an exact amount, yet all state one. Two different bounds
    ("up to 64", "more than 64") state no one figure.
    """
    return all(_bound(m) for m in figures) and len({(m.value.qualifier, m.value.amount) for m in figures
                                                    if isinstance(m.value, Quantity)}) == 1


def _stated_amount(m: Mention) -> Decimal | None:
    """The amount a figure states as such: exact or hedged "about", not a bound or a range."""
    v = m.value
    if not isinstance(v, Quantity) or v.high is not None:
        return None
    return v.amount if v.qualifier in (None, APPROX) else None


def people_count(m: Mention) -> bool:
    """A role-less count of bare "people" of NOUN_APART_MIN or more: "23 people were treated".

    It names no noun (countnouns), yet three outlets agreeing on it and a
    fourth's "31 patients" in their claim are one set told two ways
    (countclasses.people_meet), as "23 patients" against "31 patients" are.
    """
    v = m.value
    return (m.kind is Kind.NUMBER and m.slot.endswith(":count") and not roles_of(m.cues)
            and isinstance(v, Quantity) and v.amount >= NOUN_APART_MIN and ANY_PERSON in m.cues)


def _people_meet(m: Mention, lone: Mention) -> bool:
    """Whether ``m``, a count of bare people, may count the set the lone count counts.

    The lone count names people ("31 patients": countclasses.people_meet) or is a count of bare
    people itself: three outlets' "1,800 people were evacuated" and a fourth's "2,400 people" in
    their claim are one set told two ways, as "23 patients" against "31 patients" are. So are
    agreed counts naming people and a lone count of bare people ("31 patients", "23 people").
    """
    if people_count(m):
        return people_meet(m.cues, lone.cues) or people_count(lone)
    if people_count(lone) and not roles_of(m.cues):
        # the other way round: three outlets' "1.8 million visitors" and a fourth's lone "1.9 million
        # people" in their claim are one set told two ways, as a lone "1.9 million visitors" would be
        return people_meet(lone.cues, m.cues)
    # "1,012 men" against a lone "1,120 prisoners": men count people, but only a named class of them
    # meets them ("40 men" and a lone "12 women" are two sets)
    return by_sex_count(m) and people_meet(m.cues, lone.cues)


def by_sex_count(m: Mention) -> bool:
    """A count of "men" or "women" (countclasses.BY_SEX) of a size worth telling apart, with no role."""
    v = m.value
    return (m.kind is Kind.NUMBER and m.slot.endswith(":count") and not roles_of(m.cues)
            and isinstance(v, Quantity) and v.amount >= NOUN_APART_MIN and bool(BY_SEX & set(m.cues)))


def one_set(lone: Mention, m: Mention) -> bool:
    """Whether ``m`` counts the lone count's noun, or bare people where the lone count names people."""
    return bool(count_stems(m) & count_stems(lone)) or _people_meet(m, lone)


def quoted_only(mentions: Sequence[Mention]) -> frozenset[Mention]:
    """The figures a source gives only inside a quotation it reproduces: another's words, not its own.

    A tabloid writes "customers bought 1.3 billion bags last year" and then
    quotes a campaigner: "1.2 billion bags a year is still a mountain of
    plastic". The quoted figure is the campaigner's, repeated as said; the
    tabloid's own count is its 1.3 billion. Read as the tabloid's statement,
    the quoted 1.2 billion put the tabloid among the outlets agreeing on 1.2
    billion, and its own different figure stayed a detail only it had.
    """
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for m in mentions:
        if m.kind is Kind.QUOTE:
            spans.setdefault((m.source, m.passage), []).append((m.span.start, m.span.end))
    return frozenset(m for m in mentions if m.kind is Kind.NUMBER and any(
        start <= m.span.start and m.span.end <= end for start, end in spans.get((m.source, m.passage), ())))


def _rival(lone: Mention, group: Sequence[Mention], counts: Sequence[Mention], ctx: Evidence,
           quoted: frozenset[Mention] = frozenset()) -> bool:
    """Whether ``lone`` contradicts the agreed ``group`` through an aligned partner (see module).

    Figures the lone source gives only inside a quotation (``quoted``) are not its own statement:
    they neither put it among the agreeing sources nor make it give the agreed count too. The lone
    figure itself must be the source's own, outside any quotation.
    """
    if lone in quoted or lone.source in {m.source for m in group if m not in quoted}:
        return False
    partners = [m for m in group if m.slot == lone.slot and one_set(lone, m)
                and ctx.shared_claim(lone, m) is not None]
    if not partners or any(compatible(lone, m) for m in group if not magnitude(m.value)):
        return False
    if not counts_noun(group, lone) or _recurring_figure(group):
        return False
    agreed = partners[0]
    sources = {m.source for m in group if m not in quoted}
    for m in counts:
        if m.slot != lone.slot or not one_set(lone, m) or magnitude(m.value):
            continue  # "hundreds of flights" fits either figure: it gives neither
        if m.source == lone.source and compatible(m, agreed) and m not in quoted:
            return False  # the dissenter gives the agreed count too: two moments, not a rival
        if m.source in sources and compatible(m, lone):
            return False  # an agreeing source gives the lone count too
    return True


def counts_noun(group: Sequence[Mention], lone: Mention) -> bool:
    """Whether the agreed fact counts the lone count's noun in CONSENSUS_MIN_AGREE of its sources.

    The consensus a lone figure dissents from is one count of one thing: "41 ferries" in four
    outlets and "41 boats, most of them ferries" in a fifth agree on the ferries, and a sixth
    outlet's "60 boats" (the whole fleet) meets only the fifth's wider noun. The
    noun, like the value, must be what the agreeing sources say, not what one of them says.
    """
    folded = folded_count_stems(lone)
    sources: set[str] = set()
    for m in group:  # a source counted once is not read again: a long story weighs many lone counts
        if m.source not in sources and (folded_count_stems(m) & folded or _people_meet(m, lone)):
            sources.add(m.source)
            if len(sources) >= CONSENSUS_MIN_AGREE:
                return True
    return False


def _recurring_figure(group: Sequence[Mention]) -> bool:
    """Whether one source of the agreed fact gives its value as counts of two different nouns.

    "19 goals and 17 assists" in one report and "Okafor added 17 goals" in others: one value that
    recurs across a season's statistics was clustered as one figure, and a source that counts two
    things with it shows the fact is a coincidence of numbers, no count the sources agree on.
    """
    nouns: dict[str, list[frozenset[str]]] = {}
    for m in group:
        if (stems := folded_count_stems(m)):
            nouns.setdefault(m.source, []).append(stems)
    return any(not a & b for seen in nouns.values() for i, a in enumerate(seen) for b in seen[i + 1:])


def join_lone_rivals(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                     order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone count moved into the one agreed count it contradicts, now divergent."""
    counts = [m for m in mentions if named_count(m) or people_count(m)]
    quoted = quoted_only(mentions)
    # Only agreed named counts (or counts of bare people throughout) can be rivalled: found once, not per
    # lone fact (a long story has many facts). A fact mixing bare "people" with a named noun is read by its
    # first mention, as before: "any people count" let two outlets' "32 million viewers" beside a third's
    # "32 million people" be rivalled by another show's "5.8 million viewers" in a neighbouring sentence.
    agreed = [k for k, (other, v, _c, _r) in enumerate(facts)
              if v is Verdict.AGREE and (named_count(other[0]) or all(people_count(m) for m in other))
              and one_figure_consensus(other)]
    moved = lone_moves(facts, agreed, lone_count,
                       lambda lone, group: _rival(lone, group, counts, ctx, quoted), repeats=True,
                       published=published_of(ctx))
    return merge_as_rivals(facts, moved, order)


def _bounded_lone(group: Sequence[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """(exact mentions, bounds) of an agreed fact whose one exact figure only other sources' bounds join.

    "About 1,540 people" in one outlet and "more than 1,000 people" in another agree, but the bound
    fits any figure above it: it would fit three other outlets' 1,450 as well, so it says nothing of
    which figure is right. Left as an agreement, it hid the 1,540 from the rules that weigh a lone
    figure against an agreed one, and the divergence went unreported. None unless every exact figure
    is one source's and every other mention a single-valued bound of another source.

    A vague order of magnitude ("Hundreds of workers", compat.magnitude) is read as such a bound: it
    fits 412 and 421 alike, and joined with one outlet's 421 it hid that figure from the digit-swap
    rule as surely as "more than 1,000" does.
    """
    exact = [m for m in group if not _vague(m)]
    bounds = [m for m in group if _vague(m)]
    if not exact or not bounds or len({m.source for m in exact}) != 1:
        return None
    return (exact, bounds) if exact[0].source not in {m.source for m in bounds} else None


def _vague(m: Mention) -> bool:
    """A single-valued bound ("more than 1,000") or an order of magnitude ("hundreds"): no figure."""
    return _bound(m) or magnitude(m.value)


def _bound(m: Mention) -> bool:
    v = m.value
    return isinstance(v, Quantity) and v.high is None and v.qualifier in BOUND_QUALIFIERS


def published_of(ctx: object) -> Mapping[str, dt.date]:
    """Each source's date as the evidence holds it; none for a stand-in evidence that carries no dates."""
    found: Mapping[str, dt.date] | None = getattr(ctx, "published", None)
    return found or {}


def lone_moves(facts: Sequence[Judged], agreed: Sequence[int],
           lone_of: Callable[[Sequence[Mention]], Mention | None],
           rival: Callable[[Mention, Sequence[Mention]], bool], *, repeats: bool = False,
           among: Callable[[Mention], Sequence[int]] | None = None, bounded: bool = False,
           published: Mapping[str, dt.date] | None = None) -> dict[int, int]:
    """Each unique fact whose lone mention rivals exactly one of the ``agreed`` facts -> that fact's index.

    With ``repeats``, every mention of the lone fact restating the lone figure may make the case, not
    only its first: an outlet gives its figure in the headline and again in the body ("450 tractors"
    twice), and the aligner seats only the body's sentence beside the other outlets' (the headline's
    passage is its own), so the first mention, the headline's, shares no claim with any partner.

    ``among``, when given, names the agreed facts (in ``agreed``'s order) a lone mention can rival at
    all, for a caller that indexes them: a long story has thousands of agreed facts and hundreds of
    lone figures, and asking ``rival`` of every pair costs more than the rule's own checks.

    With ``bounded``, an agreed fact whose exact figure is one source's, the others only bounding it, is
    read as lone too (`_bounded_lone`), when its bounds fit the rival fact's figure as well: a bound both
    figures satisfy must not hide their divergence. It moves whole, bounds and all.

    A lone running total given at a day later than every day of a fact (``published`` dates the
    figures no words date) is that total grown since, no rival of it (updates.later_total).
    """
    moved: dict[int, int] = {}
    for n, (group, verdict, _claim, _role) in enumerate(facts):
        stated, bounds = group, list[Mention]()
        if verdict is Verdict.AGREE and bounded and (split := _bounded_lone(group)) is not None:
            stated, bounds = split
        elif verdict is not Verdict.UNIQUE:
            continue
        lone = lone_of(stated)
        if lone is None:
            continue
        tries = [m for m in stated if (m.slot, m.value) == (lone.slot, lone.value)] if repeats else [lone]
        ks = agreed if among is None else among(lone)
        days = total_days([lone], published or {})
        targets = [k for k in ks if all(compatible(b, facts[k][0][0]) for b in bounds)
                   and any(rival(m, facts[k][0]) for m in tries)
                   and not later_total(days, total_days(facts[k][0], published or {}))]
        if len(targets) == 1:
            moved[n] = targets[0]
    return moved


# What makes a figure a rate when written after it: "a hectare", "per head", "each year", "/day".
_RATE_AFTER = regex(r"\s*(?:(?:per|a|an|each|every)\s+[A-Za-z]|/\s*[A-Za-z])", re.IGNORECASE)


# Spans of time ("three years", "a 70-year history") are no measure of one thing: a story tells many.
_SPANS_OF_TIME = frozenset({"year", "month", "week", "day", "hour", "minute"})


def is_measure(m: Mention) -> bool:
    """A figure in a unit of measure ("about 28 nautical miles", "366m", "120 km/h"): no count, no age.

    Its slot names the unit itself ("number:nautical mile"), so two of them are one kind of
    measurement by construction, as two counts are only when they name one noun.
    """
    v = m.value
    return (isinstance(v, Quantity) and not isinstance(v, Converted) and v.unit is not None
            and v.unit not in _SPANS_OF_TIME and m.slot == f"number:{v.unit}" and not magnitude(v))


def unit_family(m: Mention) -> str | None:
    """The family of a measure's unit ("distance" for metres and feet alike), None for a unit of none."""
    info = unit_info(m.value.unit) if isinstance(m.value, Quantity) else None
    return info[0] if info is not None else None


def lone_measure(group: Sequence[Mention]) -> Mention | None:
    """The one measure a one-source fact states (its first mention), None otherwise.

    The writer's own conversion of it ("60 metres (200ft)", tied to its figure
    in factclusters) restates the figure: it makes no second measure.
    """
    own = [m for m in group if not isinstance(m.value, Converted)]
    if len({m.source for m in group}) != 1 or not own or len({(m.slot, m.value) for m in own}) != 1:
        return None
    return own[0] if is_measure(own[0]) else None


def measure_consensus(group: Sequence[Mention], slot: str) -> list[Mention]:
    """The agreed fact's measures in ``slot`` when they agree among themselves, from enough sources.

    Unlike a count's consensus (one value throughout), a measure's is told with hedges and
    conversions ("about 18 nautical miles (33 km)", "18 nm"): the mentions in the slot must
    only fit one another, and a writer's conversion in another unit rides along. An outlet that
    states the measure only in another unit of its family ("a 90-foot mast" beside two outlets'
    "27 metres") agrees as much as one in the slot's own unit, so it counts towards the consensus.
    """
    family = unit_info(slot.removeprefix("number:"))
    same = [m for m in group if not isinstance(m.value, Converted)
            and (m.slot == slot or (family is not None and is_measure(m) and unit_family(m) == family[0]))]
    if len({m.source for m in same}) < CONSENSUS_MIN_AGREE + 1:
        return []
    if not all(compatible(a, b) for i, a in enumerate(same) for b in same[i + 1:]):
        return []
    return same


def _places(v: Quantity) -> int:
    exponent = v.amount.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def is_rounded(a: Mention, b: Mention) -> bool:
    """Whether the less precise of two figures is the other rounded ("4.3 seconds" for 4.321 seconds)."""
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)) or _places(va) == _places(vb):
        return False
    rough, fine = (va, vb) if _places(va) < _places(vb) else (vb, va)
    return fine.amount.quantize(Decimal(1).scaleb(-_places(rough)), ROUND_HALF_UP) == rough.amount


def stated_per_unit(m: Mention, ctx: Evidence) -> bool:
    """Whether the text goes on to make the measure a rate ("5.1 tonnes a hectare", "40 litres per head").

    A rate is an average over some scope (a region, a herd, a year): a lone one that differs may
    average another scope, as a district's yield beside the national one does, not dispute it.
    """
    return bool(_RATE_AFTER.match(ctx.texts.get(m.source, ""), m.span.end))


def _measure_rival(lone: Mention, group: Sequence[Mention], measures: Sequence[Mention],
                   ctx: Evidence) -> bool:
    """Whether the lone measure contradicts the agreed ``group`` through an aligned partner (module doc)."""
    if lone.source in {m.source for m in group}:
        return False
    same = measure_consensus(group, lone.slot)
    partners = [m for m in same if ctx.shared_claim(lone, m) is not None]
    if not partners or stated_per_unit(lone, ctx) or any(stated_per_unit(m, ctx) for m in partners):
        return False
    if any(compatible(lone, m) or is_rounded(lone, m) for m in same):
        return False
    if not all(one_size(lone, m) for m in partners):
        return False  # 100,000 gallons against 5,000: a tank's size beside a spill, not a rival figure
    sources = {m.source for m in same}
    for m in measures:
        if m.slot != lone.slot:
            continue
        if m.source == lone.source and any(compatible(m, a) for a in same):
            return False  # the dissenter gives the agreed measure too
        if m.source in sources and m not in same and compatible(m, lone):
            return False  # an agreeing source gives the lone measure too
        if m not in same and not compatible(m, lone) and not any(compatible(m, a) for a in same):
            return False  # a third figure in the unit: the story measures more than one thing in it
    return True


def join_lone_measure_rivals(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                             order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone measure moved into the one agreed measure it contradicts, now divergent.

    "The ship was about 28 nautical miles off the headland" in a local paper, aligned
    with a broadcaster's long sentence that gives the ship's length, its capacity, the
    wind and "about 18 nautical miles": the pair scored too low for the claim's own
    divergence rule (the long sentence shares few words with the short one), and the
    18 of three outlets agreed elsewhere, so the 28 was left a detail only the paper
    had. As for counts (join_lone_rivals): the three agree, the fourth states the same
    unit, once, in a passage aligned with one of theirs, and fits none of them. A unit
    has no noun to say what it measures, so the story must state no third figure in it
    (a depth of 10 km beside a distance of 50 km): then the unit measures one thing.
    """
    measures = [m for m in mentions if is_measure(m)]
    agreed = [k for k, (group, v, _c, _r) in enumerate(facts)
              if v is Verdict.AGREE and any(is_measure(m) for m in group)]
    moved = lone_moves(facts, agreed, lone_measure,
                   lambda lone, group: _measure_rival(lone, group, measures, ctx))
    return merge_as_rivals(facts, moved, order)


def merge_as_rivals(facts: Sequence[Judged], moved: Mapping[int, int],
                    order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone fact ``n`` merged into ``moved[n]``, the merged facts now divergent.

    Shared by the lone-count and lone-sum joins: a lone figure that joins the
    fact it contradicts makes that fact a divergence, and nothing else moves.
    """
    if not moved:
        return list(facts)
    firsts = {id(facts[k][0][0]) for k in moved.values()}  # a target's mentions stay in its merged fact
    return [(group, Verdict.DIVERGE if any(id(m) in firsts for m in group) else verdict, claim, role)
            for group, verdict, claim, role in merge_moved(facts, moved, order)]
