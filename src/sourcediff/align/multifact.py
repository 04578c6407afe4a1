"""A passage stating several facts joins the claims of its other figures (issue #11, step 8).

A story's lead, or a live blog's recap, states several facts in one sentence
("erupted on Tuesday, blasting a 9 km ash column and forcing 6,200 people
out"). The pair model scores such a passage low against a one-fact sentence
of another outlet (the length ratio, little word cover, its other figures
counted as conflict), and clustering gives a passage one seat: the lead ends
up in one claim, and the gold pairs of its other facts are lost, as are the
facts the judge would have built from them (benchmarks/notes/multi_fact_leads.md).

The evidence used here is a figure, as cluster.box_pairs uses a fact-box
line's: a passage P stating two or more figures (cluster.figure_keys) joins a
claim C it is not in when

- every member of C from another source states a figure of P's that is no
  weak key (:func:`joins_by`), and the index proposed P with one of them (a
  passage it never looked at is no evidence);
- those members state no figure P does not state (clock times on the hour
  aside): C is then the claim *of* that figure. A claim whose members also
  state other figures is about more than the shared one (a vote and the new
  rate, the end of a strike as well as its start), and sharing one of its
  figures made the wrong pairs of the variants measured in the note;
- P states no other value of that figure's family (a lead giving two
  distances says nothing sure about which the claim's is);
- no member of C from another source is a headline (``titles``): a
  headline sums up the story, and leads joining the headlines' claim made
  ECB+ wrong pairs without finding a gold one;
- P's source has no passage in C but its headline: a body sentence of P's
  source in C states the fact already and holds the seat (a lead joining the
  claim of its own fact-box line made a wrong pair on pharma).

Weak keys never join: dates and parts of day (figure_keys drops them), a
count that is not precise without its noun ("nine", cluster.precise_key),
clock times on the hour, and identifiers (a flight number names the story's
subject, so every sentence about it shares it).

The step runs after cluster.claims_from, as its own function, so the
clustering steps stay as they are; it only adds passages to claims.

:func:`join_multi_measure` (step 10, after measurejoin.join_measures) does
the same for a figure written in other units, roundings or zones ("at 23:40"
and "at 11.40pm", "2.2 million litres" and "about 14,000 barrels"), which
share no key: it reads measurejoin's links and equivalences, for the
multi-fact passages that step leaves to this module.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence

from sourcediff.align.cluster import COUNT_FAMILY, Pair
from sourcediff.align.clusterfigures import precise_key
from sourcediff.align.measurejoin import MentionKey, _conflicts, _round_ok, _Story, key_of, same_measure
from sourcediff.compat import comparable, compatible, role_key, same_thing
from sourcediff.extract.stamps import STAMP
from sourcediff.model import Mention, SourceInfo
from sourcediff.values import ClockTime, Quantity

CLOCK = "time:clock="


def _family(key: str) -> str:
    return key.partition("=")[0]


def _on_the_hour(key: str) -> bool:
    """A clock time on the hour ("09:00", "midnight"): stated of many things in a story, so no evidence."""
    return key.startswith(CLOCK) and key.endswith(":00")


def joins_by(key: str) -> bool:
    """True for a figure that may join a passage to a claim: no weak key (see the module docstring)."""
    family = _family(key)
    if family == COUNT_FAMILY:  # a count without its noun: unread, or dropped by figure_keys as precise
        return precise_key(key)
    return not _on_the_hour(key) and ":identifier" not in family


def join_multi_fact(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
                    figures: Sequence[frozenset[str]], titles: Collection[int] = ()) -> list[list[int]]:
    """The claims, each joined by the passages stating several facts that share its figure (see module).

    The claims are read as they are given: a passage joins on what the earlier steps built, never
    on another passage this step added, so the order of claims does not matter.
    """
    many = {n for n, keys in enumerate(figures) if len(keys) >= 2 and any(joins_by(k) for k in keys)}
    if not many:
        return claims
    near: dict[int, set[int]] = defaultdict(set)  # a multi-fact passage -> its candidate partners
    for i, j in probs:
        if i in many:
            near[i].add(j)
        if j in many:
            near[j].add(i)
    towards: dict[int, set[int]] = defaultdict(set)  # a passage -> the multi-fact passages proposed with it
    for x, partners in near.items():
        for m in partners:
            towards[m].add(x)
    out = [list(c) for c in claims]
    for n, claim in enumerate(claims):
        members = set(claim)
        # only a passage proposed with a member can join: the cost follows the members' degrees
        for x in sorted(set().union(*(towards.get(m, ()) for m in claim)) - members):
            if _joins(x, claim, near[x], source_of, figures, titles):
                out[n].append(x)
    return [sorted(c) for c in out]


def _joins(x: int, claim: Sequence[int], near: set[int], source_of: Sequence[str],
           figures: Sequence[frozenset[str]], titles: Collection[int]) -> bool:
    """Whether passage x, outside the claim, states the claim's figure (the tests of the module docstring)."""
    others = [m for m in claim if source_of[m] != source_of[x]]
    if not others or not near.intersection(others):
        return False
    if any(m in titles for m in others):
        return False  # a headline sums up the story: its claim is the story's, not one fact's
    mine = figures[x]
    if any(not _on_the_hour(f) and f not in mine for m in others for f in figures[m]):
        return False  # the claim states something x does not: it is about more than a shared figure
    families = Counter(_family(k) for k in mine)
    own = [m for m in claim if source_of[m] == source_of[x]]
    if any(m not in titles for m in own):
        return False  # x's source states the claim's fact in another sentence already: that one is its seat
    return any(joins_by(k) and families[_family(k)] == 1
               and all(k in figures[m] for m in others) and all(k in figures[m] for m in own)
               for k in mine)


def entry_stamps(sources: Sequence[SourceInfo]) -> frozenset[MentionKey]:
    """The clock times that open their passage: a live blog entry's time of posting.

    extract.stamps marks an entry's stamp only when the entry states a clock of its own; in
    "13:15 The slide was about 300 metres wide" the stamp stays a clock of the passage. It says
    when the outlet wrote, not a fact the passage states, so :func:`join_multi_measure` does not
    read it as a figure a claim's member states and a joining passage lacks.
    """
    out = set()
    for s in sources:
        starts = {p.index: p.span.start for p in s.passages}
        text = s.article.text
        for m in s.mentions:
            start = starts.get(m.passage)
            if (isinstance(m.value, ClockTime) and start is not None
                    and not text[start:m.span.start].strip(" \t*#>-")):
                out.add(key_of(m))
    return frozenset(out)


def join_multi_measure(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
                       measures: Sequence[Sequence[Mention]], links: Mapping[Pair, list[Mention]],
                       titles: Collection[int] = (), dimensions: Mapping[MentionKey, str] | None = None,
                       stamps: Collection[MentionKey] = ()) -> list[list[int]]:
    """The claims, each joined by the multi-fact passages stating its measure in other units or roundings.

    Why: a lead or recap stating several facts gets one seat, and when its figure is written in
    other units, roundings or zones than the one-fact sentences of the other outlets ("at 23:40"
    against "at 11.40pm", "2.2 million litres" against "about 14,000 barrels", "180 hectares"
    against "445 acres") it shares no figure key with them, so :func:`join_multi_fact` cannot
    seat it there; measurejoin.join_measures links such passages but leaves a multi-fact passage
    that sits with another source already to this module (benchmarks/notes/multi_fact_leads.md).

    ``links`` are measurejoin's (measurejoin.links_of): passage pairs of two sources stating one
    distinctive measure, by the judge's equivalences and measurejoin's strictness (precise figures,
    clocks off the hour, rare unit measures and large counts; never a bound, an order of magnitude,
    round money, a percentage, a small count or a headline). A passage x of such a pair that states
    distinctive figures of two slots or more and sits in a claim with another source joins a claim C
    holding its partner when (:func:`_joins_measure`)

    - C has members of other sources, none a headline, and every one states x's measure;
    - x's source has no passage in C stating it (a headline aside): that one holds the seat;
    - x states no rival value of that measure (a second width, another clock of the event);
    - x states no value conflicting with C's members for another slot (measurejoin._conflicts);
    - C's members of other sources that state one fact only state no figure x lacks (clock
      times on the hour, stamps and other values or dimensions of the shared unit measure
      aside): C is then the claim *of* that measure, not of a strike window whose start the lead
      states, nor of a recap's count. A member stating several facts itself (another lead) sits
      in C for one of them, so its other figures say nothing about C.

    One passage per source joins a claim, the one the pair model likes best with its members.
    The claims are read as given, so the order of claims does not matter.
    """
    if not links:
        return claims
    story = _Story(claims, links, source_of, measures, titles, dimensions or {})
    asked: dict[tuple[int, int, frozenset[int]], bool] = {}
    best: dict[tuple[int, str], tuple[float, int]] = {}  # (claim, source) -> (probability, -passage)

    def prob(a: int, b: int) -> float:
        return probs.get((a, b), probs.get((b, a), 0.0))

    seated: dict[int, bool] = {}

    def leads(x: int) -> bool:
        """A multi-fact passage seated with another source: the ones measurejoin leaves to this module."""
        if x not in seated:
            seated[x] = story.multi(x) and any(source_of[n] != source_of[x] for n in story.neighbours(x))
        return seated[x]

    # Any order: a claim takes the best candidate of each source, whatever the order they come in.
    for (p, q), mentions in links.items():
        if not (leads(p) or leads(q)) or set(story.holding[p]) & set(story.holding[q]):
            continue  # no multi-fact passage seated elsewhere, or one claim holds both already
        for x, y in ((p, q), (q, p)):
            if not leads(x):
                continue
            own_ids = {id(m) for m in measures[x]}
            mine = [m for m in mentions if id(m) in own_ids]
            reading = frozenset(id(m) for m in mine)
            for c in story.holding[y]:
                key = (x, c, reading)
                if key not in asked:
                    asked[key] = _joins_measure(x, c, mine, story, stamps)
                if asked[key]:
                    value = (max(prob(x, n) for n in claims[c]), -x)
                    best[(c, source_of[x])] = max(best.get((c, source_of[x]), value), value)
    if not best:
        return claims
    out = [list(c) for c in claims]
    for (c, _source), (_p, x) in sorted(best.items()):
        out[c].append(-x)
    return [sorted(set(c)) for c in out]


def _joins_measure(x: int, c: int, mine: Sequence[Mention], story: _Story,
                   stamps: Collection[MentionKey]) -> bool:
    """Whether multi-fact passage x joins claim c by the measure its mentions ``mine`` state (see above)."""
    claim, source_of, measures, titles = story.claims[c], story.source_of, story.measures, story.titles
    others = [n for n in claim if source_of[n] != source_of[x]]
    if any(n in titles for n in others):
        return False  # a headline sums up the story: its claim is the story's, not one fact's
    if not others or not all(any(same_measure(a, b) for a in mine for b in measures[n]) for n in others):
        return False
    own = [n for n in claim if source_of[n] == source_of[x] and n not in titles]
    if any(same_measure(a, b) for n in own for a in mine for b in measures[n]):
        return False  # x's source states the measure in C already: that passage is its seat
    rest = [b for b in measures[x] if all(b is not k for k in mine)]
    if any(_rival(a, b, story.dimensions) for a in mine for b in rest):
        return False  # x gives the measure two values: which one C's is, it does not say
    if _conflicts(x, claim, measures, source_of, {role_key(m) for m in mine}):
        return False
    return not any(_lacks(x, b, mine, measures, stamps)
                   for n in others if not story.multi(n) for b in measures[n])


def _rival(a: Mention, b: Mention, dimensions: Mapping[MentionKey, str]) -> bool:
    """Whether x's mention b is another value of the measure x shares (a: "300 m wide", b: "200 m wide")."""
    return (role_key(a) == role_key(b) and comparable(a, b) and same_thing(a, b) and not compatible(a, b)
            and dimensions.get(key_of(a)) == dimensions.get(key_of(b)))


def _lacks(x: int, b: Mention, mine: Sequence[Mention], measures: Sequence[Sequence[Mention]],
           stamps: Collection[MentionKey]) -> bool:
    """Whether a member's figure b is one passage x does not state, and says what the claim is about.

    Not counted: a clock time on the hour or a stamp (said of many things, or of when the outlet
    wrote), and another value or dimension of the shared unit measure ("1,200 metres long" beside
    the shared "300 metres wide": the claim is of the slide's size).
    """
    if any(compatible(b, a) or same_measure(b, a) for a in measures[x]):
        return False
    v = b.value
    if isinstance(v, ClockTime):
        return not (v.minute == 0 or STAMP in b.cues or key_of(b) in stamps)
    unit_measure = isinstance(v, Quantity) and v.unit is not None and _round_ok(b)
    return not (unit_measure and any(role_key(a) == role_key(b) and comparable(a, b) for a in mine))
