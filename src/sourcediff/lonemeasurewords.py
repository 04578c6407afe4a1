"""A lone measure joins the one agreed measure told with its words, though no claim holds both (issue #11).

"... overruled the councillors who threw out the plant, which will have a
110-metre chimney towering over the town" in a tabloid, "the plant's
95-metre chimney" in a wire, "Its chimney will be 95 metres tall" in a local
paper and "Its stack will rise to 95m" in a trade site: the tabloid states
the height inside a sentence about something else, the aligner seats that
sentence in the claim of its main fact, and the lone-measure rule
(lonerivals.join_lone_measure_rivals) finds no aligned partner; a school
"about 800 metres" from the site, a third figure in metres, would silence
it anyway, as a unit alone cannot say which thing is measured. The words
beside the figures can: "chimney" stands beside the 110 and beside the 95 in
two outlets, and beside no other figure in metres.

The lone measure joins an agreed measure as its rival only when nothing
leaves room for a second thing:
- the lone fact states one measure (lonerivals' lone measure) from one
  source, not a rate;
- among the agreed facts whose measures in its unit's family agree among
  themselves from CONSENSUS_MIN_AGREE + 1 sources (lonerivals' measure
  consensus), none of them the lone source, exactly one has, in
  CONSENSUS_MIN_AGREE of its sources, a content word within
  loneround.REACH_WORDS of its figure in its sentence that the lone figure
  has beside it too;
- no other measure of the story in the unit's family (neither the lone one
  nor one of that consensus) has that word beside it: a second chimney
  measured leaves the lone one alone; and the story gives at most
  OTHER_MEASURES_MAX other figures in the family (a match report's twenty
  distances in yards, two of them beside "line", leave the word too weak);
- the two differ beyond any hedge or rounding and are of one size;
- the lone source states no other measure in the family of one size with
  the lone figure or the agreed one (a trade site's "gusts of at least 145
  km/h" that a stand must withstand, beside its own "gusts ... recorded at
  129 km/h": which of its figures answers the others' 70 mph is not for one
  shared word to say; a river's 6.84m beside 250mm of rain is another
  thing), and no agreeing source one fitting the lone figure (a source with
  both tells two things).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from sourcediff.compat import compatible
from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.divergepair import one_size
from sourcediff.evidence import Evidence
from sourcediff.lonerivals import (
    is_measure,
    is_rounded,
    lone_measure,
    measure_consensus,
    stated_per_unit,
    unit_family,
)
from sourcediff.loneround import sentence_only, stems_beside
from sourcediff.lonetold import join_told, read_once
from sourcediff.model import Mention, Verdict
from sourcediff.quotefacts import Judged

# How many other figures (each counted once, with the figures fitting it) the story may give in the lone
# measure's family: a flood's river peak, its record and a depth beside its rainfall, a school's distance
# beside a chimney's height. A match report gives twenty in yards, and a word beside two of them ("line")
# tells nothing.
OTHER_MEASURES_MAX = 3
# Stems of words beside any measure that say nothing of what it measures: attribution, hedges, totals,
# and the verbs and adjectives of size that every measure of a story may take.
_WEAK = frozenset({"accor", "estim", "total", "least", "inclu", "figur", "numbe", "said", "says",
                   "would", "could", "will", "have", "which", "there", "their", "about", "measu"})


def _words(m: Mention, ctx: Evidence) -> set[str]:
    """The stems of the content words beside a measure in its sentence ("chimn" of "95-metre chimney")."""
    return stems_beside(m, sentence_only(m, ctx.texts.get(m.source, ""))) - _WEAK


def _shared(lone: Mention, same: Sequence[Mention], words: Callable[[Mention], set[str]]) -> set[str]:
    """The lone measure's words that CONSENSUS_MIN_AGREE sources of the consensus have beside theirs."""
    mine = words(lone)
    by_source: dict[str, set[str]] = {}
    for m in same:
        by_source.setdefault(m.source, set()).update(mine & words(m))
    counts: dict[str, int] = {}
    for got in by_source.values():
        for w in got:
            counts[w] = counts.get(w, 0) + 1
    return {w for w, n in counts.items() if n >= CONSENSUS_MIN_AGREE}


def _rival(lone: Mention, same: Sequence[Mention], measures: Sequence[Mention], shared: set[str],
           words: Callable[[Mention], set[str]], ctx: Evidence) -> bool:
    """Whether ``lone`` contradicts the consensus ``same`` it was matched to by ``shared`` words."""
    if stated_per_unit(lone, ctx) or any(stated_per_unit(m, ctx) for m in same):
        return False
    if any(compatible(lone, m) or compatible(m, lone) or is_rounded(lone, m) for m in same):
        return False
    if not all(one_size(lone, m) for m in same):
        return False
    family, sources = unit_family(lone), {m.source for m in same}
    others: list[Mention] = []  # one of each other figure the story gives in the family
    for m in measures:
        if m is lone or m in same or unit_family(m) != family:
            continue
        if not any(compatible(m, o) or compatible(o, m) for o in others):
            others.append(m)
            if len(others) > OTHER_MEASURES_MAX:
                return False  # a unit the story measures many things in: one shared word is too little
        if (m.source == lone.source and not (compatible(m, lone) or compatible(lone, m))
                and any(one_size(m, x) for x in (lone, *same))):
            return False  # the dissenter measures a second thing of that size: which one disputes is open
        if m.source in sources and compatible(m, lone):
            return False  # an agreeing source gives the lone measure too
        if words(m) & shared:
            return False  # another figure of the story measures the same word's thing
    return True


def join_lone_measure_words(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                            order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone measure moved into the one agreed measure told with its words (module doc)."""
    measures = [m for m in mentions if is_measure(m)]
    agreed = [k for k, (group, v, _c, _r) in enumerate(facts)
              if v is Verdict.AGREE and any(is_measure(m) for m in group)]
    if not agreed:
        return list(facts)
    words = read_once(lambda m: _words(m, ctx))

    def lone_of(group: Sequence[Mention]) -> Mention | None:
        lone = lone_measure(group)
        return lone if lone is not None and words(lone) else None

    def told(lone: Mention) -> list[tuple[int, tuple[list[Mention], set[str]]]]:
        out = []
        for k in agreed:
            target = facts[k][0]
            if lone.source in {m.source for m in target}:
                continue
            same = measure_consensus(target, lone.slot)
            if same and (shared := _shared(lone, same, words)):
                out.append((k, (same, shared)))
        return out

    return join_told(facts, order, lone_of, told,
                     lambda lone, _k, found: _rival(lone, found[0], measures, found[1], words, ctx))


__all__ = ["join_lone_measure_words"]
