"""Complete-linkage clusters of a story's mentions: the facts, before their verdicts.

Split out of compare.py as the judge's costliest job, with its own limits
(FEW_SOURCES, MAX_CHECKED_VALUES, MAX_CHECKED_SUBJECTS, MAX_LINKED_REPEATS):
mentions are bucketed by slot family, each bucket's connected sets are found
without scoring every pair (``_connected``), and only the sets whose values
do not all fit are clustered link by link, strongest first. Whether two
mentions link at all is factlinks' question.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence

from sourcediff import mentionindex
from sourcediff.compat import magnitude, slot_family
from sourcediff.countnouns import count_stems
from sourcediff.evidence import SUBJECT_KINDS, Evidence
from sourcediff.extract.roles import roles_of
from sourcediff.extract.scenecounts import SCENE
from sourcediff.extract.stamps import BRIEFING, STAMP, dateline_date
from sourcediff.factlinks import (
    LINK_SCORE,
    _about_different,
    _bound_beside_aligned,
    _canonical,
    _clear_noun,
    _distinctive,
    _figure_key,
    _half_day_key,
    _instant_key,
    _link_bound,
    _link_strength,
    _measure_told_otherwise,
    _noun_key,
    _nouns_apart,
    _part_day,
    _role,
    _role_told_otherwise,
    _round_key,
    _same_values,
    bound_beside_own_count,
    bound_count,
    bound_count_pairs,
    coarse_in_group,
    fit_place,
    hedged_clock_pairs,
    hedged_round_pairs,
    may_fit,
    month_closing,
    month_opening,
    roles_apart,
    scene_and_whole,
)
from sourcediff.fitpairs import Fits
from sourcediff.model import Claim, Kind, Mention
from sourcediff.quotevariants import held_together
from sourcediff.values import (
    ABOVE,
    BELOW,
    BOUND_QUALIFIERS,
    CEILING,
    FLOOR,
    Converted,
    Money,
    Quantity,
    Value,
)

# A value a source repeats links across sources through its first few
# occurrences only; the rest join their source's first by repeat links. Keeps
# the cost linear in repetitive text (live blogs, transcripts).
MAX_LINKED_REPEATS = 6


class _Clusters:
    """Complete-linkage clusters of mention indexes.

    Each cluster also keeps its distinct (source, value) pairs, so checking a
    merge costs the number of distinct values, not of repeated mentions.
    """

    def __init__(self, ms: Sequence[Mention]) -> None:
        self.ms = ms
        self.of = list(range(len(ms)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(ms))}
        self.values: dict[int, set[tuple[str, Value]]] = {i: {(m.source, m.value)} for i, m in enumerate(ms)}
        # (source, passage) -> the (slot, value, counted noun stems)s the cluster holds there, for
        # `_one_sentence_apart`.
        self.spots: dict[int, dict[tuple[str, int], set[tuple[str, Value, frozenset[str]]]]] = {
            i: {(m.source, m.passage): {(m.slot, m.value, count_stems(m))}} for i, m in enumerate(ms)}
        self.slots: dict[int, set[str]] = {i: {m.slot} for i, m in enumerate(ms)}
        # The clusters holding a count that names its noun ("2,400 schools").
        self.nouned: set[int] = {i for i, m in enumerate(ms) if count_stems(m)}
        # The clusters holding a bound ("at least 300 nautical miles"), for `_bound_beside`.
        self.bounded: set[int] = {i for i, m in enumerate(ms) if _bounded(m.value)}

    def compatible(self, a: int, b: int) -> bool:
        """Every value of one cluster fits every value of the other (across sources).

        Within one source values need not fit (a live blog updates its toll),
        except two measures in different units in one sentence (`_one_sentence_apart`).
        Two cuts of one quotation fit when a third source quotes both (`quotevariants`).
        """
        kind = self.ms[self.members[a][0]].kind
        both = self.values[a] | self.values[b]
        fits = all(sa == sb or _same_values(kind, va, vb, True)
                   or (kind is Kind.QUOTE and held_together(va, vb, (sa, sb), both))
                   for sa, va in self.values[a] for sb, vb in self.values[b])
        return fits and not self._one_sentence_apart(a, b)

    def _one_sentence_apart(self, a: int, b: int) -> bool:
        """True when one passage gives the two clusters values that do not fit, in different units
        or as two counts of one noun.

        "16 weeks of pay plus six months of health cover": a writer who
        states two measures in one sentence, in two units, states two
        things; a vague value of another source ("at least 16 weeks") that
        fits both must not make them one fact, which would then refuse a
        third source's exact 16 weeks. So with "About 2,100 of the region's
        2,400 schools": a part and its whole, two facts that "more than 2,000
        schools" elsewhere fits alike. A correction or update restates its
        figure in the same unit, and a toll counts a role, not a noun, so
        other same-unit values are left alone.
        """
        if len(self.slots[a] | self.slots[b]) < 2 and not (a in self.nouned and b in self.nouned) \
                and a not in self.bounded and b not in self.bounded:
            return False  # one unit throughout: the common case, decided without walking passages
        spots_a, spots_b = self.spots[a], self.spots[b]
        if len(spots_b) < len(spots_a):
            spots_a, spots_b = spots_b, spots_a
        kind = self.ms[self.members[a][0]].kind
        return any(((slot_a != slot_b or nouns_a & nouns_b) and not _same_values(kind, va, vb, True))
                   or (slot_a == slot_b and _bound_beside(va, vb))
                   for where, here in spots_a.items() if where in spots_b
                   for slot_a, va, nouns_a in here for slot_b, vb, nouns_b in spots_b[where])

    def tie(self, figure: int, conversion: int) -> None:
        """Join a lone measure and the writer's lone conversion of it, the figure standing for both.

        The conversion's own value is no statement of the source's: other
        sources' values are set against the figure it converts only, so a
        conversion's rounding ("4.4 million acres" for about 1.8 million
        hectares) never keeps out another outlet's "more than 1.8 million
        hectares" that the figure fits.
        """
        a, b = self.of[figure], self.of[conversion]
        if a == b or len(self.members[a]) > 1 or len(self.members[b]) > 1:
            return
        kept = set(self.values[a])
        self.merge(figure, conversion)
        self.values[a] = kept

    def merge(self, i: int, j: int) -> None:
        a, b = self.of[i], self.of[j]
        if a == b:
            return
        for k in self.members[b]:
            self.of[k] = a
        self.members[a].extend(self.members.pop(b))
        self.values[a] |= self.values.pop(b)
        for where, here in self.spots.pop(b).items():
            self.spots[a].setdefault(where, set()).update(here)
        self.slots[a] |= self.slots.pop(b)
        if b in self.nouned:
            self.nouned.discard(b)
            self.nouned.add(a)
        if b in self.bounded:
            self.bounded.discard(b)
            self.bounded.add(a)


def _repeats(ms: Sequence[Mention], idx: Sequence[int]) -> list[tuple[int, int]]:
    """A source repeating one value ("Gertz said ... Gertz said") states one fact, not two.

    Weakest links of all (strength 0), so a repeat joins its source's other
    mention only after cross-source evidence had its say. A count of a role
    repeats only a count of that role: "FOUR skiers were killed" and "four
    choppers" are two facts of one value, and made one, the toll sat in the
    helicopters' fact, where no other source's toll could be set against it.
    And a count that names its noun repeats only a count of that noun or of
    none (`_other_nouns`): one outlet's "2 rescue boats" in a list of the
    kit sent and its "two swimmers were treated" further on are two facts of
    one value, and made one, the boats' count sat in the swimmers' fact,
    where the other outlets' "two swimmers" hid it.
    """
    out = []
    firsts: dict[tuple[str, str, frozenset[str]], list[int]] = {}
    for i in idx:
        key = (ms[i].source, ms[i].canonical, roles_of(ms[i].cues))
        earlier = firsts.setdefault(key, [])
        first = next((f for f in earlier if not _other_nouns(ms[f], ms[i])), None)
        if first is None:
            earlier.append(i)
        else:
            out.append((first, i))
    return out


def _conversions(ms: Sequence[Mention], idx: Sequence[int]) -> list[tuple[int, int]]:
    """Each measure with the writer's conversion of it right after ("147 grams (5.2 oz)"), when they fit.

    The conversion is the figure restated, not a second statement: the
    strongest link of all, made before any other source's mention is met.
    Linked only as others' values came, a rounded conversion ("5.2 oz", within
    a conversion's rounding of another outlet's 142 grams) joined the others'
    fact alone, while the figure it converts (147 grams) was refused there:
    the source seemed to agree, and its different figure was left a unique
    fact. A conversion that does not fit its own figure (a writer's slip) is
    left to link by itself: tied to its figure, it would keep out every
    source that states that figure.
    """
    figures = sorted((i for i in idx if isinstance(ms[i].value, Quantity)),
                     key=lambda i: (ms[i].source, ms[i].passage, ms[i].span.start))
    return [(i, j) for i, j in itertools.pairwise(figures)
            if isinstance(ms[j].value, Converted) and ms[i].source == ms[j].source
            and ms[i].passage == ms[j].passage and not isinstance(ms[i].value, Converted)
            and _same_values(ms[i].kind, ms[i].value, ms[j].value, True)]


def _other_nouns(a: Mention, b: Mention) -> bool:
    """True when two counts each name what they count with a noun (`_clear_noun`), and no noun is shared.

    Within one source only: across sources writers name one count with
    changing nouns ("two safeguards", "these two exceptions"), and the
    aligner's claims decide (`countnouns`); one writer giving one value to
    two clearly named things has counted two things.
    """
    sa, sb = count_stems(a), count_stems(b)
    return bool(sa) and bool(sb) and sa.isdisjoint(sb) and _clear_noun(a) and _clear_noun(b)


def _linkable(ms: Sequence[Mention], idx: Sequence[int], ctx: Evidence) -> list[int]:
    """The first few occurrences of each value per source; later ones join by repeat links.

    A wire's dateline date ("ORLEY, Mar 4 (Agency) -": extract/stamps.py)
    links to no other source: it says when the agency filed, not when
    anything in the story happened. Linked, a wire's filing day agreed with
    a trade site's "opened the review on 4 March", and the site's day, which
    the others give as "on Monday" (the 3rd), was no longer read as their
    rival. It still joins its own source's telling of the same day by a
    repeat link. Other stamps stay linkable: a dated line the stamp test
    reads as a byline's may be a fact list's "Starts: 1 May 2028".

    A speaker's "this morning" or "today" inside a quotation (the cue
    ``briefing`` on a date, extract/quoteddeixis.py) is the day the words
    were said, read against the quoting article's own date, and links to
    no other source either: a tabloid of the 4th quoting the operator's "hurt
    this morning" (said on the 3rd) dated it the 4th, and it agreed with a
    trade site's "lifted back on to the rails on 4 December", a step of the
    story the tabloid never tells.
    """
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for i in idx:
        m = ms[i]
        if (m.kind is Kind.DATE and STAMP in m.cues
                and dateline_date(ctx.texts[m.source], m.span.start, m.span.end)):
            continue
        if m.kind is Kind.DATE and BRIEFING in m.cues:
            continue
        key = (ms[i].source, ms[i].canonical)
        seen[key] += 1
        if seen[key] <= MAX_LINKED_REPEATS:
            out.append(i)
    return out


# A bucket stated by this few sources is clustered link by link at once: each value has a partner or
# two, so listing the links costs less than first finding what they connect.
FEW_SOURCES = 2
# A set of linked mentions holding more distinct values than this is clustered link by link without
# first checking whether all its values fit (the check costs the square of the values).
MAX_CHECKED_VALUES = 48


def _cluster(ms: Sequence[Mention], claims: Sequence[Claim], ctx: Evidence) -> _Clusters:
    """Complete-linkage clusters of the mentions, family bucket by family bucket.

    Links never cross buckets, and within a bucket never cross the sets of
    mentions that chains of links connect (`_connected`). Where every value
    of such a set fits every other source's value, each merge on the way is
    compatible, so the set ends as one cluster whatever the order of its
    links; only the other sets (a vague value that fits two rival ones) are
    clustered link by link, strongest first. At 80 sources most facts are
    the first kind, and their thousands of mention pairs are never scored.
    A bucket of two sources has few links per mention: it is clustered link
    by link directly.
    """
    by_family: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        # Names only ever link to the same name: bucket them by it, so a story
        # that names its protagonist 200 times costs no 200 x 200 comparisons.
        names = m.kind in (Kind.PERSON, Kind.ORG)
        by_family[slot_family(m) + ("=" + m.canonical if names else "")].append(i)
    cl = _Clusters(ms)
    for idx in by_family.values():
        if ms[idx[0]].kind in (Kind.PERSON, Kind.ORG):
            # Every cross-source pair of one name links and every merge is
            # compatible, so whatever the order the bucket ends as one cluster.
            for i in idx[1:]:
                cl.merge(idx[0], i)
            continue
        linkable = _linkable(ms, idx, ctx)
        if len({ms[i].source for i in idx}) <= FEW_SOURCES:
            _link_by_strength(ms, idx, linkable, claims, ctx, cl)
            continue
        joined = _connected(ms, idx, linkable, claims, ctx)
        usable = set(linkable)
        for group in joined.groups(idx):
            if (_all_fit(ms, group) and not _one_sentence_apart(ms, group) and _one_subject(ms, group, ctx)
                    and not coarse_in_group(ms, group, ctx) and not _told_otherwise_in(ms, group, ctx)):
                for i in group[1:]:
                    cl.merge(group[0], i)
            else:
                _link_by_strength(ms, group, [i for i in group if i in usable], claims, ctx, cl)
    return cl


# What a pair waiting in `_link_by_strength`'s queue is: proposed and not yet asked (waiting under
# its bound), asked (waiting under its strength), or a repeat within one source (strength 0).
_UNASKED, _ASKED, _REPEAT = 0, 1, 2
# A measure and the writer's conversion of it (`_conversions`): tied before any other link is asked.
_TIE = 3


def _link_by_strength(ms: Sequence[Mention], group: Sequence[int], linkable: list[int],
                      claims: Sequence[Claim], ctx: Evidence, cl: _Clusters) -> None:
    """Complete linkage over one connected set: strongest links first, a merge only when all values fit.

    The links are taken by strength, then by their mentions, but a pair is only asked its strength
    when its turn may have come: it waits under the most it could get (`_link_bound`), and one whose
    mentions are in one cluster by then is dropped unasked (clusters only grow, so at its turn it
    would have changed nothing). In a long story most linking pairs are such: one value's mentions,
    met pair by pair once they are one cluster.
    """
    queue: list[tuple[float, float, int, int, int]] = []
    # Most pairs a long story proposes state values that cannot fit, which _link_strength refuses
    # first: ruled out on the values' places, they cost no call.
    fits = Fits({i: fit_place(ms[i].value) for i in linkable})
    for i, j in _candidates(ms, linkable, claims, ctx, fits):
        if ms[i].source != ms[j].source:
            queue.append((-_link_bound(ms[i], ms[j], ctx), _gap(ms[i], ms[j]), i, j, _UNASKED))
    queue.extend((-0.0, 0.0, i, j, _REPEAT) for i, j in _repeats(ms, group))
    queue.extend((-math.inf, 0.0, i, j, _TIE) for i, j in _conversions(ms, group))
    heapq.heapify(queue)
    subjects = ms[group[0]].kind in SUBJECT_KINDS if group else False
    counts = ms[group[0]].kind is Kind.NUMBER if group else False
    refused = _Refused()
    while queue:
        entry = heapq.heappop(queue)
        key, gap, i, j, state = entry
        a, b = cl.of[i], cl.of[j]
        if a == b:
            continue
        if (a, b) in refused:
            # Refused before, and neither cluster has changed since: refused again, whatever the link.
            # A pair not yet asked may link more weakly than its bound, and its turn at that strength
            # may come after a cluster has changed: it waits, unasked, until one does (`_unpark`).
            if state == _UNASKED:
                refused.park(a, b, entry)
            continue
        if state == _TIE:
            cl.tie(i, j)
            continue
        if state == _UNASKED:
            s = _link_strength(ms[i], ms[j], ctx)
            if s is None:
                continue
            if -s != key:  # weaker than its bound: back in the queue at its strength
                heapq.heappush(queue, (-s, gap, i, j, _ASKED))
                continue
        elif state == _REPEAT and _about_different(ms[i], ms[j], ctx):
            continue
        if (cl.compatible(a, b) and not (subjects and _two_subjects(ms, cl, a, b, ctx))
                and not (counts and _two_nouns(ms, cl.members[a], cl.members[b], ctx))):
            cl.merge(i, j)
            for waiting in refused.forget(a, b):
                _unpark(ms, ctx, queue, waiting, entry)
        else:
            refused.add(a, b)


_Entry = tuple[float, float, int, int, int]


def _unpark(ms: Sequence[Mention], ctx: Evidence, queue: list[_Entry], waiting: _Entry, now: _Entry) -> None:
    """Put back a pair that waited unasked on a refused cluster pair, now that one of them has changed.

    Asked its strength now, it goes back in the queue as the walk would have put it when its turn
    came: not at all when it does not link, or when its turn at its strength is already past (the
    clusters were then still the refused pair, so it changed nothing), else at that strength.
    """
    _key, gap, i, j, _state = waiting
    s = _link_strength(ms[i], ms[j], ctx)
    if s is None:
        return
    turn = (-s, gap, i, j, _ASKED)
    if turn > now:
        heapq.heappush(queue, turn)


class _Refused:
    """The cluster pairs whose merge was refused, kept until either cluster changes.

    Whether two clusters may merge depends on their members alone (their
    values, spots, statements and counted nouns), so a pair of clusters
    refused once is refused again while neither has grown. In a long story a
    figure repeated for unrelated events links every cross-source pair of its
    mentions, and the same two clusters were tested again for each of those
    pairs: a share that grew with the square of the repetitions. Keyed by
    the clusters in the order they were tested (`_Clusters.compatible` is
    asked one way round).
    """

    def __init__(self) -> None:
        self.pairs: set[tuple[int, int]] = set()
        self.of: dict[int, list[tuple[int, int]]] = defaultdict(list)
        self.parked: dict[tuple[int, int], list[_Entry]] = defaultdict(list)

    def __contains__(self, pair: tuple[int, int]) -> bool:
        return pair in self.pairs

    def add(self, a: int, b: int) -> None:
        self.pairs.add((a, b))
        self.of[a].append((a, b))
        self.of[b].append((a, b))

    def park(self, a: int, b: int, entry: _Entry) -> None:
        """Keep a pair not yet asked whose turn came while its clusters were the refused pair (a, b)."""
        self.parked[(a, b)].append(entry)

    def forget(self, a: int, b: int) -> list[_Entry]:
        """Clusters a and b have merged: no refusal of either holds any longer.

        Returns the pairs that waited on those refusals, in the order they were parked.
        """
        waiting: list[_Entry] = []
        for root in (a, b):
            for pair in self.of.pop(root, ()):
                if pair in self.pairs:
                    self.pairs.discard(pair)
                    waiting.extend(self.parked.pop(pair, ()))
        return waiting


def _gap(a: Mention, b: Mention) -> float:
    """How far apart two linked figures are, relative to the larger: among links of equal strength,
    the nearer figures join first.

    "More than 1,200 bus stops" fits both figures of "the county's 1,650 bus
    stops, about 1,300 of them": the two links are equally strong (one
    passage, one noun), and the text's order used to choose. The figure a
    bound or a rounding is nearest to is the one it states. 0 for any
    other value (dates, quotes, words) and for two units or currencies,
    so their order is as before.
    """
    va, vb = a.value, b.value
    if not ((isinstance(va, Quantity) and isinstance(vb, Quantity) and va.unit == vb.unit)
            or (isinstance(va, Money) and isinstance(vb, Money) and va.currency == vb.currency)):
        return 0.0  # "22.4 feet" and "6.84 metres": figures in two units are not compared
    x, y = abs(va.amount), abs(vb.amount)
    top = max(x, y)
    return float(abs(x - y) / top) if top else 0.0


def _two_roles(ms: Sequence[Mention], group: Sequence[int]) -> bool:
    """True when two counts of the set are different figures of different roles (`factlinks.roles_apart`)."""
    stated = list({(roles_of(ms[i].cues), ms[i].value): i for i in group if roles_of(ms[i].cues)}.values())
    if len({roles_of(ms[i].cues) for i in stated}) < 2:
        return False
    return any(roles_apart(ms[i], ms[j]) for i, j in itertools.combinations(stated, 2))


def _scene_and_whole(ms: Sequence[Mention], group: Sequence[int]) -> bool:
    """True when the set holds a toll counted at the scene and another source's whole toll of its role
    (`factlinks.scene_and_whole`): such a set is clustered link by link, which keeps the two apart."""
    scene = [i for i in group if SCENE in ms[i].cues]
    return any(scene_and_whole(ms[i], ms[j]) and ms[i].source != ms[j].source for i in scene for j in group)


def _named_and_role(ms: Sequence[Mention], group: Sequence[int], ctx: Evidence) -> bool:
    """True when a role count and a named count of the set never link (`factlinks._role_told_otherwise`):
    such a set is clustered link by link, which keeps the two apart."""
    named = list({(ms[i].source, ms[i].value, ms[i].cues): i for i in group
                  if not roles_of(ms[i].cues) and count_stems(ms[i])}.values())
    if not named:
        return False
    roles = list({(ms[i].value, ms[i].cues): i for i in group if roles_of(ms[i].cues)}.values())
    return any(_role_told_otherwise(ms[i], ms[j], ctx) for i in named for j in roles)


def _two_nouns(ms: Sequence[Mention], xs: Iterable[int], ys: Iterable[int], ctx: Evidence) -> bool:
    """True when some count of ``xs`` and some of ``ys`` count nouns the story keeps apart (`countnouns`).

    Complete linkage over counted nouns, as `_two_subjects` over what
    percentages are about: a "38 draws" linked to nothing must not join
    "38 states" through a third source's bare "38".
    """
    nx = [i for i in _statements(ms, xs, ctx) if count_stems(ms[i])]
    ny = [i for i in _statements(ms, ys, ctx) if count_stems(ms[i])]
    if len(nx) * len(ny) > MAX_CHECKED_SUBJECTS * MAX_CHECKED_SUBJECTS:
        return False
    return any(_nouns_apart(ms[x], ms[y], ctx) for x in nx for y in ny)


def _two_subjects(ms: Sequence[Mention], cl: _Clusters, a: int, b: int, ctx: Evidence) -> bool:
    """True when some mention of cluster ``a`` and some of ``b`` are about different things.

    Complete linkage over what values are about, as over the values
    themselves: "1.1%" growth linked to "1.1%" growth, which a third
    source's "1.1%" matches by value alone, must not take in a 1.1% fall of
    a currency that the first source's words put elsewhere.
    """
    xs, ys = _statements(ms, cl.members[a], ctx), _statements(ms, cl.members[b], ctx)
    if len(xs) * len(ys) > MAX_CHECKED_SUBJECTS * MAX_CHECKED_SUBJECTS:
        return False
    return any(_about_different(ms[x], ms[y], ctx) for x in xs for y in ys)


def _all_fit(ms: Sequence[Mention], group: Sequence[int]) -> bool:
    """True when every value of the set fits every value another source states in it, both ways round
    (two cuts of one quotation fit when a third source quotes both: `quotevariants`)."""
    sources: dict[Value, set[str]] = defaultdict(set)
    for i in group:
        sources[ms[i].value].add(ms[i].source)
    if len(sources) > MAX_CHECKED_VALUES:
        return False
    kind = ms[group[0]].kind
    stated = [(s, v) for v, ss in sources.items() for s in ss] if kind is Kind.QUOTE else []
    return all(_same_values(kind, v, w, True) or len(sources[v] | sources[w]) == 1
               or (kind is Kind.QUOTE and held_together(v, w, sources[v] | sources[w], stated))
               for v in sources for w in sources)


# A set holding more distinct (source, window) statements than this is taken as one subject unchecked:
# the check costs the square of the statements (at 80 sources, 64 cost the judge five times its time),
# and a set that large is one fact told by many sources.
MAX_CHECKED_SUBJECTS = 16


# A connected set this large is merged whole without asking `_told_otherwise_in` (its pairs cost the square).
MAX_TOLD_OTHERWISE_GROUP = 48


def _told_otherwise_in(ms: Sequence[Mention], group: Sequence[int], ctx: Evidence) -> bool:
    """Whether a stronger claim keeps two of the set's measures apart (`factlinks._measure_told_otherwise`).

    Then the set is linked pair by pair (`_link_by_strength`), where
    `_link_strength` refuses that pair: merged whole, the weak claim that
    connected them made one agreed fact of a figure whose source states it,
    in a stronger claim, as the rival of the other source's other figure.
    """
    if len(group) > MAX_TOLD_OTHERWISE_GROUP or not ctx.claim_seats:
        return False
    return any(_measure_told_otherwise(ms[i], ms[j], ctx) or _measure_told_otherwise(ms[j], ms[i], ctx)
               for i, j in itertools.combinations(group, 2) if ms[i].source != ms[j].source)


def _one_subject(ms: Sequence[Mention], group: Sequence[int], ctx: Evidence) -> bool:
    """True when no two mentions in the set are about different things (`_about_different`).

    `_connected` joins mentions through shared claims and values without
    asking what each value is about, so a set whose values all fit may still
    hold two facts of one value; such a set is clustered link by link.
    """
    if ms[group[0]].kind is Kind.NUMBER:
        return (not _two_roles(ms, group) and not _two_nouns(ms, group, group, ctx)
                and not _scene_and_whole(ms, group) and not _named_and_role(ms, group, ctx))
    if ms[group[0]].kind not in SUBJECT_KINDS:
        return True
    distinct = _statements(ms, group, ctx)
    if len(distinct) > MAX_CHECKED_SUBJECTS:
        return True
    return not any(_about_different(ms[i], ms[j], ctx) for i, j in itertools.combinations(distinct, 2))


def _one_sentence_apart(ms: Sequence[Mention], group: Sequence[int]) -> bool:
    """True when one passage of the set gives two values that do not fit, in different units or as two
    counts of one noun: what `_Clusters._one_sentence_apart` keeps apart link by link.

    "2,100 of 2,400 schools" (a part and its whole), and "At 161 minutes the
    film plays ..., against five or six for a typical two-hour release" (a
    length and another film's): another source's "2 hours and 41 minutes"
    fits both of the latter, so the set's values all fit across sources, yet
    link by link the two never join. Such a set is clustered link by link.
    """
    seen: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for i in group:
        seen[(ms[i].source, ms[i].passage)].append(ms[i])
    return any(((x.slot != y.slot or count_stems(x) & count_stems(y))
                and not _same_values(x.kind, x.value, y.value, True))
               or (x.slot == y.slot and _bound_beside(x.value, y.value))
               for here in seen.values() if len(here) > 1 for x, y in itertools.combinations(here, 2))


_BOUND_QUALIFIERS = frozenset({ABOVE, BELOW, FLOOR, CEILING})


def _bounded(v: Value) -> bool:
    """A single measure or sum written as a bound: "at least 300 nautical miles", "up to $12 million".

    Not a bare count: "killing at least five people and injuring dozens"
    bounds two tolls of one sentence, which roles, not units, keep apart
    (on ECB+ the one false alarm of the rule without this guard).
    """
    if isinstance(v, Quantity) and v.unit is None:
        return False
    return isinstance(v, Quantity | Money) and v.high is None and v.qualifier in _BOUND_QUALIFIERS


def _bound_beside(va: Value, vb: Value) -> bool:
    """A bound and another measure of its unit in one sentence: two things, not one figure restated.

    "alerted all ships within 500 nautical miles and urged them to keep at
    least 300 nautical miles from the coast": a writer updating a figure in
    one sentence restates it plainly ("rose from 9 to 61"), but one who
    bounds one figure and gives another beside it states two, and a third
    source's "at least 300 nm", fitting both, must not make them one fact.
    """
    if not (_bounded(va) or _bounded(vb)) or not isinstance(va, Quantity | Money) \
            or not isinstance(vb, Quantity | Money) or va.high is not None or vb.high is not None:
        return False
    return va.amount != vb.amount


def _statements(ms: Sequence[Mention], idx: Iterable[int], ctx: Evidence) -> list[int]:
    """One mention per (source, words around it): what is about what is asked once per statement."""
    return list({(ms[i].source, ctx.window(ms[i])): i for i in idx}.values())


def _connected(ms: Sequence[Mention], idx: Sequence[int], linkable: list[int], claims: Sequence[Claim],
               ctx: Evidence) -> mentionindex.UnionFind:
    """Which mentions of one bucket chains of links connect, found without scoring every linked pair.

    A link needs two sources, fitting values and one of `_link_strength`'s
    reasons. Reasons shared by a whole group (one claim, one distinctive
    value, one figure, one role, one counted noun) connect the group through
    `mentionindex.connect`; the others (words around the values, passage
    similarity, quotations) are tried pair by pair, and only for pairs not
    connected yet.
    """
    joined = mentionindex.UnionFind()
    for i, j in _repeats(ms, idx) + _conversions(ms, idx):
        joined.union(i, j)
    if not linkable:
        return joined
    kind = ms[linkable[0]].kind

    def fits(va: Value, vb: Value) -> bool:
        return _same_values(kind, va, vb, True)

    def pairwise(pairs: Iterable[tuple[int, int]]) -> None:
        for i, j in pairs:
            a, b = ms[i], ms[j]
            # the sources first: a pair of one source never links, and costs no two finds
            if (a.source != b.source and joined.find(i) != joined.find(j) and fits(a.value, b.value)
                    and _link_strength(a, b, ctx) is not None):
                joined.union(i, j)

    if kind is Kind.QUOTE:  # two sources' mentions of one quotation always link (distinctive)
        for group in mentionindex.quote_groups(ms, linkable):
            mentionindex.connect(ms, group, joined, fits)
        return joined
    at = mentionindex.by_passage(ms, linkable)
    for c in claims:  # a shared claim always links
        members = [i for p in c.members for i in at.get((p.source, p.index), ())]
        if len(members) > 1:
            # A vague magnitude ("dozens") links pair by pair: _link_strength asks whether the figure
            # beside it counts another noun outside its range (factlinks._outside_magnitude).
            # So does a bound count beside another noun's count whose passage counts the bound's noun
            # too (factlinks.bound_beside_own_count): "more than 190,000 visits" fits a city's 290,000.
            vague = {i for i in members if magnitude(ms[i].value)
                     or (bound_count(ms[i]) and any(bound_beside_own_count(ms[i], ms[j], ctx)
                                                    for j in members if j != i))}
            mentionindex.connect(ms, [i for i in members if i not in vague], joined, fits)
            pairwise((min(i, j), max(i, j)) for i in vague for j in members if j != i)
    for key in (_role, _noun_key):  # one role, one counted noun: always links
        for group in mentionindex.key_groups(ms, linkable, key):
            kept = _without_bounds_beside_aligned(ms, group, ctx)
            mentionindex.connect(ms, kept, joined, fits)
            # A bound left out is refused by some members only: it still links to the others pair by
            # pair ("can seat up to 180 guests" with another outlet's "91 guests"), as _link_strength does.
            left = set(group) - set(kept)
            pairwise((min(i, j), max(i, j)) for i in left for j in group if j != i)
    # One value, figure or day links distinctive values; the other pairs these keys propose may still
    # link on their passages' score, which the scorer's own list of similar pairs can miss.
    distinctive = {i for i in linkable if _distinctive(ms[i])}
    undecided = []
    value_keys: tuple[Callable[[Mention], Hashable | None], ...] = (_canonical, _figure_key, _part_day,
                                                                    _instant_key, _half_day_key)
    for value_key in value_keys:
        for group in mentionindex.key_groups(ms, linkable, value_key):
            mentionindex.connect(ms, [i for i in group if i in distinctive], joined, fits)
            undecided.append(group)
    pairwise(mentionindex.same_key_pairs(ms, linkable, _round_key))  # "nearly 70 metres", "68 m"
    pairwise(hedged_round_pairs(ms, linkable))  # "nearly 40 minutes", "38 minutes and 20 seconds"
    pairwise(hedged_clock_pairs(ms, linkable))  # "just after 11pm", "11:15 p.m."
    pairwise(bound_count_pairs(ms, linkable))  # "more than 50 of the giant mammals", "52 whales"
    pairwise(mentionindex.same_key_pairs(ms, linkable, month_opening))  # "October 2028", "Oct. 1, 2028"
    pairwise(mentionindex.same_key_pairs(ms, linkable, month_closing))  # "by the end of March", "by 31 March"
    statements = mentionindex.context_groups(ms, linkable, ctx)
    if statements is None:
        pairwise(mentionindex.context_pairs(ms, linkable, ctx))
    else:  # near everywhere: mentions whose windows match link when their values fit (same_local_context)
        groups, matched = statements
        for group in groups:
            mentionindex.connect(ms, group, joined, fits)
        for x, y in matched:
            if ctx.same_context(ms[groups[x][0]], ms[groups[y][0]]):
                mentionindex.connect(ms, groups[x] + groups[y], joined, fits)
    partners = ctx.similar(LINK_SCORE)
    if partners is None:
        pairwise(mentionindex.scored_pairs(ms, linkable, ctx, LINK_SCORE))
    else:  # the scorer lists the similar passages: walk them without collecting the mention pairs
        for node, here in at.items():
            pairwise([(i, j) if i < j else (j, i) for partner in partners.get(node, ()) if node < partner
                      for i in here for j in at.get(partner, ())])
    for group in undecided:
        pairwise(_apart_pairs(group, distinctive, joined))
    return joined


def _without_bounds_beside_aligned(ms: Sequence[Mention], group: Sequence[int], ctx: Evidence) -> list[int]:
    """The group less its bound counts that `_link_strength` refuses to one of its members.

    A counted noun's group is connected without asking each pair its link; a
    bound whose own source counts the noun, in a sentence aligned with a
    member's, as a figure that does not fit (factlinks._bound_beside_aligned)
    is left to the pairwise links, which refuse it.
    """
    if len(group) < 2 or not any(isinstance(v := ms[i].value, Quantity) and v.qualifier in BOUND_QUALIFIERS
                                 for i in group):
        return list(group)
    return [i for i in group
            if not any(ms[j].source != ms[i].source and _bound_beside_aligned(ms[i], ms[j], ctx)
                       for j in group)]


def _apart_pairs(group: Sequence[int], distinctive: set[int],
                 joined: mentionindex.UnionFind) -> Iterator[tuple[int, int]]:
    """The pairs of one value key's group that `_connected` still tries: a vague value and any other.

    Pairs whose mentions are connected already can add nothing, and which
    mentions end up connected does not depend on the order pairs are tried
    (a pair is joined when its own link holds). So the group is split by what
    is connected when its turn comes, and only pairs across the parts are
    proposed: at 80 sources one value's mentions are mostly one part by then,
    and the group costs its stragglers, not the square of its size.
    """
    parts: dict[int, list[int]] = defaultdict(list)
    for i in group:
        parts[joined.find(i)].append(i)
    if len(parts) < 2:
        return
    for i in group:
        if i in distinctive:
            continue
        mine = joined.find(i)
        for root, members in parts.items():
            if root != mine:
                yield from ((i, j) for j in members if j in distinctive or j > i)


def _candidates(ms: Sequence[Mention], idx: list[int], claims: Sequence[Claim],
                ctx: Evidence, fits: Fits | None = None) -> set[tuple[int, int]]:
    """Every pair of one family bucket that `_link_strength` could link (mentionindex.py).

    Quotations link on their words alone (any two that may be the same
    quotation); other values link through a claim, their context words, a
    shared distinctive value, or similar passages. Only cross-source pairs
    whose values may fit (``fits``): `_link_strength` refuses the others
    first, and in one long paragraph a claim holds hundreds of values, nearly
    all of whose pairs cannot fit, so the indexes list a group's pairs that
    may fit without trying the others (`fitpairs`). When one claim holds
    every mention of the bucket, its pairs are all the cross-source pairs
    that may fit, and every other index could only propose some of them
    again: they are not asked.
    """
    if not idx:
        return set()
    if fits is None:
        fits = Fits({i: fit_place(ms[i].value) for i in idx})
    found = (mentionindex.quote_pairs(ms, idx) if ms[idx[0]].kind is Kind.QUOTE
             else _index_pairs(ms, idx, claims, ctx, fits))
    places = fits.places  # every index lists a pair lower index first: `may_fit` as `Fits.ok` asks it
    return {(i, j) for i, j in found if ms[i].source != ms[j].source and may_fit(places[i], places[j])}


def _index_pairs(ms: Sequence[Mention], idx: list[int], claims: Sequence[Claim], ctx: Evidence,
                 fits: Fits) -> set[tuple[int, int]]:
    """The pairs every index of `_candidates` proposes; only the claims' when one claim holds all of idx."""
    groups = mentionindex.claim_groups(ms, idx, claims)
    found = mentionindex.cross_pairs(ms, groups, fits)
    everyone = len(set(idx))
    if any(len(g) >= everyone and len(set(g)) == everyone for g in groups):  # a group's members are in idx
        return found
    return (found
            | mentionindex.context_pairs(ms, idx, ctx)
            | mentionindex.same_key_pairs(ms, idx, _canonical, fits)
            | mentionindex.same_key_pairs(ms, idx, _figure_key, fits)
            | mentionindex.same_key_pairs(ms, idx, _round_key, fits)
            | hedged_clock_pairs(ms, idx)
            | hedged_round_pairs(ms, idx)
            | bound_count_pairs(ms, idx)
            | mentionindex.same_key_pairs(ms, idx, month_opening, fits)
            | mentionindex.same_key_pairs(ms, idx, month_closing, fits)
            | mentionindex.same_key_pairs(ms, idx, _instant_key, fits)
            | mentionindex.same_key_pairs(ms, idx, _half_day_key, fits)
            | mentionindex.same_key_pairs(ms, idx, _part_day, fits)
            | mentionindex.same_key_pairs(ms, idx, _role, fits)
            | mentionindex.same_key_pairs(ms, idx, _noun_key, fits)
            | mentionindex.scored_pairs(ms, idx, ctx, LINK_SCORE, fits))
