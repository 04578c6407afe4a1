"""Claims + mentions -> Facts with verdicts (agree, diverge, unique).

A fact is a cluster of mentions, from different sources, that state one fact
slot. Mentions are linked when their values are compatible (compat.py) and
the context says they are about the same thing: their passages sit in one
claim, or their passages are similar enough, or the value itself is
distinctive (the same money figure, the same clock time, the same quotation).
Clusters grow by complete linkage, strongest links first, so a vague value
("earlier this week") can never chain two incompatible precise ones together.

Divergence needs stronger evidence than agreement (diverge.py); clusters that
a divergence connects merge into one divergent fact when their sources are
disjoint. Quotations diverge when the same quotation is reproduced with
changed words or attributed to different people. The evidence itself (claims,
pair scores, words around a value) is gathered once, in evidence.py.

The judge is split by job: ``factlinks`` holds why two mentions link (the
link strength, and the value keys that propose links), ``factclusters`` the
complete-linkage clustering of a story's mentions into facts,
``factverdicts`` the groups a divergence joins and each group's verdict, and
``factclaims`` the claim and role a fact is named by. This module runs them
(``judge``) and keeps every public name importable from here.
"""

from __future__ import annotations

from sourcediff.align import PairScores, score_pairs
from sourcediff.compat import comparable, compatible
from sourcediff.convjoin import join_conversions, join_measure_conversions
from sourcediff.describe import describe_fact
from sourcediff.diverge import divergent_pairs
from sourcediff.divergenear import near_pairs
from sourcediff.evidence import build_evidence
from sourcediff.extract.stamps import ENTRY, time_marks
from sourcediff.factclaims import _claim_for, _common_role
from sourcediff.factclusters import (
    FEW_SOURCES,
    MAX_CHECKED_SUBJECTS,
    MAX_CHECKED_VALUES,
    MAX_LINKED_REPEATS,
    _cluster,
)
from sourcediff.factlinks import DISTINCTIVE, IN_CLAIM, LINK_SCORE, NOUN_LINK_MIN
from sourcediff.factverdicts import _groups, _verdict
from sourcediff.gapdurations import join_gap_durations
from sourcediff.localclock import bridged
from sourcediff.loneclaimrivals import join_lone_claim_rivals
from sourcediff.loneclockrivals import join_lone_clock_rivals
from sourcediff.loneclocks import join_lone_hedged_clocks
from sourcediff.lonedates import join_lone_date_rivals
from sourcediff.lonedurationrivals import join_lone_duration_rivals
from sourcediff.lonejoin import join_lone_bounds, join_lone_equals
from sourcediff.lonemeasureswaps import join_lone_measure_swaps
from sourcediff.lonemeasurewords import join_lone_measure_words
from sourcediff.lonenounrivals import join_lone_noun_rivals
from sourcediff.lonepercentmass import join_lone_percent_masses
from sourcediff.lonepercentwords import join_lone_percent_words
from sourcediff.lonerivals import join_lone_measure_rivals, join_lone_rivals
from sourcediff.loneround import join_lone_roundings
from sourcediff.lonesums import join_lone_sums
from sourcediff.lonesumwords import join_lone_sum_words
from sourcediff.loneswaps import join_lone_swaps
from sourcediff.loneunits import join_lone_unit_equals
from sourcediff.model import Claim, Fact, Kind, Mention, SourceInfo, Verdict
from sourcediff.quotecuts import join_cut_quotations, judged_again
from sourcediff.quotefacts import join_quotations
from sourcediff.quotefragments import attach_fragments
from sourcediff.quoteopenings import join_opening_clauses
from sourcediff.quotespoken import spoken_phrases
from sourcediff.quotevariants import join_altered
from sourcediff.rangeapart import split_ranges_apart
from sourcediff.refconvert import join_foreign_sums
from sourcediff.slipmoves import join_slipped_dissenters
from sourcediff.updates import own_pairs, stated_updates
from sourcediff.values import QuoteValue
from sourcediff.weekdays import mismatch_groups, mismatched

__all__ = ["DISTINCTIVE", "FEW_SOURCES", "IN_CLAIM", "LINK_SCORE", "MAX_CHECKED_SUBJECTS",
    "MAX_CHECKED_VALUES", "MAX_LINKED_REPEATS", "NOUN_LINK_MIN", "comparable", "compatible", "judge"]

_ORDER = {Verdict.DIVERGE: 0, Verdict.UNIQUE: 1, Verdict.AGREE: 2}
# Within a verdict, facts an editor checks first come first: figures and
# times are what stories get wrong; names are context.
_SALIENCE = {Kind.MONEY: 0, Kind.NUMBER: 1, Kind.PERCENT: 1, Kind.TIME: 2, Kind.DATE: 3, Kind.QUOTE: 4,
             Kind.PERSON: 5, Kind.ORG: 6}


def _judged(m: Mention) -> bool:
    """Scare quotes and short labels are wording, not facts to judge."""
    return not (isinstance(m.value, QuoteValue) and m.value.phrase)


def _entry_stamps_only(group: list[Mention], verdict: Verdict) -> bool:
    """A unique fact of a live blog's entry stamps alone: when the blog posted, no fact (extract.stamps)."""
    return verdict is Verdict.UNIQUE and all(ENTRY in time_marks(m.kind, m.slot, m.cues) for m in group)


def judge(sources: tuple[SourceInfo, ...], claims: tuple[Claim, ...], *,
          scores: PairScores | None = None) -> tuple[Fact, ...]:
    """Every fact the sources state, with its verdict."""
    if not sources:
        return ()
    ctx = build_evidence(sources, claims, scores or score_pairs(sources))
    judged = [m for s in sources for m in s.mentions if _judged(m)]
    ms = [m for m in judged if not mismatched(m)]  # a source contradicting itself: weekdays.py
    # Compared as the story's own clock conversion reads them, reported as written (localclock.py).
    seen = bridged(ms)
    cl = _cluster(seen, claims, ctx)
    stated = stated_updates(seen)
    paired = own_pairs(seen, stated)  # read by _groups' update splits and by every fact's description
    pairs = divergent_pairs(seen, claims, ctx, clusters=cl.of) + near_pairs(seen, ctx, cl.of) + stated
    order = {s.article.id: n for n, s in enumerate(sources)}
    facts = []
    published = {s.article.id: s.article.published for s in sources}
    for idx, diverged in _groups(seen, cl, pairs, published, paired):
        group = sorted((ms[i] for i in idx), key=lambda m: (order[m.source], m.span.start))
        verdict = _verdict(group, diverged, ctx.people)
        facts.append((group, verdict, _claim_for(group, ctx), _common_role(group, ctx)))
    facts = judged_again(facts, join_cut_quotations(join_quotations(facts), order))
    facts = join_measure_conversions(join_conversions(join_altered(facts, ctx, order), sources, order), order)
    facts = join_lone_bounds(join_lone_equals(join_foreign_sums(facts, claims, order), order), order)
    facts = join_lone_roundings(facts, claims, ctx, order)
    facts = join_lone_unit_equals(facts, seen, ctx, order)
    facts = join_lone_hedged_clocks(facts, order)
    facts = join_lone_sums(join_lone_rivals(facts, seen, ctx, order), seen, ctx, order)
    facts = join_lone_measure_rivals(facts, seen, ctx, order)
    facts = join_lone_date_rivals(facts, seen, ctx, order,
                                  {(s.article.id, p.index): p.text for s in sources for p in s.passages})
    facts = join_lone_claim_rivals(facts, seen, ctx, order)
    facts = join_lone_noun_rivals(facts, seen, ctx, order)
    facts = join_lone_measure_words(facts, seen, ctx, order)
    facts = join_lone_clock_rivals(facts, seen, ctx, order)
    facts = join_lone_duration_rivals(facts, seen, ctx, order)
    facts = join_lone_sum_words(facts, seen, ctx, order)
    facts = join_lone_percent_words(facts, seen, ctx, order)
    facts = join_lone_percent_masses(facts, ctx, order)
    facts = join_lone_measure_swaps(join_lone_swaps(facts, seen, order), seen, order)
    facts = join_slipped_dissenters(facts, seen, order)
    facts = join_gap_durations(facts, order)
    facts = split_ranges_apart(facts)
    fragments = [m for s in sources for m in s.mentions if not _judged(m)]
    facts = attach_fragments(join_opening_clauses(facts, order), fragments, ctx.texts, ctx.people, order)
    facts.extend((group, Verdict.AGREE if len(group) > 1 else Verdict.UNIQUE, _claim_for(group, ctx), None)
                 for group in spoken_phrases(facts, fragments, ctx.texts, order))
    facts = [f for f in facts if not _entry_stamps_only(f[0], f[1])]
    facts.extend((group, Verdict.DIVERGE, _claim_for(group, ctx), None) for group in mismatch_groups(judged))
    facts.sort(key=lambda f: (_ORDER[f[1]], _SALIENCE[f[0][0].kind], -len({m.source for m in f[0]}),
                              order[f[0][0].source], f[0][0].span.start))
    return tuple(describe_fact(f"f{n}", group, verdict, claim, role=role, paired=paired, people=ctx.people)
                 for n, (group, verdict, claim, role) in enumerate(facts, start=1))
