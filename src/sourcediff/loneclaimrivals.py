"""A lone figure seated beside an agreed one, each alone of its kind there, is its rival (issue #11).

"Holiday lets will pay a levy of 12 percent" in a wire, "a 12% levy" and
"an additional charge of 12 per cent" in two more outlets, and a tabloid's
"a whopping 15 per cent charge on every booking": the aligner seated the
tabloid's sentence in the three outlets' claim, yet the words around the
two figures share little, so the claim's consensus rule (divergeconsensus),
which wants the dissenter's passage to score with an agreeing one, left the
15 a detail only the tabloid has. The other lone rivals need what this one
lacks: a counted noun (lonerivals), a sum's noun (lonesums), a unit of
measure (lonerivals' measures).

After the judge's joins the agreed fact is the story's consensus, and the
claim says where the dissenter tells it. The lone figure joins that fact as
its rival only when nothing leaves room for a second thing:
- the lone fact states one figure (a count, a percentage or a sum, no figure
  in a unit; exact or "about", no bound, no order of magnitude, no time)
  from one source, the only figure of its family (slot and unit, or
  currency) in its passage;
- the agreed fact's figures of that family agree among themselves, from at
  least CONSENSUS_MIN_AGREE + 1 sources (as lonerivals reads a count's
  consensus), and those of
  at least CONSENSUS_MIN_AGREE of them sit in passages that share a claim
  with the lone figure's, each the only value of the family there: the
  claim tells one figure of the family, which the lone passage tells too;
- the two figures differ beyond any hedge or rounding (compat, loneround's
  reach), are of one size, and tell no different thing (both levels or both
  changes; their nouns, where both name one, meet; their roles, where both
  have one, are the same; sums, whose story tells many, also share a cue
  or a word beside them with a partner, as loneround reads them);
- the lone source states no figure fitting the agreed one, and no agreeing
  source states one fitting the lone figure (a source with both tells two
  things);
- and exactly one agreed fact is so contradicted (lonerivals.lone_moves):
  ambiguity leaves the figure alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sourcediff.compat import all_compatible, compatible, distinct_figures, magnitude
from sourcediff.countclasses import ANY_PERSON, BY_SEX, people_meet
from sourcediff.countnouns import folded_count_stems
from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.divergepair import one_size
from sourcediff.evidence import Evidence
from sourcediff.extract.money import CONVERSION
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.extract.roles import roles_of
from sourcediff.extract.stamps import time_marks
from sourcediff.lonerivals import lone_moves, merge_as_rivals, published_of
from sourcediff.loneround import noun_after, reach, stems_beside
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import APPROX, Converted, Money, Quantity

_KINDS = frozenset({Kind.NUMBER, Kind.PERCENT, Kind.MONEY})


def _family(m: Mention) -> tuple[str, str | None] | None:
    """What a figure is a figure of: its slot and unit, or a sum's currency; None for other values."""
    v = m.value
    if isinstance(v, Money):
        return "money", v.currency
    if isinstance(v, Quantity) and not isinstance(v, Converted):
        return m.slot, v.unit
    return None


def _figure(m: Mention) -> bool:
    """One count, percentage or sum stated as such: exact or "about", no range, bound or magnitude.

    No figure in a unit: an age ("a 41-year-old" beside three outlets' 47), a span of time ("about
    four years" beside "six years") or a length is as often another person's, another period's or
    another distance as the same one told apart, and a passage's claim cannot say which
    (lonerivals' measures ask more of them: no third figure in the unit in the whole story).
    """
    v = m.value
    unitless_count = m.slot.endswith(":count") and isinstance(v, Quantity) and v.unit is None
    if isinstance(v, Quantity) and not (m.kind is Kind.PERCENT or unitless_count):
        return False
    return (m.kind in _KINDS and isinstance(v, Money | Quantity) and not isinstance(v, Converted)
            and v.high is None and v.qualifier in (None, APPROX) and v.amount > 0 and not magnitude(v)
            and not time_marks(m.kind, m.slot, m.cues) and CONVERSION not in m.cues)


def _lone(group: Sequence[Mention]) -> Mention | None:
    """The one figure a one-source fact states (its first mention), None otherwise."""
    if len({m.source for m in group}) != 1 or len({(m.slot, m.value) for m in group}) != 1:
        return None
    return group[0] if _figure(group[0]) else None


def _consensus(same: Sequence[Mention]) -> bool:
    """Whether an agreed fact's figures of one family are one figure the sources stand behind.

    One amount stated as such (exact or "about") by CONSENSUS_MIN_AGREE sources, every figure
    fitting every other (a bound "more than 300" may), from CONSENSUS_MIN_AGREE + 1 sources in all:
    lonerivals' consensus for counts, read for sums too. An order of magnitude fits any figure of
    its size and counts for neither side.
    """
    figures = [m for m in same if not magnitude(m.value)]
    stated = {m.value.amount for m in figures if _figure(m) and isinstance(m.value, Money | Quantity)}
    if len(stated) != 1 or len({m.slot for m in figures}) != 1:
        return False
    if len({m.source for m in figures if _figure(m)}) < CONSENSUS_MIN_AGREE:
        return False
    if not all_compatible(figures):  # every pair fits: each pair of distinct figures asked once
        return False
    return len({m.source for m in figures}) >= CONSENSUS_MIN_AGREE + 1


def _alone_in_passage(m: Mention, at: Mapping[tuple[str, int, object], list[Mention]],
                      fits: Sequence[Mention]) -> bool:
    """Whether every figure of ``m``'s family in its passage fits one of ``fits`` (``m``, or a figure of
    its `figure_key`, among them: compatible answers alike for both)."""
    return all(any(compatible(o, f) for f in fits) for o in at.get((m.source, m.passage, _family(m)), ()))


def _same_thing(lone: Mention, m: Mention) -> bool:
    """Whether the two figures may tell one thing: both levels or both changes, nouns and roles alike.

    "Repairs alone will cost £7 million more than last year" is a rise, not the £26 million deficit
    the claim's others state: a change and a level are two figures whatever their passages share.
    """
    if (CHANGE in lone.cues) != (CHANGE in m.cues):
        return False
    ra, rb = roles_of(lone.cues), roles_of(m.cues)
    if ra and rb and ra != rb:
        return False
    na, nb = folded_count_stems(lone), folded_count_stems(m)
    if bool(na) != bool(nb):
        # "40 people" names no noun of its own, yet it counts persons: "52 cows" or "52 homes" is
        # another set, "52 patients" may be the same one (people_meet).
        bare, named = (m, lone) if na else (lone, m)
        if _counts_people(bare.cues):
            return people_meet(bare.cues, named.cues)
    return (not (na and nb) or bool(na & nb) or people_meet(lone.cues, m.cues)
            or people_meet(m.cues, lone.cues))


def _counts_people(cues: tuple[str, ...]) -> bool:
    """Whether a count's cues count bare persons ("40 people", "12 men")."""
    return ANY_PERSON in cues or bool(BY_SEX.intersection(cues))


def _sum_named_alike(lone: Mention, m: Mention, ctx: Evidence) -> bool:
    """Whether the words about two sums name one thing: a cue, the word after, a content word beside.

    A story tells many sums of one size, and a short passage about another ("diverted $400,000 from a
    road fund" beside three outlets' $250,000 bail) shares a claim as easily as a rival does: a sum
    needs its words ("a contract worth £5.1m", "landed the contract for £4.6m") as well.
    """
    if set(lone.cues) - {CONVERSION} & set(m.cues):
        return True
    text_l, text_m = ctx.texts.get(lone.source, ""), ctx.texts.get(m.source, "")
    after = noun_after(lone, text_l)
    if after is not None and after == noun_after(m, text_m):
        return True
    return bool(stems_beside(lone, text_l) & stems_beside(m, text_m))


def _rounds(lone: Mention, m: Mention) -> bool:
    """Whether either figure, read as hedged or round, reaches the other (loneround.reach)."""
    for a, b in ((lone, m), (m, lone)):
        span = reach(a)
        if span is not None and isinstance(b.value, Money | Quantity) and span[1] < b.value.amount < span[2]:
            return True
    return False


def _rival(lone: Mention, same: Sequence[Mention], sources: frozenset[str],
           at: Mapping[tuple[str, int, object], list[Mention]],
           stated: Mapping[tuple[str, object], list[Mention]], ctx: Evidence) -> bool:
    """Whether ``lone`` contradicts an agreed fact through the claims its passage shares.

    ``same`` is the agreed fact's figures of the lone figure's family, already found their
    consensus (`join_lone_claim_rivals`), and ``sources`` all the agreed fact's sources.
    """
    family = _family(lone)
    if lone.source in sources or not _alone_in_passage(lone, at, [lone]):
        return False
    # compatible reads only a figure's key (compat.figure_key): each distinct figure of the agreed
    # fact is asked once, not once per source restating it (80 sources, a dozen distinct figures).
    reps = distinct_figures(same)
    partners = [m for m in same if _figure(m) and ctx.shared_claim(lone, m) is not None
                and _alone_in_passage(m, at, reps)]
    if len({m.source for m in partners}) < CONSENSUS_MIN_AGREE:
        return False
    if not all(one_size(lone, m) and _same_thing(lone, m) for m in partners):
        return False
    if isinstance(lone.value, Money) and not any(_sum_named_alike(lone, m, ctx) for m in partners):
        return False
    if any(compatible(lone, m) or _rounds(lone, m) for m in same):
        return False
    if any(compatible(o, m) for o in stated.get((lone.source, family), ()) for m in reps):
        return False  # the dissenter gives the agreed figure too: two things, not a rival
    return not any(compatible(o, lone) for s in sources for o in stated.get((s, family), ()))


def join_lone_claim_rivals(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                           order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone figure moved into the one agreed figure its claim sets it against."""
    at: dict[tuple[str, int, object], list[Mention]] = {}
    stated: dict[tuple[str, object], list[Mention]] = {}
    for m in mentions:
        if m.kind in _KINDS and (family := _family(m)) is not None:
            at.setdefault((m.source, m.passage, family), []).append(m)
            stated.setdefault((m.source, family), []).append(m)
    agreed = [k for k, (_g, v, _c, _r) in enumerate(facts) if v is Verdict.AGREE]
    # The agreed facts by the figure families they state, with their sources, once: a lone figure is
    # weighed only against facts stating its family without its source (_rival finds no rival
    # elsewhere), not against every agreed fact of a long story (thousands, beside hundreds of lone
    # figures).
    by_family: dict[object, list[tuple[int, frozenset[str]]]] = {}
    for k in agreed:
        sources = frozenset(m.source for m in facts[k][0])
        for family in dict.fromkeys(_family(m) for m in facts[k][0]):
            by_family.setdefault(family, []).append((k, sources))
    told = {id(facts[k][0]): sources for pairs in by_family.values() for k, sources in pairs}
    # An agreed fact's consensus in a family, read once for all the lone figures weighed against it,
    # and only once one asks for it (its figures fitting pairwise is the dear part).
    agreed_in: dict[tuple[int, object], list[Mention] | None] = {}

    def rival(lone: Mention, group: Sequence[Mention]) -> bool:
        family = _family(lone)
        if (key := (id(group), family)) not in agreed_in:
            same = [m for m in group if _family(m) == family]
            agreed_in[key] = same if family is not None and _consensus(same) else None
        consensus = agreed_in[key]
        return consensus is not None and _rival(lone, consensus, told[id(group)], at, stated, ctx)

    def among(lone: Mention) -> list[int]:
        return [k for k, sources in by_family.get(_family(lone), ()) if lone.source not in sources]

    moved = lone_moves(facts, agreed, _lone, rival, among=among, published=published_of(ctx))
    return merge_as_rivals(facts, moved, order)
