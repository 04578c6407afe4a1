"""Divergent pairs found by the words around two values, not by aligned passages.

Divergence rules of diverge.divergent_pairs for values whose sentences are
worded too differently to align: the rare words right around the two values
match (`_context_pairs`), or, in one claim, the two passages count the same
named thing (`_claim_count_pairs`). Split out because they pair mentions
through the mention index and statements rather than through claims.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from sourcediff.casepeople import case_people, subject_people, told_of_two_people
from sourcediff.casesteps import steps_differ, steps_of
from sourcediff.changeperiods import periods_differ
from sourcediff.compat import UNIT_REACH, comparable, compatible, counted, role_key, same_thing, slot_family
from sourcediff.divergepair import Compatible, divergeable, one_size, same_day
from sourcediff.evidence import CONTEXT_CHARS, Evidence, _ends
from sourcediff.extract.money import CONVERSION
from sourcediff.extract.roles import roles_of
from sourcediff.extract.stamps import STAMP
from sourcediff.extract.updates import EARLIER, update_side
from sourcediff.factlinks import FitPlace, fit_place, may_fit
from sourcediff.fitpairs import Fits
from sourcediff.mentionindex import all_near, context_pairs, window_pairs
from sourcediff.model import Kind, Mention
from sourcediff.partcounts import count_scope, counts_part, parts_differ, scopes_apart
from sourcediff.regexcache import regex
from sourcediff.subjectorgs import subject_orgs
from sourcediff.sumroles import roles_apart, sum_role
from sourcediff.terms import weighted_overlap
from sourcediff.text import fold
from sourcediff.values import DateValue, Quantity, Value


def _context_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Incompatible values whose surrounding words say they fill the same slot.

    "made landfall near A Coruña at around 4 am" and "came ashore near A
    Coruña at about 6am", or "three people were still missing" and "four
    people are still missing", sit in sentences too differently worded to
    align, but the rare words right around the values match. Only near
    passages count (evidence.CONTEXT_REACH): further on, a long story reuses
    its phrasing for other events.
    """
    # A count that names nothing it counts ("3.5 million") has no words of its own to match.
    lone = _alone_in_passage(ms)
    beside = _dates_beside(ms, ctx.texts)
    earlier = _earlier_after_figure(ms, ctx.texts)
    cand = [i for i, m in enumerate(ms)
            if (divergeable(m) or (m.slot.endswith(":count") and m.cues)) and ctx.window(m) and lone[i]
            and not beside[i] and not earlier[i] and not _comparison_window(ctx.texts[m.source], m)]
    by_family: dict[str, list[int]] = defaultdict(list)
    for i in cand:
        by_family[slot_family(ms[i])].append(i)
    # Pairs come from within one family: comparable(a, b) holds for each. Equal values that are
    # compatible with themselves never contradict each other: the index leaves those pairs out.
    reflexive: dict[tuple[str, Value], bool] = {}

    def value_key(m: Mention) -> Value | None:
        key = (slot_family(m), m.value)
        if key not in reflexive:
            reflexive[key] = compatible(m, m)
        return m.value if reflexive[key] else None

    same = Compatible()
    # Beyond sources and places, the rules read only what a mention states and the words around it:
    # many sources stating one value in one phrasing are decided once.
    statement: dict[tuple[object, ...], int] = {}
    # The steps a date's clause names, a count marked as a part, and the share of the story a count's clause
    # names (one named place, or the whole) are read too (casesteps, partcounts).
    scope = {i: count_scope(ms[i], ctx.texts) for i in cand}
    # A sum's role, a saving or a cost, is read from the word that governs it (sumroles).
    role = {i: sum_role(ms[i], ctx.texts) for i in cand}
    said = {i: statement.setdefault((ms[i].kind, ms[i].slot, ms[i].value, ms[i].cues, ctx.window(ms[i]),
                                     steps_of(ctx.texts[ms[i].source], ms[i]),
                                     counts_part(ms[i], ctx.texts), scope[i], role[i]), len(statement))
            for i in cand}
    decided: dict[tuple[int, int], bool] = {}

    def contradict(i: int, j: int) -> bool:
        key = (said[i], said[j])
        if key not in decided:
            a, b = ms[i], ms[j]
            decided[key] = (comparable(a, b) and same_thing(a, b) and same_day(a, b)
                            and not _orders_apart(a, b) and not same(a, b, slot_family(a))
                            and ctx.same_context(a, b) and not periods_differ(a, b, ctx.texts)
                            and not steps_differ(a, b, ctx.texts) and not parts_differ(a, b, ctx.texts)
                            and not scopes_apart(a, b, scope[i], scope[j])
                            and not roles_apart(role[i], role[j]))
        return decided[key]

    pairs = []
    for idx in by_family.values():
        if all_near(ms, idx, ctx):
            pairs.extend(_statement_pairs(ms, idx, ctx, said, value_key, contradict))
            continue
        for i, j in context_pairs(ms, idx, ctx, apart=value_key, tight=True):
            if ms[i].source != ms[j].source and ctx.near(ms[i], ms[j]) and contradict(i, j):
                pairs.append((i, j))
    # Figures told of two people each named with an age ("Ann Colley, 68, paid £22 a month"), or each the one
    # person its sentence names before it ("Harold Pembry has worked there for 31 years"), are two facts.
    people = {**subject_people(ms, ctx.texts, set(itertools.chain.from_iterable(pairs))),
              **case_people(ms, ctx.texts)}
    pairs = [(i, j) for i, j in pairs if not told_of_two_people(i, j, people)]
    # Figures each told of one organisation its sentence names, or "It" stands for ("Halvesby scored 98.7",
    # "It scored 78.9" of another university), two organisations, are two facts (subjectorgs).
    bodies = subject_orgs(ms, ctx.texts, set(itertools.chain.from_iterable(pairs)))
    pairs = [(i, j) for i, j in pairs if not told_of_two_people(i, j, bodies)]
    matched = _Matched(ms, ctx, same, asked=itertools.chain.from_iterable(pairs))
    return sorted((i, j) for i, j in pairs if not (matched(i, ms[j].source) or matched(j, ms[i].source)))


class _Matched:
    """Whether another source states a value that fits a mention's, anywhere in the mention's family.

    Words around two values are the weakest evidence that they fill one
    slot: "The target is 92%." shares its one rare word with another
    outlet's "against a target of 85%" (a second target), yet that outlet
    also states the 92% ("promises that 92% of patients ..."), in words of
    its own. An outlet that gives the value itself has not contradicted
    it; its other figure is another fact, and a rivalry read from the
    words alone is refused. Not when the equal figure counts another thing
    ("26 towns" is no "26 matches": `compat.same_thing`). Asked once per
    value, cues and source.
    """

    def __init__(self, ms: Sequence[Mention], ctx: Evidence, same: Compatible,
                 asked: Iterable[int] = ()) -> None:
        self.ms, self.ctx, self.same = ms, ctx, same
        # One mention per statement (kind, value, cues) of a source's family, the first in order: a later one
        # with the statement of an earlier one is asked the same (`same` remembers the two values, and
        # `same_thing` reads kind, value and cues), so it never changes the answer. In a long story a source
        # restates its figures, and each mention asked once per value and source was a share of the square
        # of the story's length (perf38).
        self.by_source: dict[tuple[str, str], list[int]] = defaultdict(list)
        stated: set[tuple[object, ...]] = set()
        for k, m in enumerate(ms):
            family = slot_family(m)
            statement = (m.source, family, m.kind, m.value, m.cues)
            if statement not in stated:
                stated.add(statement)
                self.by_source[(m.source, family)].append(k)
        self.seen: dict[tuple[object, ...], bool] = {}
        # The mentions that will be asked, by family: a source's mentions that may fit them are listed once
        # for all of them (`_fitting`).
        self.announced = set(asked)
        self.asked: dict[str, list[int]] = defaultdict(list)
        for i in sorted(self.announced):
            self.asked[slot_family(ms[i])].append(i)
        self.places: dict[int, FitPlace | None] = {}
        self.fitting: dict[tuple[str, str], dict[int, list[int]]] = {}

    def __call__(self, i: int, source: str) -> bool:
        m = self.ms[i]
        family = slot_family(m)
        key = (m.kind, m.slot, m.value, m.cues, source)
        if key not in self.seen:
            place = self._place(i)
            self.seen[key] = any(may_fit(place, self._place(k)) and self.same(m, self.ms[k], family)
                                 and same_thing(m, self.ms[k]) for k in self._fitting(i, source, family))
        return self.seen[key]

    def _place(self, k: int) -> FitPlace | None:
        if k not in self.places:
            self.places[k] = fit_place(self.ms[k].value)
        return self.places[k]

    def _fitting(self, i: int, source: str, family: str) -> list[int]:
        """The source's statements of the family that may fit mention i's value, in their order.

        Why: each question once read every statement of the source's family, a share of the square of a
        long story's length (perf38: 256 questions, 64,362 statements at 30k words an article). A pair
        `may_fit` refuses is one `compatible` refuses whatever roles the two mentions have (`may_fit`
        reads values only, and `compatible` reads roles only to refuse), so `same` would have answered
        False and remembered False, which any later asking of those two values answers too: skipping
        the pair changes neither this answer nor a later one. The pairs that may fit come from one sweep
        over the family's asked mentions and the source's statements (`fitpairs.Fits.between`, every
        pair `may_fit` accepts and perhaps more), kept in the list's order, so the pairs asked, and what
        `same` remembers of them, are the scan's.
        """
        members = self.by_source[(source, family)]
        if i not in self.announced or len(members) < _SWEEP_FROM:
            # A mention nobody announced, or a source with few statements of the family: the whole list,
            # as before (`__call__` asks `may_fit` of each pair first, so the pairs `same` is asked, in
            # order, are the sweep's). With many sources the sweep over every source's asked mentions
            # cost more than the short lists it spared (80 sources: 0.46 -> 2.5 s in this rule).
            return members
        key = (source, family)
        if key not in self.fitting:
            asked = self.asked[family]
            fits = Fits({k: self._place(k) for k in itertools.chain(asked, members)})
            wanted, listed = set(asked), set(members)
            found: dict[int, set[int]] = defaultdict(set)
            for a, b in fits.between(asked, members):
                if a in wanted and b in listed:
                    found[a].add(b)
                if b in wanted and a in listed:
                    found[b].add(a)
            for q in wanted & listed:  # a mention asked of its own source: the sweep pairs two mentions
                found[q].add(q)
            self.fitting[key] = {q: sorted(ks) for q, ks in found.items()}
        return self.fitting[key].get(i, [])


# Below this many statements of a family in a source, `_Matched._fitting` reads the source's list whole.
_SWEEP_FROM = 64


# A superlative or a "first" earlier in the clause, then "in" right before the span: "the largest exchange
# in a decade", "the worst flooding in 40 years", "for the first time in two years".
_SUPERLATIVE_BEFORE = regex(
    r"\b(?:largest|biggest|worst|best|highest|lowest|deadliest|longest|shortest|strongest|weakest|hottest|"
    r"coldest|wettest|driest|heaviest|busiest|fastest|slowest|first|most|fewest|least)\b[^.;:!?]*?"
    r"\bin\s+(?:(?:the\s+)?(?:past|last|nearly|almost|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_WINDOW_REACH = 90


def _comparison_window(text: str, m: Mention) -> bool:
    """A span that only frames a superlative ("the largest exchange in a decade"), not a span of the story.

    "The worst flooding in 40 years" states no duration of anything: it
    says how far back one must look for a match. Read as a duration it met
    another outlet's "held for more than three years" by the words around
    the two, and a false divergence was reported.
    """
    if m.kind is not Kind.NUMBER:
        return False
    return _SUPERLATIVE_BEFORE.search(text, max(0, m.span.start - _WINDOW_REACH), m.span.start) is not None


def _orders_apart(a: Mention, b: Mention) -> bool:
    """Two counts an order of magnitude apart or more: a part and its whole, never two readings of one count.

    Alike words say two counts fill one slot, but "injuring at least two
    people" (a television crew) and "About 100 people have been injured"
    (the week's protests) share their words and count different sets; two
    outlets' readings of one count are never tenfold apart (compat.UNIT_REACH).
    """
    va, vb = a.value, b.value
    if not (a.slot.endswith(":count") and isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return False
    low, high = sorted((va.amount, vb.amount))
    return low > 0 and high >= low * UNIT_REACH


# In one claim, the words around two counts of one named thing need match only this much (against
# evidence.CONTEXT_MIN_OVERLAP alone): the claim and the noun say the rest.
CLAIM_COUNT_MIN_OVERLAP = 0.3


def _claim_count_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Two sources' counts of one named thing, in passages of one claim: "162 passengers" against "165".

    A count without a role word ("passengers", not "dead") diverges only on
    matching words around it (`_context_pairs`); "was carrying 162
    passengers and six crew members" and "The Airbus, carrying 165
    passengers and six crew, plunged ..." share "carrying", "passengers"
    and "six crew", yet the rest of each window (the route, the dive) keeps
    them under CONTEXT_MIN_OVERLAP. Half that overlap will do when the
    aligner put the two passages in one claim, each passage counts that
    noun once (`_alone_in_passage`), the noun is a specific one (`_counted`:
    not "people"), the figures are of one size, and the two passages agree
    on a count of another named thing ("six crew" in both: they list the
    same figures) or on a measure ("6,812 kg" and "15,000 pounds" of one
    haul, `_shared_measure`). Passages naming people must share one: "Vaughn finished
    with 16 points and nine rebounds" and "Clark finished with 22 points and
    nine rebounds" list two players' figures (on ECB+, the rule without these
    two guards raised false alarms from 0.70 to 0.73 a topic, nearly all box
    scores). A day both passages date their count to (`_shared_day`: "opened
    on Friday in 4,412 theaters", "Opened: Friday, July 10, in 4,421
    theatres") says as much as a shared figure; with it, only two passages
    that both name people, none of them the same, are kept apart, since a
    passage naming the film's director says nothing of whose count it gives.
    """
    lone = _alone_in_passage(ms)
    by_noun: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if (m.kind is Kind.NUMBER and m.slot.endswith(":count") and lone[i] and not roles_of(m.cues)
                and isinstance(m.value, Quantity) and m.value.qualifier is None and m.value.high is None
                and _plain_count(m)):
            noun = counted(m)
            if noun:
                by_noun[noun].append(i)
    counts: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for idx in by_noun.values():
        for i in idx:
            counts[(ms[i].source, ms[i].passage)].append(ms[i])
    named: dict[tuple[str, int], set[str]] = defaultdict(set)
    measures: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    days: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for m in ms:
        if m.kind is Kind.PERSON and (m.source, m.passage) in counts:
            named[(m.source, m.passage)].add(fold(m.canonical).split()[-1])
        elif _measure(m) and (m.source, m.passage) in counts:
            measures[(m.source, m.passage)].append(m)
        elif _day(m) and (m.source, m.passage) in counts:
            days[(m.source, m.passage)].append(m)
    pairs = []
    for idx in by_noun.values():
        for i, j in itertools.combinations(idx, 2):
            a, b = ms[i], ms[j]
            na, nb = named[(a.source, a.passage)], named[(b.source, b.passage)]
            if (a.source == b.source or ctx.shared_claim(a, b) is None or not one_size(a, b)
                    or (na and nb and na.isdisjoint(nb))  # "Vaughn finished with 16 points", "Clark 22"
                    or compatible(a, b) or compatible(b, a) or not same_thing(a, b)
                    or parts_differ(a, b, ctx.texts)):  # "his first 9 seasons" is no rival of "14 seasons"
                continue
            ka, kb = (a.source, a.passage), (b.source, b.passage)
            listed = ((not (na or nb) or not na.isdisjoint(nb))
                      and (_shared_count(counts[ka], counts[kb], counted(a))
                           or _shared_measure(measures[ka], measures[kb]))) or _shared_day(days[ka], days[kb])
            listed = listed or _shared_tail(ctx.texts[a.source], a, ctx.texts[b.source], b)
            if listed and weighted_overlap(ctx.window(a), ctx.window(b), ctx.idf) >= CLAIM_COUNT_MIN_OVERLAP:
                pairs.append((i, j))
    return pairs


# The words a count's tail is read as: letters only, up to the sentence's end or the next figure.
_TAIL_WORD = regex(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[\d.!?;:]")
_TAIL_STOP = frozenset("one two three four five six seven eight nine ten eleven twelve dozen hundred "
                       "thousand million".split())
# How many words after two counts must be the same: the noun and two more ("seafarers on board").
TAIL_WORDS = 3


def _tail(text: str, m: Mention) -> tuple[str, ...]:
    """The first `TAIL_WORDS` words after a count, folded; fewer at a figure or the sentence's end."""
    out: list[str] = []
    for w in _TAIL_WORD.finditer(text, m.span.end, min(len(text), m.span.end + 80)):
        word = fold(w.group(0))
        if not word[0].isalpha() or word in _TAIL_STOP or len(out) == TAIL_WORDS:
            break
        out.append(word)
    return tuple(out)


def _shared_tail(text_a: str, a: Mention, text_b: str, b: Mention) -> bool:
    """True when the same three words follow both counts ("24 seafarers on board", "25 seafarers on board").

    The noun and the words after it, written alike, say the two figures
    count one set of things as plainly as a second shared figure does
    (`_shared_count`), when a passage gives only the one count. Words stop
    at a figure or a number word, so "16 points and nine rebounds" and "22
    points and nine rebounds" share no tail: a box score lists two players.
    """
    tail = _tail(text_a, a)
    return len(tail) == TAIL_WORDS and tail == _tail(text_b, b)


def _shared_count(xs: list[Mention], ys: list[Mention], noun: frozenset[str]) -> bool:
    """True when the two passages agree on a count of another named thing ("six crew" in both)."""
    return any(counted(x) == counted(y) != noun and compatible(x, y) for x in xs for y in ys)


# Units of time are left out of the measures two passages may share: "in 90 minutes", "for two years" time
# many different things, while a weight, a length or a volume is the one figure of what the passages tell.
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})


def _measure(m: Mention) -> bool:
    """A figure with a unit of weight, length, volume or the like: no percent, no span of time, no age."""
    v = m.value
    return (m.kind is Kind.NUMBER and isinstance(v, Quantity) and v.unit is not None and v.unit != "%"
            and v.unit not in _TIME_UNITS and not m.slot.endswith(":age") and _plain_count(m))


def _shared_measure(xs: list[Mention], ys: list[Mention]) -> bool:
    """True when the two passages agree on a measure ("6,812 kg" and "15,000 pounds" of one haul).

    As a shared count does, a shared measure says the two passages list the
    same figures: "seized 6,812 kg of scales in three containers" and "15,000
    pounds of scales crammed into four containers" count the same containers.
    """
    return any(comparable(x, y) and compatible(x, y) for x in xs for y in ys)


def _day(m: Mention) -> bool:
    """A resolved date of one day ("Friday", "July 10"): no month, year or unresolved weekday."""
    v = m.value
    return (m.kind is Kind.DATE and isinstance(v, DateValue) and v.precision == "day"
            and v.start is not None and v.start == v.end)


def _shared_day(xs: list[Mention], ys: list[Mention]) -> bool:
    """True when the two passages date their count to the same day ("opened on Friday in 4,412 theaters").

    "opened on Friday in 4,412 theaters" and "Opened: Friday, July 10, in
    4,421 theatres" tell one event of one day, and so count one set of
    screens; as a shared count or measure does, the shared day says the two
    passages state the same figures. Only whole days resolved to one date
    count: a year or a month is shared by many events of a story.
    """
    return any(x.value == y.value for x in xs for y in ys)


def _plain_count(m: Mention) -> bool:
    """A count that is no stamp or conversion (`divergeable` asks a role of counts; this rule does not)."""
    return STAMP not in m.cues and CONVERSION not in m.cues


def _alone_in_passage(ms: Sequence[Mention]) -> list[bool]:
    """Whether each count or measure is the only value of its family (and role) its sentence states.

    The words around a figure say which slot it fills only when the sentence
    fills that slot once. "the 13-inch and 15-inch models", "landed 178 of
    369 punches", "75 kilometers (50 miles) west of the city": the words
    around each figure are the words around its sibling too, so they match
    another source's words for either (on ECB+, another product's size,
    another quake's distance). Aligned passages follow the same rule
    (`divergent_pairs` keeps a passage's single value of a family only).
    Counts of different things are no siblings: in "2,029 points in 106
    games" each figure has its own noun. Money and percentages are left
    out: "earned $2.15 a share, beating estimates of $1.95" gives each
    figure its own role, and the earnings must still meet their rival.
    """
    # Only counts and measures are keyed: every other kind's family (role_key's head) differs from theirs.
    keys = [(m.source, m.passage, role_key(m), counted(m) if m.slot.endswith(":count") else frozenset())
            if m.kind is Kind.NUMBER else None for m in ms]
    values: dict[tuple[str, int, str, frozenset[str]], set[Value]] = defaultdict(set)
    for m, key in zip(ms, keys, strict=True):
        if key is not None:
            values[key].add(m.value)
    return [key is None or len(values[key]) == 1 for key in keys]


def _earlier_after_figure(ms: Sequence[Mention], texts: dict[str, str]) -> list[bool]:
    """Whether each figure is a change's old value right after its new one, in the same sentence.

    "The depot reported a median wait of 4.2 minutes, down from 6.0 minutes
    the year before": the words around "6.0" are the words of "4.2" ("depot",
    "median", "wait"), so they matched another outlet's "the median wait was
    9.5 minutes" and set the old value against a current one of another
    subject. The old value (extract.updates' EARLIER cue) borrows its
    sentence's words from the new one; claims and consensus still weigh it.
    """
    by_source: dict[tuple[str, Kind], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        by_source[(m.source, m.kind)].append(i)
    out = [False] * len(ms)
    for (source, _), idx in by_source.items():
        text = texts[source]
        order = sorted(idx, key=lambda k: ms[k].span.start)
        for i, j in itertools.pairwise(order):
            a, b = ms[i], ms[j]
            if (update_side(b) != EARLIER or update_side(a) == EARLIER or a.span.end > b.span.start
                    or b.span.start - a.span.end > CONTEXT_CHARS):
                continue
            if not _ends(text[a.span.end:b.span.start]):
                out[j] = True
    return out


def _dates_beside(ms: Sequence[Mention], texts: dict[str, str]) -> list[bool]:
    """Whether each date has another date of its source within its window, in the same sentence.

    "The ban took effect on Wednesday and will be reviewed on June 24": the
    words around "Wednesday" reach "reviewed", which are the words around
    "June 24" too, so they matched another outlet's "will be reviewed on
    June 26" and set the start day against the review day, leaving the two
    review days apart. As with counts (`_alone_in_passage`), a sentence
    that dates two steps says nothing by its words about which one a
    partner's date is; claims and consensus still weigh such dates.
    """
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if m.kind is Kind.DATE:
            by_source[m.source].append(i)
    beside = [False] * len(ms)
    for source, idx in by_source.items():
        text = texts[source]
        order = sorted(idx, key=lambda k: ms[k].span.start)
        for i, j in itertools.pairwise(order):
            a, b = ms[i], ms[j]
            if a.value == b.value or b.span.start - a.span.end > CONTEXT_CHARS or a.span.end > b.span.start:
                continue
            if not _ends(text[a.span.end:b.span.start]):
                beside[i] = beside[j] = True
    return beside


def _statement_pairs(ms: Sequence[Mention], idx: Sequence[int], ctx: Evidence, said: dict[int, int],
                     value_key: Callable[[Mention], Value | None],
                     contradict: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """`_context_pairs` for one family whose articles are short (every passage near every other).

    Then a pair's fate depends on its two statements alone (value, slot,
    cues, words around), so statements are paired, by their windows, and
    only the pairs of contradicting statements are listed mention by
    mention: 80 sources agreeing in one phrasing cost one statement.
    """
    members: dict[int, list[int]] = defaultdict(list)
    for i in sorted(idx):
        members[said[i]].append(i)
    by_window: dict[frozenset[str], list[int]] = defaultdict(list)
    for sid, group in members.items():
        by_window[ctx.window(ms[group[0]])].append(sid)
    windows = list(by_window)
    matched = window_pairs(windows, ctx) | {(x, x) for x in range(len(windows))}
    # The one source of a statement all of whose mentions come from one, else None: two statements
    # of one source pair no mentions (a pair needs two sources).
    alone = {sid: ms[group[0]].source if all(ms[i].source == ms[group[0]].source for i in group) else None
             for sid, group in members.items()}
    pairs = []
    for x, y in matched:
        # `contradict` asks same_context, which reads the two windows only: asked once a window pair
        # here. The filter proposes far more pairs than match (in one dense paragraph, 147,000 window
        # pairs for 1,308 matches), and each was asked of its statements both ways round.
        if not ctx.same_context(ms[members[by_window[windows[x]][0]][0]],
                                ms[members[by_window[windows[y]][0]][0]]):
            continue
        for sa in by_window[windows[x]]:
            for sb in by_window[windows[y]]:
                if x == y and sb < sa:
                    continue  # each statement pair once
                if alone[sa] is not None and alone[sa] == alone[sb]:
                    continue
                ga, gb = members[sa], members[sb]
                key = value_key(ms[ga[0]])
                if key is not None and key == value_key(ms[gb[0]]):
                    continue  # one value that fits itself: never a contradiction
                if not (contradict(ga[0], gb[0]) or contradict(gb[0], ga[0])):
                    continue
                for i in ga:
                    for j in gb:
                        lo, hi = (i, j) if i < j else (j, i)
                        if (sa != sb or i < j) and ms[i].source != ms[j].source and contradict(lo, hi):
                            pairs.append((lo, hi))
    return pairs
