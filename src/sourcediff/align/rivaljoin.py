"""A passage giving a rival count of what a claim's sources agree on joins that claim (issue #11).

Outlets differ on a figure: a tabloid writes "7.9 million customers were cut
off" where three others write 7.4 million. The divergence is the report's
point, but the figures are the pair model's strongest evidence, and a
different figure of the same noun reads to it as conflict: the tabloid's
sentence scores low against every partner (benchmarks/notes/outage_story.md)
and lands in no claim with them, so the judge never sees the two counts side
by side and reports the lone figure as unique. multifact.py and
measurejoin.py join by equal figures only.

A passage X joins a claim C it is not in when

- C's members from other sources, their headlines aside, come from two sources or more, and each
  states exactly one count of the thing X counts (the same noun read after
  both figures, compat.comparable and compat.same_thing), all of one value
  (compat.compatible): C is the claim of that count, on which its sources
  agree, so X's count is a rival reading rather than one of several figures
  (a source whose passage states a single count under a noun of its own,
  "220 travellers" beside "220 passengers", states it too, when another
  source of the claim names X's very noun and the claim's other members
  come from :data:`RENAMED_MIN_SOURCES` sources or more: :func:`_renamed`);
- X states exactly one count of that noun, of :data:`MIN_COUNT` or more,
  incompatible with the claim's but within a factor of :data:`MAX_RATIO`:
  rival readings of one count lie close, while a count twice another is more
  often a total and its part, and a small count ("four reactors") names
  too common a figure to join by;
- the index proposed X with a member of C (a passage never looked at is no
  evidence), X is no headline, its source has no passage in C but its
  headline (a sentence of its own there states the fact already), save
  sentences whose figures are only percentages and quoted counts (a
  follow-up, a speaker repeating the others' figure: no count in the
  outlet's own voice) and sentences stating no count and no bare figure,
  only figures every other source of C states too (the seat of C's other
  fact: "WON a £1.86m payout" where the others write "pay £1.86m to 412
  workers" in one sentence), and X shares no claim with C's other-source
  members yet; C's count is read outside quotation marks only;
- when C holds another source's headline (the story's lead claim, where its
  other counts of the noun gather too, a part among them), X's count lies
  within :data:`HEADED_MAX_RATIO` of C's.

A lone different sum of money joins the same way, source by source rather
than passage by passage: a claim whose other sources state one sum (in one
currency) in their passages of it, two sources or more alike, none another,
is the claim of that sum, and X's single sum of that currency, different but
within :data:`MAX_RATIO`, is its rival (a local paper's "£6m pay-off"
against three outlets' £4.5m). A sum names no noun to match as a count
does: the agreement of two sources on one sum, in one claim, stands for it.
A member stating no sum (the claim's sentence on who gets the money) is no
evidence either way; nor is a sentence of X's own source there that states
no figure at all (seated by a shared name): it is no seat of the sum. A
sentence in no claim stating one sum is looked at beside every other
source's sum of its currency, proposed or not (as a fact-box line is:
:func:`_box_near`): "Bosses fear the final bill could top £5m" shares no
word or figure with the others' damage sentences, and the index never
proposes it. X may share another claim with one of the claim's
sources (the local paper's lead sits with the trade site's lead, the two
sums one against one, which no consensus can weigh), not with two: not with
two of the claim's passages, nor with two of its sources' other passages
that state a sum of X's kind (a claim on another sum, where X's is weighed
against theirs already: a central bank's "up to €15 billion" beside their
€10 billion is no rival of their €14.6 billion turnover too). And,
as for the judge's consensus, neither figure may be the other side's too:
X's source writes the agreed figure nowhere in its article, and no source
of the claim writes X's (an outlet that gives both figures reports two sums,
"insured for €150m" beside "cost €210m", of which the others may report
one).

The step runs after the other joins and only adds passages to claims, reading
the claims as they were given, so the order of claims does not matter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sourcediff.align.measurejoin import MIN_COUNT
from sourcediff.compat import comparable, compatible, distinct_figures, same_thing
from sourcediff.extract.morecounts import MORE
from sourcediff.extract.newcounts import NEW
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.extract.roles import PART
from sourcediff.extract.updates import UPDATE_PREFIX
from sourcediff.model import Kind, Mention, SourceInfo, Span
from sourcediff.values import Money, Quantity

Pair = tuple[int, int]
# Two readings of one count lie within this factor of each other; farther apart they count two things.
MAX_RATIO = Decimal(2)
# A claim whose sources name the counted set each in its own words is the claim of one count only when
# this many sources agree on it (the judge's consensus, divergeconsensus.CONSENSUS_MIN_AGREE + 1): two
# sources, one naming x's noun and one another ("96 guests", "more than 90 people"), may well tell
# another set than x's ("71 people were evacuated"), a part or a total of it.
RENAMED_MIN_SOURCES = 3
# A claim holding other outlets' headlines is the story's lead claim, where its other counts of the same
# noun gather too (a part: "164 pupils excluded from its two schools" beside three schools' 212); there
# a rival reading lies this close (transposed digits, 134 against 143 votes, 168 against 186 sailings).
HEADED_MAX_RATIO = Decimal("1.2")
_COUNT = "number:count"


def _counts(ms: Sequence[Mention]) -> list[Mention]:
    """The counts of a named thing among a passage's figures ("7.9 million customers")."""
    return [m for m in ms if m.kind is Kind.NUMBER and m.slot == _COUNT and isinstance(m.value, Quantity)
            and m.value.high is None and any(not c.startswith(UPDATE_PREFIX) for c in m.cues)]


def _sums(ms: Sequence[Mention]) -> list[Mention]:
    """The single sums of money among a passage's figures (no range: "$10-12 million" is no one reading)."""
    return [m for m in ms if m.kind is Kind.MONEY and isinstance(m.value, Money) and m.value.high is None]


def _one_of(m: Mention, ms: Sequence[Mention]) -> list[Mention]:
    """The mentions of ``ms`` that state m's count: its slot and the very noun it names."""
    return [o for o in ms if comparable(m, o) and same_thing(m, o) and set(m.cues) & set(o.cues)]


def _rival(x: Mention, theirs: Sequence[Mention], alike: _Alike) -> bool:
    """Whether x is a close, different reading of a count every one of ``theirs`` states alike."""
    assert isinstance(x.value, Quantity)
    return _close_apart(x, theirs, alike) and x.value.amount >= MIN_COUNT


class _Alike:
    """Whether a claim's figures are all alike, remembered for one join_rivals call.

    Every candidate passage of a claim is tested against the same figures of
    the claim's sources, and the test compares each pair of them: a claim of
    80 sources cost 6,400 calls of compat.compatible per candidate, most of
    join_rivals's time. The answer depends only on the mentions, which live
    as long as the call (so their ids key the memo safely).
    """

    def __init__(self) -> None:
        self._sets: dict[tuple[int, ...], bool] = {}
        self._pairs: dict[tuple[int, int], bool] = {}

    def __call__(self, theirs: Sequence[Mention]) -> bool:
        key = tuple(id(m) for m in theirs)
        found = self._sets.get(key)
        if found is None:
            # every ordered pair, each with itself too: over the distinct figures (compat.figure_key)
            # that is the same answer, and a claim of 80 sources states a dozen of them
            reps = distinct_figures(theirs)
            found = self._sets[key] = all(self._pair(a, b) for a in reps for b in reps)
        return found

    def _pair(self, a: Mention, b: Mention) -> bool:
        key = (id(a), id(b))
        found = self._pairs.get(key)
        if found is None:
            found = self._pairs[key] = compatible(a, b)
        return found


def _close_apart(x: Mention, theirs: Sequence[Mention], alike: _Alike) -> bool:
    """``theirs`` all alike, x incompatible with each yet within MAX_RATIO of each (counts or sums).

    The tests run cheapest first (the ratios, then x against each, then every
    pair of ``theirs``, remembered by ``alike``): all are pure, so the order
    changes no answer, and the pairwise test grows with the square of the
    claim's sources.
    """
    assert isinstance(x.value, Quantity | Money)
    mine = x.value.amount
    for o in theirs:
        assert isinstance(o.value, Quantity | Money)
        low, high = sorted((mine, o.value.amount))
        if low <= 0 or high / low >= MAX_RATIO:
            return False
    if any(compatible(x, o) for o in theirs):
        return False
    return alike(theirs)


def join_rivals(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
                measures: Sequence[Sequence[Mention]], titles: Collection[int] = (),
                boxed: Collection[int] = (), quotations: Sequence[Sequence[Span]] = ()) -> list[list[int]]:
    """The claims, each joined by the passages giving a rival count of its agreed count (see module).

    ``quotations``: each passage's quoted spans (:func:`quotation_spans`); a count inside one is the
    speaker's, not the outlet's (:func:`_joins`).

    ``boxed`` are the fact-box lines ("Total debt: €240m") stating one sum: see :func:`_box_near`.
    """
    counts = [_counts(ms) for ms in measures]
    voiced = [[m for m in found if not any(q.start <= m.span.start and m.span.end <= q.end for q in spans)]
              for found, spans in zip(counts, quotations or [()] * len(counts), strict=True)]
    sums = [_sums(ms) for ms in measures]
    figures: dict[str, set[tuple[str, Decimal]]] = defaultdict(set)  # each source's sums, anywhere
    for n, found in enumerate(sums):
        figures[source_of[n]].update(_figure(m) for m in found)
    near: dict[int, set[int]] = defaultdict(set)
    for i, j in probs:
        if (counts[i] and counts[j]) or (sums[i] and sums[j]):
            near[i].add(j)
            near[j].add(i)
    seated: dict[int, set[int]] = defaultdict(set)  # a passage -> the passages it shares a claim with
    for claim in claims:
        for m in claim:
            seated[m].update(claim)
    lone = [n for n in range(len(sums)) if n not in seated and n not in titles]
    for i, j in _box_near(boxed, source_of, sums):
        near[i].add(j)
        near[j].add(i)
    lone_sums = _one_sum_by_currency(lone, sums)  # x sits in no claim: its own near passages are never read
    out = [list(c) for c in claims]
    alike = _Alike()
    weighed: dict[int, frozenset[str]] = {}  # x -> `_weighed`: it reads x alone, asked once per claim near x
    one_sum = [len(found) == 1 for found in sums]
    everyone = frozenset(source_of)
    for n, claim in enumerate(claims):
        members = set(claim)
        view = _view(claim, source_of, sums, titles, measures)
        shut = _shut(view, everyone)
        close = set().union(*(near.get(m, ()) for m in claim))
        close.update(_lone_near(claim, lone_sums, source_of, sums))
        for x in sorted(close - members):
            if not counts[x] and (not one_sum[x] or source_of[x] in shut):
                continue  # _joins reads x's counts alone, and _joins_sum refuses it first: see _sum_refused
            if x not in titles and (_joins(x, claim, source_of, counts, titles, seated[x], alike, voiced,
                                           measures)
                                    or _joins_sum(x, view, source_of, sums, seated[x], figures, alike,
                                                  weighed)):
                out[n].append(x)
    return [sorted(c) for c in out]


def quotation_spans(sources: Sequence[SourceInfo], keys: Sequence[tuple[str, int]]) -> list[list[Span]]:
    """Each of the aligner's passages (``keys``: (source, passage) pairs) with the spans of its quotations."""
    where = {key: n for n, key in enumerate(keys)}
    out: list[list[Span]] = [[] for _ in keys]
    for s in sources:
        for m in s.mentions:
            if m.kind is Kind.QUOTE:
                n = where.get((m.source, m.passage))
                if n is not None:
                    out[n].append(m.span)
    return out


def _box_near(boxed: Collection[int], source_of: Sequence[str],
              sums: Sequence[Sequence[Mention]]) -> list[Pair]:
    """Each fact-box line stating one sum, with every passage of another source stating a sum of its currency.

    Read too for a sentence in no claim stating one sum (``join_rivals``, claim by claim: `_lone_near`):
    "Bosses fear the bill could top £5m" shares no word and no figure with the others' "estimates the
    damage at £3.5m", so the index never proposed it with them, and an outlet's rival sum in a short
    sentence of its own was left a unique figure, its divergence unseen. Only such a sentence, aligned
    nowhere, is looked at so widely; _joins_sum's tests decide as for any candidate.

    A box line's label names its sum in a word or two ("Total liabilities:
    GBP 645m") that the prose rarely uses ("owed about 610 million pounds to
    creditors"), and a rival sum shares no figure key with the others either:
    the candidate index, reading words and exact figures, never proposes the
    line with the prose, and a rival not looked at joins nothing. An equal
    sum has cluster.box_pairs; a different one has this: the line is looked
    at beside every sum of its currency in the other sources, and
    _joins_sum's tests (two sources or more agreeing on one close sum, the
    figures each source's alone) decide.
    """
    pairs: list[Pair] = []
    stating: dict[str, list[int]] | None = None  # a currency -> the passages stating a sum of it, in order
    for x in boxed:
        if len(sums[x]) != 1:
            continue
        if stating is None:  # built once, not a scan of every passage per line: a long story has many lines
            stating = defaultdict(list)
            for m, found in enumerate(sums):
                for c in dict.fromkeys(_figure(o)[0] for o in found):
                    stating[c].append(m)
        currency = _figure(sums[x][0])[0]
        pairs.extend((x, m) for m in stating.get(currency, ()) if source_of[m] != source_of[x])
    return pairs


def _one_sum_by_currency(lone: Iterable[int], sums: Sequence[Sequence[Mention]]) -> dict[str, list[int]]:
    """The passages of ``lone`` stating one sum, by its currency, in ``lone``'s order (see `_lone_near`)."""
    out: dict[str, list[int]] = {}
    for x in lone:
        if len(sums[x]) == 1:
            out.setdefault(_figure(sums[x][0])[0], []).append(x)
    return out


def _lone_near(claim: Sequence[int], lone_sums: Mapping[str, Sequence[int]], source_of: Sequence[str],
               sums: Sequence[Sequence[Mention]]) -> set[int]:
    """The sentences in no claim stating one sum (`_box_near`'s second use) near one claim.

    Such a sentence x is near the claim when a member of another source states a sum of x's currency:
    the very pairs `_box_near` gives for ``lone``, read claim by claim. Why: `_box_near` paired every
    lone sentence with every passage of its currency, a list quadratic in the story's length (134,000
    pairs at two 30,000-word articles), each pair then added to a set one by one; here a claim whose
    sums of a currency come from two sources or more takes every lone sentence of that currency at once
    (one of them is always another source's), and one whose sums come from one source takes the others'.
    """
    stating: dict[str, set[str]] = {}  # a currency -> the sources of the members stating a sum of it
    if lone_sums:
        for m in claim:
            for o in sums[m]:
                stating.setdefault(_figure(o)[0], set()).add(source_of[m])
    out: set[int] = set()
    for currency, sources in stating.items():
        xs = lone_sums.get(currency, ())
        if len(sources) > 1:
            out.update(xs)
        else:
            out.update(x for x in xs if source_of[x] not in sources)
    return out


def _joins(x: int, claim: Sequence[int], source_of: Sequence[str], counts: Sequence[Sequence[Mention]],
           titles: Collection[int], beside: Collection[int], alike: _Alike,
           voiced: Sequence[Sequence[Mention]], measures: Sequence[Sequence[Mention]]) -> bool:
    """Whether passage x, outside the claim, states a rival of the claim's one agreed count.

    x's own source may sit in the claim already by a sentence whose figures are only percentages
    and quoted counts (:func:`_follows_up`): the sentence that follows its figure up ("But that was
    a 12 per cent rise"), or a speaker's words repeating the others' figure (a campaigner quoted on
    "3.1 million tyres a year" where the outlet itself writes 3.4 million). That seat is no
    statement of the count by the outlet, so it does not keep x out; any other sentence of x's
    source there does, as before, save one seating x's source by the claim's other fact
    (:func:`_other_fact_seat`). The claim's count is read from the other sources' counts outside
    quotation marks only (``voiced``): a claim whose members state the figure only inside a
    quotation is the claim of the quotation, where a rival count has no seat. Other sources'
    headlines are no members to read the count from; beside one, only a close rival joins (`_near`).
    """
    others = [m for m in claim if source_of[m] != source_of[x]]
    if any(m in beside for m in others):
        return False  # x sits with the claim's sources elsewhere: the clustering parted them on purpose
    headed = any(m in titles for m in others)
    others = [m for m in others if m not in titles]
    if len({source_of[m] for m in others}) < 2:
        return False
    own = [m for m in claim if source_of[m] == source_of[x] and m not in titles]
    if any(not _follows_up(measures[m], voiced[m])
           and not _other_fact_seat(m, others, source_of, counts, measures) for m in own):
        return False  # a sentence of x's own source states the claim's count already: that one is its seat
    for mine in counts[x]:
        if len(_one_of(mine, counts[x])) != 1:
            continue  # x counts that thing twice: which of its figures is the rival is not sure
        theirs = []
        named = renamed = False  # some source counts x's very noun; some names the set otherwise
        for m in others:
            stated = _one_of(mine, voiced[m])
            if not stated:
                stated = _renamed(mine, voiced[m])
                renamed = renamed or bool(stated)
            if len(stated) != 1:
                break
            named = named or bool(set(mine.cues) & set(stated[0].cues))
            theirs.extend(stated)
        else:
            if renamed and len({source_of[m] for m in others}) < RENAMED_MIN_SOURCES:
                continue
            if named and _rival(mine, theirs, alike) and (not headed or _near(mine, theirs)):
                return True
    return False


def _near(x: Mention, theirs: Sequence[Mention]) -> bool:
    """Whether x's count lies within HEADED_MAX_RATIO of each of ``theirs`` (a headed claim's rival)."""
    assert isinstance(x.value, Quantity)
    for o in theirs:
        assert isinstance(o.value, Quantity)
        low, high = sorted((x.value.amount, o.value.amount))
        if low <= 0 or high / low >= HEADED_MAX_RATIO:
            return False
    return True


def _other_fact_seat(m: int, others: Sequence[int], source_of: Sequence[str],
                     counts: Sequence[Sequence[Mention]], measures: Sequence[Sequence[Mention]]) -> bool:
    """Whether own passage m states no count, only figures every other source of the claim states too.

    A claim of two facts ("ordered to pay £1.86m to 412 workers") seats an outlet that splits them
    ("WON a £1.86m payout" and, later, "421 staff were docked pay") by its sentence on the sum: that
    sentence is the seat of the sum the claim's sources agree on, no statement of the count.
    """
    if counts[m] or not measures[m] or any(f.kind is Kind.NUMBER for f in measures[m]):
        return False  # a count, or a bare figure ("Population: 1,012") that may state the count unnamed
    stated: dict[str, list[Mention]] = defaultdict(list)
    for o in others:
        stated[source_of[o]].extend(measures[o])
    return all(any(compatible(f, o) for o in figures) for f in measures[m] for figures in stated.values())


def _follows_up(ms: Sequence[Mention], voiced: Sequence[Mention]) -> bool:
    """Whether a passage's figures are only percentages and counts inside quotation marks.

    Such a sentence follows a count up ("That was a 12 per cent fall": a share or a change, no count)
    or quotes someone on it:
    it states no count in the outlet's own voice, so it is no seat of the count (:func:`_joins`).
    """
    quoted = [m for m in _counts(ms) if m not in voiced]
    return bool(ms) and all(m in quoted or m.kind is Kind.PERCENT for m in ms)


def _renamed(mine: Mention, ms: Sequence[Mention]) -> list[Mention]:
    """A passage's one count, when it is its only count and of x's slot: the thing x counts, named otherwise.

    Outlets name one crowd in words of their own ("220 passengers", "220
    travellers", "220 commuters"): a member whose single count names another
    noun states the claim's figure all the same, as long as another source of
    the claim counts x's very noun (``named`` in :func:`_joins`) and all the
    claim's counts are alike. A passage counting two things says nothing sure
    about which is x's, and a part, an addition or a change ("85 of them",
    "25 more", "up by 40") is never the rival of a whole (compat.same_thing).
    """
    if len(ms) != 1 or not comparable(mine, ms[0]):
        return []
    if any((flag in mine.cues) != (flag in ms[0].cues) for flag in (PART, NEW, MORE, CHANGE)):
        return []
    return [ms[0]]


def _figure(m: Mention) -> tuple[str, Decimal]:
    """A sum's currency and amount, whatever its hedge or basis ("about £4.5m" and "£4.5m" are one figure)."""
    assert isinstance(m.value, Money)
    return (m.value.currency, m.value.amount)


@dataclass(frozen=True)
class _ClaimView:
    """What _joins_sum asks of one claim, gathered once per claim rather than once per candidate passage."""

    members: dict[str, tuple[int, ...]]  # each source's passages in the claim, sources in claim order
    sums: dict[str, tuple[Mention, ...]]  # each source's sums in the claim, in claim order
    titled: frozenset[str]  # the sources with a title in the claim
    figured: frozenset[str]  # the sources with a passage other than a title stating some figure in the claim


def _view(claim: Sequence[int], source_of: Sequence[str], sums: Sequence[Sequence[Mention]],
          titles: Collection[int], measures: Sequence[Sequence[Mention]] | None = None) -> _ClaimView:
    """The claim's passages and sums by source, and which sources sit in it by a title or by a sentence.

    ``measures`` (each passage's figures) tells the sentences stating a figure from those stating none
    (``figured``); without it every sentence counts as stating one.
    """
    members: dict[str, list[int]] = defaultdict(list)
    for m in claim:
        members[source_of[m]].append(m)
    return _ClaimView(
        members={s: tuple(ms) for s, ms in members.items()},
        sums={s: tuple(o for m in ms for o in sums[m]) for s, ms in members.items()},
        titled=frozenset(source_of[m] for m in claim if m in titles),
        figured=frozenset(source_of[m] for m in claim
                          if m not in titles and (measures is None or measures[m])))


def _weighed(mine: Mention, mine_source: str, source_of: Sequence[str], sums: Sequence[Sequence[Mention]],
             beside: Collection[int]) -> frozenset[str]:
    """The other sources x sits with elsewhere beside a sum of theirs of its kind: x's is weighed there.

    `comparable` and `same_thing` read a sum's kind, slot, value and cues
    alone (its family is of those too), so each such statement is asked once:
    at 80 sources x sits beside dozens of outlets' passages that state one
    agreed sum in one phrasing, and asking each was most of `join_rivals`
    (perf45). A source already found is not asked again: the answer is the
    set of sources.
    """
    found: set[str] = set()
    asked: dict[tuple[object, ...], bool] = {}
    for m in beside:
        source = source_of[m]
        if source == mine_source or source in found:
            continue
        for o in sums[m]:
            statement = (o.kind, o.slot, o.value, o.cues)
            fits = asked.get(statement)
            if fits is None:
                fits = asked[statement] = comparable(mine, o) and same_thing(mine, o)
            if fits:
                found.add(source)
                break
    return frozenset(found)


def _sum_refused(x: int, claim: _ClaimView, source_of: Sequence[str],
                 sums: Sequence[Sequence[Mention]]) -> bool:
    """_joins_sum's refusals that read x's sums and the claim alone, cheapest of its tests.

    Why apart: a sentence in no claim stating one sum is a candidate of every
    claim stating a sum of its currency (`_box_near`), 58,141 candidates of
    1,198 claims at 30k words an article, and all but 2,350 fail here;
    `join_rivals` asks this first of a candidate stating no count (which
    `_joins` cannot join) and skips both tests' calls.
    """
    if len(sums[x]) != 1:
        return True  # x states two sums, or none: which would be the rival is not sure
    mine_source = source_of[x]
    if claim.titled - {mine_source}:
        return True  # a title of another source in the claim: the judge weighs the sums there
    return mine_source in claim.figured  # a sentence of x's own source states the claim's sum already


def _shut(claim: _ClaimView, sources: frozenset[str]) -> frozenset[str]:
    """The sources whose one-sum passages `_sum_refused` refuses for this claim, asked once per claim.

    A source with a figure in the claim, and with a title of another source
    there, every source but that title's (two titles: every source). Why: the
    refusals were a call per candidate, 58,141 at 30k words an article.
    """
    if len(claim.titled) > 1:
        return sources
    return claim.figured | (sources - claim.titled if claim.titled else frozenset())


def _joins_sum(x: int, claim: _ClaimView, source_of: Sequence[str], sums: Sequence[Sequence[Mention]],
               beside: Collection[int], figures: Mapping[str, Collection[tuple[str, Decimal]]],
               alike: _Alike, weighed_by: dict[int, frozenset[str]] | None = None) -> bool:
    """Whether passage x, outside the claim, states a rival of the one sum the claim's sources agree on.

    The refusals that read the claim alone come before `_weighed`, which
    reads every sum of every passage x shares a claim with: at 40 sources it
    was half of the compare's time, asked again for each claim near x
    (``weighed_by`` keeps it per x; each test only refuses, so their order
    cannot change the answer).
    """
    if _sum_refused(x, claim, source_of, sums):
        return False
    mine_source = source_of[x]
    mine = sums[x][0]
    weighed = weighed_by.get(x) if weighed_by is not None else None
    if weighed is None:
        weighed = _weighed(mine, mine_source, source_of, sums, beside)
        if weighed_by is not None:
            weighed_by[x] = weighed
    if sum(1 for s, ms in claim.members.items()
           if s != mine_source and (s in weighed or any(m in beside for m in ms))) > 1:
        return False  # x sits with two of the claim's sources elsewhere: the judge weighs the sums there
    theirs = []
    for source, stated in claim.sums.items():
        if source == mine_source:
            continue
        rivals = [o for o in stated if comparable(mine, o) and same_thing(mine, o)]
        if len({_figure(o) for o in rivals}) > 1:
            return False  # a source stating two sums of the claim: which one x contradicts is not sure
        # one sum stated twice (a standfirst's "owing £40m" and its sentence's) is one reading
        theirs.extend(rivals[:1])
    if len(theirs) < 2 or not _close_apart(mine, theirs, alike):
        return False
    if _figure(theirs[0]) in figures[mine_source]:
        return False  # x's source writes the agreed figure too: its own is another sum
    return not any(_figure(mine) in figures[o.source] for o in theirs)
