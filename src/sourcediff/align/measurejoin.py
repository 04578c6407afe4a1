"""Passages stating one measure in other units or roundings join one claim (issue #11, step 9).

Outlets write one figure in their own way: "5.8 tonnes", "5,764 kg" and
"nearly six tonnes"; "560 km" and "348 miles"; "about 6,200 people" and
"between 6,000 and 6,500"; "0947 GMT" and "10:47 a.m. CET"; a vote's "34
votes to 17" and a list's "For: 34" over "Against: 17". The aligner's
value keys are the figures as written (features.value_family_key), so such
passages share no key, and when their wording differs too the pair model
scores them low and they never share a claim. Converted keys as model
features were a trade (benchmarks/notes/unit_keys.md: the model, trained on
keys as written, read them in ways it never saw), so this step leaves the
model alone and reads the judge's own normalisation after clustering
(benchmarks/notes/measure_join.md has the variants measured).

**One measure** (:func:`same_measure`): the judge would call two mentions one
value of one slot (compat.comparable, compat.same_thing, compat.compatible):
a measure in its dimension's base unit within compat.MAX_ROUNDING when
converted, a hedge's tolerance, a range holding the figure; clock times by
their UTC minute; money in one currency (the story's stated rates are applied
before alignment, extract.rates.convert_stated). Two precise figures of one
unit that are not one the other rounded ("46.2" and "45.8 degrees", within
the judge's 1%) are two figures.

**Distinctive** (:func:`_linked`): a clock time off the hour, a vote's tally (a game's score is said
with each moment of the game and is left out), or a figure that
is no date, part of day, age, bound ("more than"), order of magnitude
("thousands") or zero, and is precise (three significant digits), or is a
round unit measure of a dimension outlets convert or a count of
:data:`MIN_COUNT` or more that few passages of the story state (at most
:data:`RARITY` passages per source stating it). A unit measure stated as its
maximum ("up to 125mph") is that figure, not a bound, against a figure in
another unit (:func:`stated_maximum`, :func:`_one_measure`). Round money, percentages,
periods and small counts recur for many things in one story ("$2bn", "0.8%",
"two days", "seven"): they link nothing. A passage that gives its figure in
two units of which only one agrees ("46.2C (115.2F)" against "45.8C", the
Fahrenheit within the judge's rounding of both) does not link by it. A figure
that meets another source's passage as written ("about 800" and "800") has
found that source's statement of it: it does not link to the same source's
passages it meets only within rounding ("820 employed" against "about 800
sheltered"). Headlines never link: a headline sums up the story. A round sum of money
that few passages state links two passages when the pair model scored them
at ``merge_at`` or over too (:func:`money_links`); the caller holds each lead
``still`` then: a lead names the story's subject by its sum, so it joins
nothing by it (benchmarks/notes/align45.md). A bound ("more than 140 bones") that is
the story's one figure of its family cut to the bound's last digit ("143 bones") links the two
passages in a run of its own after it, leads included, when the candidates proposed the pair at any
score (:func:`bound_links`, benchmarks/notes/align45b.md).

**Joining**: for linked passages P and Q (two sources) that share no claim,
P joins a claim C holding Q when

- every member of C from another source is linked with P, or states another
  value of the measure's slot when the measure is a unit measure or a large
  count (an update, "15,200 hectares" on the Monday, or a divergence), and
  of one dimension when the words name it (:func:`dimensions_of`: "400 m
  wide" is no update of a start "at 1,900 m"): C is then a claim of that
  measure. A claim about more than the shared figure
  made the wrong pairs of multi_fact_leads.md;
- P's source has no passage in C but its headline, or its passages there
  state neither the measure nor any figure linked with C's other members
  (a lead seated in the claim of the raid, while the quantity its other
  sentence states is the claim's: that sentence joins too);
- P shares claims with no more than half of C's other-source members
  already (C is then a sibling the clustering split off P's claim on purpose,
  cluster.split_seats);
- P states no value conflicting with C's other-source members for a slot
  other than the measure's (:func:`_conflicts`);
- P does not state distinctive figures of two slots while sitting in a claim
  with another source already (a lead or a recap stating several facts: the
  seat rule and multifact.py decide where it belongs).

Q joins P's claims the same way; when several passages of one source could
join a claim, the one the pair model likes best with its members does. When
neither joins and neither sits in a claim with the other's source, the two
form a claim of their own (pairs sharing a passage, one passage per source,
form one claim). So do they when one of them sits in no claim and states one
measure only (a fact box's "Route length: 344 km") and the other links to no
other such passage of its source (:func:`_lone_partner`).

The step runs after the existing ones as its own function: it only adds
passages to claims and adds claims, reading the claims as they were given,
so the order of claims does not matter.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal

from sourcediff.compat import (
    base_factor,
    base_unit_value,
    comparable,
    compatible,
    counted,
    fraction_of_one,
    magnitude,
    role_key,
    same_thing,
    slot_family,
)
from sourcediff.extract.levels import rating
from sourcediff.extract.racedistances import SLOT as RACE_DISTANCE_SLOT
from sourcediff.extract.roles import ROLE_PREFIX
from sourcediff.extract.tallies import match_result
from sourcediff.model import Kind, Mention, SourceInfo
from sourcediff.regexcache import regex
from sourcediff.values import (
    ABOVE,
    BELOW,
    BOUND_QUALIFIERS,
    CEILING,
    ClockTime,
    Money,
    Quantity,
    Tally,
)

Pair = tuple[int, int]
# A measure as the mentions stating it read: their kinds, slots, values and cues.
Reading = frozenset[tuple[object, ...]]

# A round measure links two passages only when the story states it in at most this many passages
# per source stating it: a figure each outlet gives once or twice is one fact's, one repeated
# throughout the story is said of several things.
RARITY = 1.5
# A count under this is too common a figure ("seven arrested", "four reactors") to join passages by.
MIN_COUNT = 100
# Figures of this many significant digits or more are precise: 5,764 kg, 46.2 degrees, $4.52bn.
PRECISE_DIGITS = 3
# The dimensions whose figures outlets convert (compat's units): a round figure of these may link.
CONVERTED = frozenset({"distance", "speed", "mass", "area", "volume", "power", "energy", "temperature"})
# The sweep compares two figures of one family only when the larger lies within this share of the
# smaller (in the base unit): beyond every tolerance of the judge for unbounded figures (10%; 15%
# for "13 miles" read as nautical miles). Temperatures also get one degree (compat's Fahrenheit
# rounding is absolute).
_WINDOW = Decimal("0.16")
_NOT_MEASURES = ("number:age", "number:year", "number:month")
# The words that say which dimension of a thing a length measures ("400 m wide", "an altitude of
# 1,900 m", "6,200ft up"): width, length, height and depth are different things, all in metres.
_DIMENSION_WORDS = {
    "wide": "width", "broad": "width", "across": "width", "width": "width",
    "long": "length", "length": "length",
    "high": "height", "tall": "height", "up": "height", "height": "height", "altitude": "height",
    "elevation": "height",
    "deep": "depth", "thick": "depth", "depth": "depth", "thickness": "depth",
}
_DIMENSION_AFTER = regex(r"[\s-]*(wide|broad|across|long|high|tall|up|deep|thick)\b", re.IGNORECASE)
_DIMENSION_BEFORE = regex(r"\b(width|length|height|altitude|elevation|depth|thickness)(?:\s+of)?\s+$",
                          re.IGNORECASE)
# The values a measure has (`_measure` reads the kind and slot too). A vote tally ("34 votes to 17",
# "For: 34" over "Against: 17") is one too: two exact counts that name one division, whatever the words.
_MEASURE_VALUES = (ClockTime, Money, Quantity, Tally)
# A mention as the side tables name it: its source, passage and where it starts.
MentionKey = tuple[str, int, int]


def measures_of(sources: Sequence[SourceInfo], doc_keys: Sequence[tuple[str, int]]) -> list[list[Mention]]:
    """Each doc's figures and clock times (the mentions a measure may be), in doc order."""
    where = {key: n for n, key in enumerate(doc_keys)}
    out: list[list[Mention]] = [[] for _ in doc_keys]
    for s in sources:
        for m in s.mentions:
            # The type test first: most mentions (names, quotes, dates) are no figure, and it costs no call.
            if isinstance(m.value, _MEASURE_VALUES) and _measure(m):
                if isinstance(m.value, Tally) and match_result(s.article.text, m.span.start, m.span.end):
                    continue  # a game's score is said with each of its moments: it joins no claim
                n = where.get((m.source, m.passage))
                if n is not None:
                    out[n].append(m)
    return out


def key_of(m: Mention) -> MentionKey:
    """What names a mention in the step's side tables (its dimension word)."""
    return (m.source, m.passage, m.span.start)


def dimensions_of(sources: Sequence[SourceInfo]) -> dict[MentionKey, str]:
    """The dimension a unit measure's words name ("wide", "altitude of"), for those that name one.

    Read from the article around the figure: the extractors keep no such cue for a bare measure.
    """
    out = {}
    for s in sources:
        text = s.article.text
        for m in s.mentions:
            if not isinstance(m.value, Quantity) or m.value.unit is None or not _measure(m):
                continue
            found = (_DIMENSION_AFTER.match(text, m.span.end)
                     or _DIMENSION_BEFORE.search(text[max(0, m.span.start - 30):m.span.start]))
            if found:
                out[key_of(m)] = _DIMENSION_WORDS[found.group(1).lower()]
    return out


def _measure(m: Mention) -> bool:
    """A figure, tally or clock time the judge compares by value; no date, part of day, age or interval."""
    if isinstance(m.value, ClockTime | Tally):
        return True
    return (isinstance(m.value, Money | Quantity) and m.kind in (Kind.NUMBER, Kind.MONEY, Kind.PERCENT)
            and not m.slot.startswith(_NOT_MEASURES) and not rating(m))


def _digits(v: Money | Quantity) -> int:
    return _shape(v.amount)[0]


@functools.cache
def _shape(amount: Decimal) -> tuple[int, int | None]:
    """A figure's significant digits and the exponent of its last one (0, None for no finite figure)."""
    t = abs(amount).normalize().as_tuple()
    return (len(t.digits), t.exponent) if isinstance(t.exponent, int) else (0, None)


def _candidate(m: Mention) -> bool:
    """A measure that may link passages at all: no bound, order of magnitude or clock time on the hour.

    Nor a race's trip ("1m4f", "a mile and a half": extract.racedistances): the race's own attribute,
    restated in its lead, its winning time and its card alike, it tells no passage's pair. Nor a fraction
    of one unit in words ("half a mile", "a quarter of a mile"): a rough measure, like "about a mile",
    said of many things in one story (a resident's "half a mile from the site" is no school's "about 800
    metres from the site boundary": compat.fraction_of_one).
    """
    if m.slot == RACE_DISTANCE_SLOT or fraction_of_one(m):
        return False
    v = m.value
    if isinstance(v, Tally):
        return True
    if isinstance(v, ClockTime):
        return v.minute != 0  # on the hour: said of many things in a story
    return (isinstance(v, Money | Quantity) and v.qualifier not in BOUND_QUALIFIERS and not magnitude(v)
            and v.amount != 0)


def stated_maximum(m: Mention) -> bool:
    """A unit measure written as its maximum ("up to 125mph", "up to 260 metres"): that figure, no bound.

    A ceiling on a count or a sum bounds an unknown figure or sets a limit ("up to 40 people", "fines
    of up to £5,000"), and the judge reads it so. A speed, length or mass "up to" X is what another
    outlet calls the "top speed" or "maximum height" of X, converted as often as not ("a top speed of
    200 km/h" against "whizz along at up to 125mph"): the figure the others state. It links as
    that figure, and only within rounding of it (:func:`_one_measure`), never as a bound holding
    every smaller figure.
    """
    v = m.value
    return (isinstance(v, Quantity) and v.qualifier == CEILING and v.unit is not None and v.high is None
            and m.kind is Kind.NUMBER and slot_family(m).partition(":")[2] in CONVERTED)


def _one_measure(a: Mention, b: Mention) -> bool:
    """:func:`same_measure`, with a stated maximum read as its figure, and only against other units.

    Written in the same unit, "up to 4 metres" and "4 metres" share the aligner's value key already,
    and a ceiling there is as often a bound on an estimate ("up to 20,000 barrels" against "about
    14,000 barrels"): the judge's reading decides, as before. Converted, they share no key, and only
    the figure itself is evidence: "up to 125mph" is "200 km/h", not "100 km/h".
    """
    if stated_maximum(a) != stated_maximum(b):
        return _other_units(a, b) and same_measure(_as_figure(a), _as_figure(b))
    return same_measure(a, b)  # two maxima the judge reads figure for figure (compat._both_ceilings)


def _other_units(a: Mention, b: Mention) -> bool:
    """Whether two measures are written in different units ("125mph" and "200 km/h")."""
    return getattr(a.value, "unit", None) != getattr(b.value, "unit", None)


def _as_figure(m: Mention) -> Mention:
    """A stated maximum (:func:`stated_maximum`) read as its plain figure; any other mention as it is."""
    if not stated_maximum(m):
        return m
    assert isinstance(m.value, Quantity)
    return replace(m, value=replace(m.value, qualifier=None))


def _precise(m: Mention) -> bool:
    v = m.value
    if isinstance(v, ClockTime):
        return True
    return isinstance(v, Money | Quantity) and v.high is None and _digits(v) >= PRECISE_DIGITS


def _round_ok(m: Mention) -> bool:
    """Whether a round figure may link when the story states it rarely: a unit measure or a large count."""
    v = m.value
    if not isinstance(v, Quantity) or m.kind is not Kind.NUMBER:
        return False
    if v.unit is None:
        return v.amount >= MIN_COUNT
    return slot_family(m).partition(":")[2] in CONVERTED


def _distinctive(m: Mention, round_money: bool = False) -> bool:
    """A measure precise enough, or of a kind rare enough, to link passages (rarity aside).

    A tally is one of the rare kinds: it must pass the rarity test, since a match's score ("beat the
    Chiefs 20-13") is the story itself, repeated by every outlet in its headline and its lead.
    ``round_money`` takes a round sum too (:func:`money_links`).
    """
    return _candidate(m) and (_precise(m) or _round_ok(m) or isinstance(m.value, Tally)
                              or (round_money and _round_money(m)))


def _round_money(m: Mention) -> bool:
    """A round sum of money ("£46m", "$1.2bn", "€40 million"): no percentage, no count."""
    return isinstance(m.value, Money) and m.kind is Kind.MONEY


def _multi(x: int, measures: Sequence[Sequence[Mention]]) -> bool:
    """Whether passage x states distinctive figures of two slots or more: a lead, a recap."""
    return len({role_key(m) for m in measures[x] if _distinctive(m)}) >= 2


def _family(m: Mention) -> str:
    """What the sweep groups by: the judge's slot family (money by currency, measures by dimension)."""
    return "clock" if isinstance(m.value, ClockTime) else slot_family(m)


def _rounds_to(a: Decimal, b: Decimal) -> bool:
    """Whether one figure is the other rounded to its last digit: 5,760 is 5,764 to tens, 45.8 is not 46.2."""
    if a == b:
        return True
    for short, long in ((a, b), (b, a)):
        exponent = _shape(short)[1]
        if exponent is not None and long.quantize(Decimal(1).scaleb(exponent), ROUND_HALF_UP) == short:
            return True
    return False


def same_measure(a: Mention, b: Mention) -> bool:
    """Whether the judge reads a and b as one value of one slot, and their digits allow it (see module)."""
    if isinstance(a.value, ClockTime) != isinstance(b.value, ClockTime):
        return False
    va, vb = a.value, b.value
    if (isinstance(va, Money | Quantity) and isinstance(vb, Money | Quantity) and _precise(a) and _precise(b)
            and base_factor(va) == base_factor(vb) and not _rounds_to(va.amount, vb.amount)):
        return False
    return comparable(a, b) and same_thing(a, b) and compatible(a, b)


def _close_pairs(ms: Sequence[Mention]) -> Iterator[tuple[int, int]]:
    """Index pairs of ms that the judge might read as one value: a sorted sweep per family.

    Comparing every pair of a family would grow with its square (80 sources state thousands of
    figures). Clock times meet only on a shared reading or UTC minute (compat._clock).
    """
    by_family: dict[str, list[tuple[Decimal, Decimal, int]]] = defaultdict(list)
    by_minute: dict[int, list[int]] = defaultdict(list)
    for n, m in enumerate(ms):
        v = m.value
        if isinstance(v, Tally):
            continue  # a tally meets only the same tally, which `_linked` pairs by its reading already
        if isinstance(v, ClockTime):
            for minute in {v.hour * 60 + v.minute, *(() if v.utc is None else (v.utc,))}:
                by_minute[minute].append(n)
            continue
        assert isinstance(v, Money | Quantity)
        lo, hi = base_unit_value(v)
        by_family[slot_family(m)].append((lo, hi, n))
    clocks = {(i, j) for group in by_minute.values() for x, i in enumerate(group) for j in group[x + 1:]}
    yield from sorted(clocks)
    for family, rows in by_family.items():
        rows.sort()
        slack = Decimal(1) if family.endswith("temperature") else Decimal(0)
        yield from _family_pairs(ms, rows, slack)


def _family_pairs(ms: Sequence[Mention], rows: Sequence[tuple[Decimal, Decimal, int]],
                  slack: Decimal) -> Iterator[tuple[int, int]]:
    """The sweep's pairs of one family's sorted rows, in its order, less those same_measure refuses first.

    Every row meets the rows after it up to ``_WINDOW`` beyond its figure. In a long story most of
    those are two precise figures of one unit (amounts of money, exact counts), which
    :func:`same_measure` refuses unless one is the other rounded: a window holds hundreds of them
    and matches a few, so a 60,000-word story asked 170,000 pairs for 1,300 matches. Such pairs are
    found by lookup instead: the figure itself and its roundings among the other precise figures'
    values, and the figure among their roundings (:func:`_rounding_index`). The pairs left out are
    exactly those same_measure would refuse, and the others come in the sweep's order.
    """
    los = [lo for lo, _hi, _n in rows]
    # The unit of each row's figure when it is precise (only those same_measure holds to rounding).
    units = [_precise_unit(ms[n]) for _lo, _hi, n in rows]
    by_value, by_rounding, roundings = _rounding_index(ms, rows, units)
    # For each unit: the rows that are not precise figures of that unit (all may meet its figures).
    apart = {unit: [y for y, u in enumerate(units) if u != unit] for unit in set(units) if unit is not None}
    for x, (_lo, hi, i) in enumerate(rows):
        end = max(x + 1, bisect.bisect_right(los, hi + abs(hi) * _WINDOW + slack))
        unit = units[x]
        if unit is None:
            ys: Iterable[int] = range(x + 1, end)
        else:
            others = apart[unit]
            near = others[bisect.bisect_right(others, x):bisect.bisect_left(others, end)]
            amount = _amount(ms[i])
            rounded = {y for key in roundings[x] for y in by_value.get((unit, key), ())}
            rounded.update(by_rounding.get((unit, amount), ()))
            ys = sorted([*near, *(y for y in rounded if x < y < end
                                  and _rounds_to(amount, _amount(ms[rows[y][2]])))])
        for y in ys:
            yield i, rows[y][2]


def _precise_unit(m: Mention) -> Decimal | None:
    """The base factor of a precise figure (same_measure holds two of one factor to rounding), else None."""
    v = m.value
    return base_factor(v) if isinstance(v, Money | Quantity) and _precise(m) else None


def _amount(m: Mention) -> Decimal:
    assert isinstance(m.value, Money | Quantity)
    return m.value.amount


def _roundings(amount: Decimal) -> Iterator[Decimal]:
    """The figure rounded to its own last digit and to each coarser one (as :func:`_rounds_to` rounds).

    Beyond its leading digit a figure rounds to zero, which no precise figure is.
    """
    digits, exponent = _shape(amount)
    assert exponent is not None
    for e in range(exponent, exponent + digits + 1):
        yield amount.quantize(Decimal(1).scaleb(e), ROUND_HALF_UP)


def _rounding_index(ms: Sequence[Mention], rows: Sequence[tuple[Decimal, Decimal, int]],
                    units: Sequence[Decimal | None]) -> tuple[dict[tuple[Decimal, Decimal], list[int]],
                                                              dict[tuple[Decimal, Decimal], list[int]],
                                                              list[tuple[Decimal, ...]]]:
    """The precise rows by (unit, figure) and by (unit, each coarser rounding of the figure), and each
    row's :func:`_roundings` (empty for a figure that is not precise), made once for the sweep to read.

    Two precise figures round to each other when they are equal, when one is the other rounded to
    its last digit (found among the first figure's roundings in the first index), or the other way
    round (found under the first figure in the second).
    """
    by_value: dict[tuple[Decimal, Decimal], list[int]] = defaultdict(list)
    by_rounding: dict[tuple[Decimal, Decimal], list[int]] = defaultdict(list)
    roundings: list[tuple[Decimal, ...]] = []
    for y, ((_lo, _hi, n), unit) in enumerate(zip(rows, units, strict=True)):
        if unit is None:
            roundings.append(())
            continue
        amount = _amount(ms[n])
        by_value[(unit, amount)].append(y)
        roundings.append(tuple(_roundings(amount)))
        for rounded in roundings[-1][1:]:
            by_rounding[(unit, rounded)].append(y)
    return by_value, by_rounding, roundings


def _linked(measures: Sequence[Sequence[Mention]], source_of: Sequence[str],
            titles: Collection[int], round_money: bool = False) -> dict[Pair, list[Mention]]:
    """Passage pairs (i < j) of two sources stating one distinctive measure, with the mentions stating it."""
    flat = [(n, m) for n, ms in enumerate(measures) if n not in titles for m in ms
            if _distinctive(m, round_money) or (stated_maximum(m) and _distinctive(_as_figure(m)))]
    ms = [m for _, m in flat]
    # Mentions of one kind, slot, value and cues are one measure to the judge: compare each such
    # reading once (a long story repeats its figures), then pair their mentions.
    readings: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for x, m in enumerate(ms):
        readings[(m.kind, m.slot, m.value, m.cues)].append(x)
    groups = list(readings.values())
    firsts = [ms[g[0]] for g in groups]
    matching = [(a, b) for a, b in _close_pairs(firsts) if _one_measure(firsts[a], firsts[b])]
    same = [(i, j) for g in groups for x, i in enumerate(g) for j in g[x + 1:]]
    same += [(i, j) if i < j else (j, i) for a, b in matching for i in groups[a] for j in groups[b]]
    stated: dict[int, set[int]] = defaultdict(set)  # mention -> the passages stating its measure
    partners: dict[int, set[int]] = defaultdict(set)  # mention -> the mentions stating its measure
    for x, (n, _m) in enumerate(flat):
        stated[x].add(n)
    for i, j in same:
        stated[i].add(flat[j][0])
        stated[j].add(flat[i][0])
        partners[i].add(j)
        partners[j].add(i)

    rare = [_precise(m) or len(stated[x]) <= RARITY * len({source_of[n] for n in stated[x]})
            for x, m in enumerate(ms)]
    # i's passage gives i's figure in another unit too ("46.2C (115.2F)"): i links only where both do
    # (read from i's partners, not from every mention of its passage: one paragraph of a thousand
    # sentences is one passage)
    siblings = {i: frozenset(k for k in partners[i]
                             if flat[k][0] == flat[i][0] and _family(ms[k]) == _family(ms[i]))
                for i in range(len(ms))}

    def converts_other(i: int, j: int) -> bool:
        # Some sibling of i does not state j's measure: k agrees with j exactly when k is j's partner.
        # A subset test (in C) over the siblings, not a Python loop per sibling: one paragraph of a
        # thousand sentences gave every mention of a repeated figure every other as a sibling.
        return bool(siblings[i]) and not siblings[i] <= partners[j]

    kept = [(i, j) for i, j in same
            if source_of[flat[i][0]] != source_of[flat[j][0]] and rare[i] and rare[j]
            and not converts_other(i, j) and not converts_other(j, i)]
    # Whether each kept pair states its figure as written, read once per pair of readings: it depends
    # on the two values only, and one reading's mentions meet another's in every source (at 80
    # sources a figure all of them state makes thousands of pairs of two readings).
    group_of = [0] * len(ms)
    for g_n, g in enumerate(groups):
        for x in g:
            group_of[x] = g_n
    by_groups: dict[tuple[int, int], bool] = {}

    def written(i: int, j: int) -> bool:
        key = (group_of[i], group_of[j])
        found = by_groups.get(key)
        if found is None:
            found = by_groups[key] = _as_written(ms[i], ms[j])
        return found

    as_written = [written(i, j) for i, j in kept]
    # i meets the very figure it states in a passage of that source: its nearby figures there are not it
    exact = {(i, source_of[flat[j][0]]) for (a, b), w in zip(kept, as_written, strict=True) if w
             for i, j in ((a, b), (b, a))}
    out: dict[Pair, list[Mention]] = defaultdict(list)
    for (i, j), w in zip(kept, as_written, strict=True):
        (p, mp), (q, mq) = flat[i], flat[j]
        if not w and ((i, source_of[q]) in exact or (j, source_of[p]) in exact):
            continue
        out[(p, q) if p < q else (q, p)].extend([mp, mq])
    return dict(out)


def links_of(measures: Sequence[Sequence[Mention]], source_of: Sequence[str],
             titles: Collection[int] = ()) -> dict[Pair, list[Mention]]:
    """Passage pairs of two sources stating one distinctive measure (see the module doc), with the mentions.

    Made once per story: join_measures and multifact.join_multi_measure both read them.
    """
    return _linked(measures, source_of, titles)


def money_links(measures: Sequence[Sequence[Mention]], source_of: Sequence[str], probs: Mapping[Pair, float],
                merge_at: float, titles: Collection[int] = ()) -> dict[Pair, list[Mention]]:
    """Passage pairs linked by a rare round sum of money that the pair model scored at ``merge_at`` or over.

    A round sum recurs for several things in one story ("$2bn" raised, "$2bn" lost), so alone it links
    nothing; one each outlet states once or twice, in two passages the model already reads as one
    claim ("raise about 46 million pounds a year" in a lead, "bring in £46m a year" further down),
    names one fact. The model's score is what the precise figures' links do without.
    """
    out: dict[Pair, list[Mention]] = {}
    for pair, mentions in _linked(measures, source_of, titles, round_money=True).items():
        if any(_round_money(m) and not _precise(m) for m in mentions) and probs.get(pair, 0.0) >= merge_at:
            out[pair] = mentions
    return out


def bound_links(measures: Sequence[Sequence[Mention]], source_of: Sequence[str], probs: Mapping[Pair, float],
                floor: float, titles: Collection[int] = ()) -> dict[Pair, list[Mention]]:
    """Pairs: one passage states a figure, the other bounds it at its rounding; proposed at ``floor`` or over.

    "More than 86,000 adults" is how a tabloid tells a study's "86,450 adults"; "just over 38,000
    tonnes" a quota of 38,200 tonnes. The judge reads such a bound as true of any figure up to twice
    it (compat._bounded), so measurejoin's candidates leave bounds out; here the bound must be the
    figure cut to the bound's last digit (:func:`_told`): "more than 140" tells 143, not 151 nor 180.
    The figure must be the only one of its family and unit the story's bound may tell that way (an
    "about 2,100 of 2,400 schools" gives "more than 2,000 schools" two), rare itself (RARITY
    passages per source), and the two mentions one slot to the judge counting one noun or role
    (:func:`_one_noun`). A bound written "above"/"below" is a threshold more often than a hedge
    ("temperatures above 40C", "speeds above 400 km/h"): it links nothing.
    """
    flat = [(n, m) for n, ms in enumerate(measures) if n not in titles for m in ms
            if isinstance(m.value, Money | Quantity) and m.value.high is None and m.value.amount > 0
            and not magnitude(m.value)]
    bounds = [(n, m) for n, m in flat if _qualifier(m) in (ABOVE, BELOW) and not _threshold(m)]
    if not bounds:
        return {}
    figures = [(n, m) for n, m in flat if _qualifier(m) not in BOUND_QUALIFIERS]
    sources: dict[object, set[str]] = defaultdict(set)
    passages: dict[object, set[int]] = defaultdict(set)
    by_family: dict[object, list[tuple[int, Mention]]] = defaultdict(list)  # each bound reads its family's
    for n, m in figures:
        key = (_family(m), _amount(m))
        sources[key].add(source_of[n])
        passages[key].add(n)
        by_family[key[0]].append((n, m))
    out: dict[Pair, list[Mention]] = {}
    for p, b in bounds:
        told = [(q, f) for q, f in by_family.get(_family(b), ()) if _told(b, f)]
        amounts = {_amount(f) for _q, f in told}
        if len(amounts) != 1:
            continue  # no figure, or several the bound may tell: it names none
        key = (_family(b), next(iter(amounts)))
        if len(passages[key]) > RARITY * len(sources[key]):
            continue
        for q, f in told:
            pair = (p, q) if p < q else (q, p)
            if (source_of[p] != source_of[q] and pair in probs and probs[pair] >= floor and _one_noun(b, f)
                    and comparable(b, f) and same_thing(b, f) and compatible(b, f)):
                out.setdefault(pair, []).extend([b, f])
    return out


def _qualifier(m: Mention) -> str | None:
    return m.value.qualifier if isinstance(m.value, Money | Quantity) else None


def _threshold(m: Mention) -> bool:
    """A bound written with "above"/"below": a threshold ("deaths above 8,000 m"), seldom a hedge."""
    return m.raw.lstrip().lower().startswith(("above", "below"))


def _one_noun(a: Mention, b: Mention) -> bool:
    """Two figures naming one thing: a count of one noun or one role, a measure in one unit, one currency.

    A bare count ("below 15,000") against a majority of 14,730 names nothing to match.
    """
    if a.kind is not Kind.NUMBER or (isinstance(a.value, Quantity) and a.value.unit is not None):
        return True  # a unit or a currency, which _told holds one
    roles = [c for c in a.cues if c.startswith(ROLE_PREFIX)]
    return bool(counted(a) & counted(b)) or bool(roles and role_key(a) == role_key(b))


def _told(bound: Mention, figure: Mention) -> bool:
    """Whether ``bound`` ("more than 140") is ``figure`` (143) cut to the bound's last digit, in one unit.

    The figure states more digits than the bound and lies on the bound's side of it: "more than" cuts
    down, "less than" cuts up.
    """
    b, f = bound.value, figure.value
    assert isinstance(b, Money | Quantity) and isinstance(f, Money | Quantity)
    if type(b) is not type(f) or base_factor(b) != base_factor(f) or _digits(f) <= _digits(b):
        return False
    if (getattr(b, "unit", None), getattr(b, "currency", None)) != (getattr(f, "unit", None),
                                                                     getattr(f, "currency", None)):
        return False
    exponent = _shape(b.amount)[1]
    if exponent is None:
        return False
    above = b.qualifier == ABOVE
    if (f.amount > b.amount) != above:
        return False
    return f.amount.quantize(Decimal(1).scaleb(exponent), ROUND_DOWN if above else ROUND_UP) == b.amount


def _as_written(a: Mention, b: Mention) -> bool:
    """Whether two mentions of one measure state one figure in one unit ("about 600" and "600").

    A passage meeting another source's passage by such a figure has found that source's statement
    of it; the same source's passages meeting it only within rounding ("820" against "about 800")
    state something else (a workforce against a night's shelter), and do not link by it.
    """
    va, vb = a.value, b.value
    if isinstance(va, ClockTime) or isinstance(vb, ClockTime):
        return True  # clocks link by one minute already: none is nearer than another
    if isinstance(va, Tally) or isinstance(vb, Tally):
        return va == vb
    return (isinstance(va, Money | Quantity) and isinstance(vb, Money | Quantity) and type(va) is type(vb)
            and (va.amount, va.high, getattr(va, "unit", None), getattr(va, "currency", None))
            == (vb.amount, vb.high, getattr(vb, "unit", None), getattr(vb, "currency", None)))


def _conflicts(x: int, claim: Sequence[int], measures: Sequence[Sequence[Mention]], source_of: Sequence[str],
               shared: Collection[str]) -> bool:
    """Whether x states a value of a slot (not the shared measure's) that the claim's members state otherwise.

    A slot the claim's other-source members state and x states too, with no value of x's agreeing
    with theirs: the claim is about another value of that fact, and x would bring a false divergence.
    """
    theirs = [m for n in claim if source_of[n] != source_of[x] for m in measures[n]]
    for mine in measures[x]:
        slot = role_key(mine)
        if slot in shared or isinstance(mine.value, ClockTime):
            continue
        rivals = [m for m in theirs if role_key(m) == slot and comparable(mine, m) and same_thing(mine, m)]
        if rivals and not any(compatible(mine, m) for m in rivals):
            return True
    return False


class _Story:
    """The claims as given, the links between passages, and who sits where: what the join tests read."""

    def __init__(self, claims: Sequence[Sequence[int]], links: Mapping[Pair, list[Mention]],
                 source_of: Sequence[str], measures: Sequence[Sequence[Mention]],
                 titles: Collection[int], dimensions: Mapping[MentionKey, str]) -> None:
        self.claims, self.links, self.source_of = claims, links, source_of
        self.measures, self.titles, self.dimensions = measures, titles, dimensions
        self.asked: dict[tuple[int, int, Reading], bool] = {}
        self.several: dict[int, bool] = {}
        self.holding: dict[int, list[int]] = defaultdict(list)
        for c, claim in enumerate(claims):
            for n in claim:
                self.holding[n].append(c)

    def linked(self, a: int, b: int) -> bool:
        return ((a, b) if a < b else (b, a)) in self.links

    def states_other_value(self, n: int, mentions: Sequence[Mention]) -> bool:
        """Whether passage n states another value of the measure's slot: an update, a divergence.

        Only for unit measures and large counts (_round_ok): a money or percentage slot holds
        every sum or share of the story, and a clock slot every event's time. Two lengths are one
        slot only when their words name one dimension, or neither names any: a rockfall "400 m wide"
        and its start "at 1,900 m" are two facts, not an update.
        """
        return any(_round_ok(a) and role_key(a) == role_key(b) and comparable(a, b) and same_thing(a, b)
                   and self.dimensions.get(key_of(a)) == self.dimensions.get(key_of(b))
                   for a in mentions for b in self.measures[n])

    def neighbours(self, n: int) -> set[int]:
        """The passages sharing a claim with n."""
        return {m for c in self.holding.get(n, ()) for m in self.claims[c] if m != n}

    def unseated(self, n: int) -> bool:
        """Whether passage n sits in no claim and states one measure only ("Route length: 344 km").

        A fact box's line or a one-figure sentence the model scored low with every
        wording: its one figure is all it says, so the passage stating that figure is its
        partner even when its source sits beside that passage through another sentence.
        """
        return not self.holding.get(n) and not self.multi(n)

    def with_source(self, n: int, source: str) -> bool:
        """Whether passage n sits in a claim with a passage of ``source``."""
        return any(self.source_of[m] == source for m in self.neighbours(n))

    def joins(self, x: int, c: int, mentions: Sequence[Mention], reading: Reading) -> bool:
        """Whether x may join claim c by the measure ``mentions`` state (the tests of the module doc).

        Asked once per passage, claim and ``reading`` of the measure: at 80 sources a passage is
        linked with the many members of one claim, each link asking the same question.
        """
        key = (x, c, reading)
        if key not in self.asked:
            self.asked[key] = self._joins(x, c, mentions)
        return self.asked[key]

    def multi(self, x: int) -> bool:
        if x not in self.several:
            self.several[x] = _multi(x, self.measures)
        return self.several[x]

    def _joins(self, x: int, c: int, mentions: Sequence[Mention]) -> bool:
        claim, source_of = self.claims[c], self.source_of
        others = [n for n in claim if source_of[n] != source_of[x]]
        if not others or not all(self.linked(x, n) or self.states_other_value(n, mentions) for n in others):
            return False
        own = [n for n in claim if source_of[n] == source_of[x] and n not in self.titles]
        if any(same_measure(a, b) for n in own for a in mentions for b in self.measures[n]):
            return False
        if any(self.linked(o, n) for o in own for n in others):
            return False  # x's source states the claim's figure in another passage: that one is its seat
        if 2 * len(self.neighbours(x).intersection(others)) > len(others):
            return False
        return not _conflicts(x, claim, self.measures, source_of, {role_key(m) for m in mentions})


def join_measures(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
                  measures: Sequence[Sequence[Mention]], titles: Collection[int] = (),
                  dimensions: Mapping[MentionKey, str] | None = None,
                  links: Mapping[Pair, list[Mention]] | None = None,
                  still: Collection[int] = ()) -> list[list[int]]:
    """The claims with passages stating one measure joined, and new claims of two (see the module doc).

    ``dimensions`` are the unit measures' dimension words (:func:`dimensions_of`); none when not given.
    ``links`` are :func:`links_of` the same measures, when the caller made them already. Passages in
    ``still`` count as linked members of a claim but neither join one nor pair off (leads, for
    :func:`money_links`).
    """
    links = _linked(measures, source_of, titles) if links is None else links
    if not links:
        return claims
    story = _Story(claims, links, source_of, measures, titles, dimensions or {})
    holding = story.holding

    def prob(a: int, b: int) -> float:
        return probs.get((a, b), probs.get((b, a), 0.0))

    # (passage, source) -> how many of that source's unseated passages it links
    partners: Counter[tuple[int, str]] = Counter()
    for p, q in links:
        partners[(p, source_of[q])] += story.unseated(q)
        partners[(q, source_of[p])] += story.unseated(p)
    best: dict[tuple[int, str], tuple[float, int]] = {}  # (claim, source) -> (probability, -passage)
    alone: list[Pair] = []
    for (p, q), mentions in sorted(links.items()):
        if set(holding[p]) & set(holding[q]):
            continue  # one claim holds both already
        joined = False
        reading = frozenset((m.kind, m.slot, m.value, m.cues) for m in mentions)
        for x, y in ((p, q), (q, p)):
            if x in still:
                continue
            if story.multi(x) and any(source_of[n] != source_of[x] for n in story.neighbours(x)):
                continue  # a lead or recap seated already: the seat rule and multifact.py place it
            for c in holding[y]:
                if story.joins(x, c, mentions, reading):
                    joined = True
                    key, value = (c, source_of[x]), (max(prob(x, n) for n in claims[c]), -x)
                    best[key] = max(best.get(key, value), value)
        apart = not story.with_source(p, source_of[q]) and not story.with_source(q, source_of[p])
        lone = _lone_partner(p, q, story, partners) or _lone_partner(q, p, story, partners)
        if not joined and (apart or lone) and p not in still and q not in still:
            alone.append((p, q))
    out = [list(c) for c in claims]
    for (c, _source), (_p, x) in sorted(best.items()):
        out[c].append(-x)
    out.extend(_pair_claims(alone, source_of))
    seen: set[tuple[int, ...]] = set()
    unique = []
    for claim in (sorted(set(c)) for c in out):
        if tuple(claim) not in seen:
            seen.add(tuple(claim))
            unique.append(claim)
    return unique


def _lone_partner(x: int, y: int, story: _Story, partners: Counter[tuple[int, str]]) -> bool:
    """Whether unseated x ("Route length: 344 km") and y pair although y's claims hold x's source.

    x sits in no claim and states one measure only (`_Story.unseated`), and y links to no other
    such passage of x's source: the one figure x says is y's, so they pair. When y links to two
    lines of x's source ("Construction: +28k" and "Revision: -28k"), the figure alone cannot say
    which.
    """
    return story.unseated(x) and partners[(y, story.source_of[x])] == 1


def _pair_claims(pairs: Sequence[Pair], source_of: Sequence[str]) -> list[list[int]]:
    """New claims from linked pairs: pairs sharing a passage form one claim when no source repeats."""
    from sourcediff.mentionindex import UnionFind  # here: mentionindex imports the align package

    joined = UnionFind()
    for p, q in pairs:
        joined.union(p, q)
    groups: dict[int, list[Pair]] = defaultdict(list)
    for p, q in pairs:
        groups[joined.find(p)].append((p, q))
    out = []
    for linked in groups.values():
        members = {n for pair in linked for n in pair}
        if len({source_of[n] for n in members}) == len(members):
            out.append(sorted(members))
        else:
            out.extend(sorted(pair) for pair in linked)
    return out
