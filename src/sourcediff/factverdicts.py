"""Clusters -> verdicts: the clusters a divergence joins, and whether a fact agrees, diverges or is unique.

Split out of compare.py because it reads finished clusters and divergent
pairs only, never the links that made them: ``_groups`` merges the clusters
a divergence (or an update) connects, ``_verdict`` and ``_quote_verdict``
decide each group, a quotation by its words and its credited speakers.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from sourcediff.compat import comparable, compatible, quotes_agree, speakers_agree
from sourcediff.extract.speakers import PRONOUN_SPEAKER
from sourcediff.extract.updates import update_side
from sourcediff.factclusters import _Clusters
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotevariants import abridged, held_together
from sourcediff.updates import MentionKey, has_earlier, later_total, own_pairs, rival_current, total_days
from sourcediff.values import DateValue, QuoteValue, Value


def _quote_verdict(group: Sequence[Mention], people: frozenset[str]) -> Verdict:
    """DIVERGE when two sources reproduce the quotation differently or credit different speakers.

    Only the distinct (source, words, speaker) statements are compared: a
    quotation repeated throughout a long story costs its variants, not the
    square of its repetitions. Two cuts of the statement that a third source
    quotes whole agree in their words (`quotevariants`).
    """
    mine: dict[str, list[Mention]] = defaultdict(list)
    for m in group:
        mine[m.source].append(m)
    group = [m for m in group if not _own_crosshead(m, mine[m.source])]
    distinct = list({(m.source, m.value, _named_speaker(m)): m for m in group}.values())
    stated = [(m.source, m.value) for m in distinct]
    by_source: dict[str, list[Mention]] = defaultdict(list)
    for m in distinct:
        by_source[m.source].append(m)
    # At 80 sources one quotation is stated the same way by most of them: each ordered pair of
    # (words, speaker) statements is decided once, and the pairs of sources only look the answer up.
    agree: dict[tuple[Value, str | None, Value, str | None], tuple[bool, bool]] = {}

    def fits(a: Mention, b: Mention) -> tuple[bool, bool]:
        key = (a.value, _named_speaker(a), b.value, _named_speaker(b))
        found = agree.get(key)
        if found is None:
            assert isinstance(a.value, QuoteValue) and isinstance(b.value, QuoteValue)
            found = agree[key] = (quotes_agree(a.value, b.value),
                                  speakers_agree(key[1], key[3], people=people))
        return found

    def echoed(m: Mention, source: str) -> bool:
        return any(all(fits(m, o)) for o in by_source[source])

    for a, b in itertools.combinations(distinct, 2):
        if a.source == b.source:
            continue
        words, speakers = fits(a, b)
        if speakers and (words or held_together(a.value, b.value, (a.source, b.source), stated)
                         or _unattributed_cut(a, b)):
            continue
        if _each_has_its_own(a, b, by_source, echoed):
            continue
        return Verdict.DIVERGE
    return Verdict.AGREE


def _each_has_its_own(a: Mention, b: Mention, by_source: dict[str, list[Mention]],
                      echoed: Callable[[Mention, str], bool]) -> bool:
    """Two different pieces of one quotation, each matched word for word by a piece the other source gives.

    A speaker's words are often split around the attribution: "We are not
    against a mine," she said. "We are against a mine that drinks our river
    dry." Two outlets giving both sentences hold four statements in one fact,
    and the first sentence of one set beside the second of the other read as
    a dropped "not". A piece the other source reproduces as well is no rival
    reading of that source's other piece; a piece it gives in other words
    still is.
    """
    return ((len(by_source[a.source]) > 1 or len(by_source[b.source]) > 1)
            and echoed(a, b.source) and echoed(b, a.source))


def _own_crosshead(m: Mention, mine: Sequence[Mention]) -> bool:
    """A quote credited to nobody that its own source prints whole elsewhere, credited: its crosshead.

    A tabloid's sub-heading 'Worst night in living memory' over its own
    "This is the worst night this harbour has seen in living memory," the
    harbour master said: the sub-heading keeps too few of the words for
    `abridged` to call it a cut of another outlet's quote (a share of them
    guards against a stock phrase), and set against the wire's whole
    sentence it read as the outlet dropping "this harbour has seen". But the
    outlet states the words in full, credited, in its own text: the
    sub-heading is its packaging of them, no version of its own. It is left
    out of the comparison, where the source's whole quote speaks for it.
    Only words all in the whole's order, none that turns it round, and
    SAME_QUOTE_MIN_WORDS of them at least (`abridged` with no share).
    """
    return (m.speaker is None and isinstance(m.value, QuoteValue)
            and any(o.source == m.source and o.speaker is not None and isinstance(o.value, QuoteValue)
                    and abridged(o.value, m.value, share=0.0) for o in mine))


def _unattributed_cut(a: Mention, b: Mention) -> bool:
    """One quote, credited to nobody, is the other with words left out (a crosshead, `abridged`)."""
    assert isinstance(a.value, QuoteValue) and isinstance(b.value, QuoteValue)
    return ((a.speaker is None and b.speaker is not None and abridged(b.value, a.value))
            or (b.speaker is None and a.speaker is not None and abridged(a.value, b.value)))


def _named_speaker(m: Mention) -> str | None:
    """The speaker a writer named for a quote; None when only a "he" or "she" points back to one.

    Which earlier name a pronoun means is the extractor's guess ("he said"
    after a paragraph on someone else): crediting the words to another
    person than a source that names the speaker is no divergence of the
    writers' own.
    """
    return None if PRONOUN_SPEAKER in m.cues else m.speaker


def _verdict(group: Sequence[Mention], diverged: bool, people: frozenset[str]) -> Verdict:
    if len({m.source for m in group}) < 2:
        return Verdict.UNIQUE
    if diverged:
        return Verdict.DIVERGE
    if group[0].kind is Kind.QUOTE:
        return _quote_verdict(group, people)
    return Verdict.AGREE


def _spans_only(ms: Sequence[Mention], xs: Sequence[int], ys: Sequence[int], shared: set[str]) -> bool:
    """True when each source two divergent groups share states, in one of them, only spans holding
    every day of the other.

    A source stating both sides of a divergence contradicts itself, so the
    two groups stay apart; but a regional paper's "pay will go up next year"
    sits in the group of the wire's "April 1" only because all of next year
    holds April 1, and it holds the paper's own "1 March next year" as well:
    it states neither side. Without this, that vague span kept the paper's
    lone different day a unique fact, and no divergence was reported.
    """
    def spans_holding(mine: Sequence[int], other: Sequence[int], s: str) -> bool:
        days = [ms[k].value for k in other]
        spans = [ms[k].value for k in mine if ms[k].source == s]
        return all(isinstance(v, DateValue) and v.start is not None and v.end is not None and v.start < v.end
                   and all(isinstance(d, DateValue) and d.start is not None and d.end is not None
                           and v.start <= d.start and d.end <= v.end for d in days)
                   for v in spans)

    return all(spans_holding(xs, ys, s) or spans_holding(ys, xs, s) for s in shared)


def _vague_beside_day(ms: Sequence[Mention], xs: Sequence[int], ys: Sequence[int],
                      shared: set[str]) -> list[int]:
    """The periods to set apart when each source two divergent groups share states, in one of them, only
    periods, and in the other one day; [] when some shared source does not.

    The trade paper's "claims close on 31 March" is its word on a deadline;
    its "a draft due in the second quarter" sits in the group of a local
    paper's "April 30" only because that quarter holds it (two sentences
    paired on little more than a year). Its day, not its vague period, says
    which side it is on: the groups join as a divergence and the period, a
    statement about something else for all the judge can tell, leaves as its
    own fact rather than stand as the paper's rival reading.
    """
    vague: list[int] = []
    for s in shared:
        for mine, other in ((xs, ys), (ys, xs)):
            own = [k for k in mine if ms[k].source == s]
            if all(_period(ms[k].value) for k in own) and any(
                    _one_day(ms[k].value) for k in other if ms[k].source == s):
                vague += own
                break
        else:
            return []
    return vague


def _period(v: Value) -> bool:
    """A date naming a period longer than a day ("next year", "the second quarter of 2027")."""
    return isinstance(v, DateValue) and v.start is not None and v.end is not None and v.start < v.end


def _one_day(v: Value) -> bool:
    """A date naming one day ("31 March 2027")."""
    return isinstance(v, DateValue) and v.start is not None and v.start == v.end


def _stating_two(ms: Sequence[Mention], xs: Sequence[int], ys: Sequence[int], shared: set[str]) -> set[str]:
    """The sources of ``shared`` that state a value in ``xs`` other than their values in ``ys``.

    A source that gives one figure twice, worded two ways ("34 pensioners" in the
    headline, "Thirty-four patients ... died" in the text), may leave its two
    mentions in two clusters: a count with a role never repeats a count of
    a named noun (factclusters._repeats). Once one joins a divergence, the
    other's own divergence from the same rivals found the source on both
    sides and was refused, and the figure the source's text gives stayed a
    unique fact. A source stating the same values on both sides does not
    contradict itself: it does not bar the join.
    """
    if not shared:
        return shared

    def values(idx: Sequence[int], source: str) -> set[str]:
        return {ms[k].canonical for k in idx if ms[k].source == source}

    return {s for s in shared if values(xs, s) != values(ys, s)}


def _groups(ms: Sequence[Mention], cl: _Clusters, pairs: Sequence[tuple[int, int]],
            published: Mapping[str, dt.date | None] | None = None,
            paired: frozenset[MentionKey] | None = None) -> list[tuple[list[int], bool]]:
    """Clusters, with clusters joined by a divergence merged into one divergent group.

    ``published`` (each source's date) dates the figures no running-total words date (updates.later_total).
    ``paired``: ``own_pairs(ms)`` when the caller has it already (the judge does).

    An update never joins a group that already diverges: "will pay 22p, up from 18p" and "rises from
    £0.18 to £0.23" agree on the old figure and differ on the new one. Joined, the agreed 18p was
    reported as part of the divergence; apart, the new figures diverge and the old one agrees.
    """
    parent = {c: c for c in cl.members}

    def find(c: int) -> int:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    sources = {c: {ms[k].source for k in members} for c, members in cl.members.items()}
    held = {c: list(members) for c, members in cl.members.items()}  # each group's mentions
    # Whether each cluster holds a figure given as earlier, read once per cluster rather than once per
    # divergent pair: at 80 sources one fact's cluster meets hundreds of pairs.
    earlier = {c: has_earlier(ms[k] for k in members) for c, members in cl.members.items()}
    days = {c: total_days([ms[k] for k in members], published or {}) for c, members in cl.members.items()}
    diverged = set()
    set_apart: set[int] = set()  # vague periods a divergence left out of its group (`_vague_beside_day`)
    for i, j in pairs:
        a, b = find(cl.of[i]), find(cl.of[j])
        if a == b or later_total(days[cl.of[i]], days[cl.of[j]]):
            continue
        update = earlier[cl.of[i]] != earlier[cl.of[j]]  # an earlier and a later value (updates.py)
        if update and (a in diverged or b in diverged):
            continue  # no update joins a divergence: see the docstring
        shared = _stating_two(ms, held[a], held[b], sources[a] & sources[b])
        spans = bool(shared) and not update and _spans_only(ms, held[a], held[b], shared)
        vague = [] if update or not shared or spans else _vague_beside_day(ms, held[a], held[b], shared)
        if i in vague or j in vague:
            vague = []  # the period is itself a side of the divergence: it is no bystander
        if vague:
            set_apart.update(vague)
            for c in (a, b):
                held[c] = [k for k in held[c] if k not in set_apart]
            sources[a] = {ms[k].source for k in held[a]}
            sources[b] = {ms[k].source for k in held[b]}
        if update or not shared or vague or spans:
            # An update joins even when one source states both values ("rose to 61 from 9").
            parent[b] = a
            sources[a] |= sources.pop(b)
            held[a] += held.pop(b)
            if not update or b in diverged:
                diverged.add(a)
    grouped: dict[int, list[int]] = defaultdict(list)
    for c, members in cl.members.items():
        grouped[find(c)].extend(k for k in members if k not in set_apart)
    apart = [([k], False) for k in sorted(set_apart)]
    return _current_rivals(ms, [(sorted(v), k in diverged) for k, v in grouped.items() if v], paired) + apart


def _current_rivals(ms: Sequence[Mention], groups: list[tuple[list[int], bool]],
                    paired: frozenset[MentionKey] | None = None) -> list[tuple[list[int], bool]]:
    """Groups with each agreed update whose sources differ on the current figure split in two.

    "22 pence" (two papers) and "rises from £0.18 to £0.23" (a trade site)
    were one agreed update, 18p earlier and 22p and 23p later: the update
    joins bring them together and no divergent pair between the two current
    figures is recorded. The current figures (`updates.rival_current`) are
    a divergence; the earlier side is a fact of its own, agreed or unique
    as its sources say (a divergence too when its sources differ on it).
    """
    if not any(update_side(m) is not None for m in ms):
        return groups
    if paired is None:
        paired = own_pairs(ms)
    out: list[tuple[list[int], bool]] = []
    for idx, diverged in groups:
        group = [ms[k] for k in idx]
        earlier = None if diverged or len({m.source for m in group}) < 2 else rival_current(group, paired)
        if earlier is None:
            out.append((idx, diverged))
            continue
        keys = {id(m) for m in earlier}
        early = [k for k in idx if id(ms[k]) in keys]
        out.append(([k for k in idx if id(ms[k]) not in keys], True))
        out.append((early, any(a.source != b.source and comparable(a, b) and not compatible(a, b)
                               for a, b in itertools.combinations(earlier, 2))))
    return out
