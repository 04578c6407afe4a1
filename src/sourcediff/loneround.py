"""A lone rounded or hedged figure joins the one agreed exact figure it rounds (issue #11).

Three outlets write "a turnout of 61.4%" and a fourth "more than 61 per
cent of voters turned out", in a sentence the aligner seated with none of
the others: the fourth figure showed as a detail only one outlet has, next
to the agreed fact it merely rounds. `lonejoin.join_lone_bounds` joins such
a bound when it carries a unit; a bare count, a sum or a percent, hedged
("nearly", "about", "more than") or round ("$20 million" for $19.6
million), stayed alone.

It joins when everything says the two name one thing:
- the lone fact states one figure, from one source, hedged or round (at
  most ROUND_DIGITS significant digits as written; a bare count only
  hedged) and, as a bare count, not one a story repeats for many things
  (under countnouns.NOUN_APART_MIN);
- every exact figure of that kind and unit (or currency) the agreed fact's
  other sources state lies within the hedge's reach of the round figure:
  one step of its last digit below "nearly 40%" or above "more than 2,000",
  half a step either side of "about 1,200" or a bare round "2%";
- no figure of any other fact of the story lies within that reach (a story
  with 2,150 traps and 2,080 volunteers leaves "more than 2,000" alone);
- and the passages say it is one thing: they share a claim, a cue word,
  the word right after the figure ("2,000 traps", "2,150 traps"), or each
  exact figure's passage has a content word beside it that the rounding's
  has too ("more than 2,000 hidden cameras", "2,150 camera traps");
  or, when no word ties them ("pocket nearly $4million" against "takes home
  $3.8 million in prize money"), the lone figure is a sum, a percentage or
  a measure hedged by a word, the agreed fact has more than
  CONSENSUS_MIN_AGREE sources, and no other fact of the story states a
  figure of the kind within the reach widened by its width either side
  (`_alone_near`: "$4.3 million" beside "nearly $4 million" leaves it open).
Agreement only: the rounding is the evidence of one fact, never of a
contradiction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from sourcediff.countnouns import NOUN_APART_MIN
from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.evidence import Evidence
from sourcediff.extract.amounts import STOP_WORDS
from sourcediff.extract.money import CONVERSION
from sourcediff.extract.stamps import time_marks
from sourcediff.lonejoin import merge_moved
from sourcediff.model import Claim, Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.regexcache import regex
from sourcediff.values import ABOVE, APPROX, BELOW, CEILING, FLOOR, Money, Quantity

_KINDS = frozenset({Kind.NUMBER, Kind.PERCENT, Kind.MONEY})
# A figure of this many significant digits or fewer is a round one a writer may give for an exact one.
ROUND_DIGITS = 2
# Words after a figure that name nothing of their own ("40% of", "2,000 in all"): the extractors' stop
# words, and the hedges and multipliers a rounding is written with.
_GLUE = STOP_WORDS | frozenset({"over", "last", "about", "nearly", "almost", "around", "some", "million",
                                "billion", "thousand", "into"})
# How many words either side of a figure name what it counts, and how much of a word is its stem.
REACH_WORDS = 4
STEM = 5
_WORD = regex(r"\W*([A-Za-z][\w'-]*)")


def _figure(m: Mention) -> tuple[str, Decimal] | None:
    """(kind and unit, amount) of a single figure; None for a range or another value."""
    v = m.value
    if isinstance(v, Money) and v.high is None:
        return f"money:{v.currency}", v.amount
    if isinstance(v, Quantity) and v.high is None and not v.in_dozens:
        return f"{m.slot}:{v.unit}", v.amount
    return None


def _digits(n: Decimal) -> int:
    return len(n.normalize().as_tuple().digits) if n else 0


def _step(n: Decimal) -> Decimal:
    """The place of the figure's last significant digit: 40 -> 10, 25 -> 1, 2.5 -> 0.1."""
    return Decimal(1).scaleb(int(n.normalize().as_tuple().exponent))


def reach(m: Mention) -> tuple[str, Decimal, Decimal] | None:
    """(kind and unit, low, high): the open interval a hedged or round figure was rounded from, or None."""
    fig = _figure(m)
    if fig is None or fig[1] <= 0:
        return None
    family, n = fig
    v = m.value
    assert isinstance(v, (Money, Quantity))
    if m.kind is Kind.NUMBER and isinstance(v, Quantity) and v.unit is None and n < NOUN_APART_MIN:
        return None  # "about five": told of many things in one story
    step = _step(n)
    if v.qualifier in (ABOVE, FLOOR):
        return family, n, n + step
    if v.qualifier in (BELOW, CEILING) or (v.qualifier == APPROX and v.near):
        return family, n - step, n
    if v.qualifier == APPROX or (v.qualifier is None and _round_as_written(m)):
        return family, n - step / 2, n + step / 2
    return None


def _round_as_written(m: Mention) -> bool:
    """An unhedged figure written round: "$30 million", "78%", not "2:06:40" (7,600 seconds) or a bare "20".

    Why: a race time read in seconds can end in zeros by chance, so the
    digits as written decide, not the value's; and a bare count of a few
    significant digits ("20" beside another outlet's 19) is as likely a
    count of its own as a rounding, so only a hedge makes a bare count one.
    """
    v = m.value
    if isinstance(v, Quantity) and m.kind is Kind.NUMBER and v.unit is None:
        return False
    written = "".join(ch for ch in m.raw if ch.isdigit()).strip("0")
    amount = v.amount if isinstance(v, (Money, Quantity)) else Decimal(0)
    return max(len(written), _digits(amount)) <= ROUND_DIGITS


def _exact(m: Mention) -> tuple[str, Decimal] | None:
    fig = _figure(m)
    return fig if fig is not None and getattr(m.value, "qualifier", None) is None else None


def _within(span: tuple[str, Decimal, Decimal], m: Mention, lone: Mention) -> bool:
    """An exact figure, more precise than the lone one, inside its reach."""
    fig = _exact(m)
    lone_fig = _figure(lone)
    assert lone_fig is not None
    return (fig is not None and fig[0] == span[0] and span[1] < fig[1] < span[2]
            and fig[1] != lone_fig[1])


def noun_after(m: Mention, text: str) -> str | None:
    """The first word after a figure that names something ("traps" in "2,150 camera traps")."""
    pos = m.span.end
    for _ in range(3):
        match = _WORD.match(text, pos)
        if match is None or match.start(1) - pos > 3:
            return None
        word = match.group(1).lower()
        if word not in _GLUE:
            return word.rstrip("s")
        pos = match.end()
    return None


# Where a sentence or a list item ends: a stop before a space or the line's end ("A$212.4 million" goes on).
SENTENCE_END = regex(r"[.!?](?=\s|$)|\n")


def sentence_only(m: Mention, text: str) -> str:
    """``text`` with all but the figure's sentence blanked, offsets kept: what `stems_beside` may read.

    The next sentence's verb, or a list's next item ("- Pensions: +3.1%" then "- Deficit target: 3.4%"),
    tells another thing though it lies within a few words of the figure. `stems_beside` reads 80
    characters each side, so the sentence's ends are looked for no further.
    """
    ends = [e.end() for e in SENTENCE_END.finditer(text, max(0, m.span.start - 80), m.span.start)]
    start = ends[-1] if ends else max(0, m.span.start - 80)
    stop = SENTENCE_END.search(text, m.span.end, m.span.end + 80)
    return " " * start + text[start:stop.start() if stop else m.span.end + 80]


def stems_beside(m: Mention, text: str) -> set[str]:
    """The stems of the content words within REACH_WORDS of a figure ("camera" of "2,150 camera traps")."""
    return set(words_beside(m, text))


def words_beside(m: Mention, text: str) -> dict[str, str]:
    """`stems_beside`'s stems, each with the word it was cut from (the last one read), in lower case."""
    before = text[max(0, m.span.start - 80):m.span.start].split()[-REACH_WORDS:]
    after = text[m.span.end:m.span.end + 80].split()[:REACH_WORDS]
    out = {}
    for raw in (*before, *after):
        word = raw.strip(".,;:!?()“”‘’'\"").lower()
        if len(word) >= 4 and word.isalpha() and word not in _GLUE:
            out[word[:STEM]] = word
    return out


def _named_alike(lone: Sequence[Mention], target: Sequence[Mention], claims: Sequence[Claim],
                 ctx: Evidence) -> bool:
    """The passages say the two figures are one thing: a shared claim, cue or word after the figure."""
    where: dict[tuple[str, int], set[str]] = {}
    for c in claims:
        for p in c.members:
            where.setdefault((p.source, p.index), set()).add(c.id)
    mine = {c for m in lone for c in where.get((m.source, m.passage), ())}
    if mine & {c for m in target for c in where.get((m.source, m.passage), ())}:
        return True
    cues = {c for m in lone for c in m.cues if c != CONVERSION}
    if cues & {c for m in target for c in m.cues}:
        return True
    words = {noun_after(m, ctx.texts[m.source]) for m in lone} - {None}
    if words & {noun_after(m, ctx.texts[m.source]) for m in target}:
        return True
    beside = {w for m in lone for w in stems_beside(m, ctx.texts[m.source])}
    return all(beside & stems_beside(m, ctx.texts[m.source]) for m in target if m.source != lone[0].source)


def _lone(group: Sequence[Mention]) -> tuple[str, Decimal, Decimal] | None:
    """The reach of the one hedged or round figure a one-source fact states, None otherwise."""
    if len({m.source for m in group}) != 1 or group[0].kind not in _KINDS:
        return None
    if len({(m.slot, m.value) for m in group}) != 1:
        return None
    if any(time_marks(m.kind, m.slot, m.cues) or CONVERSION in m.cues for m in group):
        return None
    return reach(group[0])


def _exact_figures(facts: Sequence[Judged]) -> dict[str, list[tuple[Decimal, int]]]:
    """Each fact's exact figures by kind and unit: (amount, fact's index), built once for every lone one.

    Why: a long story has thousands of facts and scores of lone roundings;
    reading every mention of every fact again for each rounding was a
    loop over all (rounding, mention) pairs where only one kind and unit
    can matter.
    """
    out: dict[str, list[tuple[Decimal, int]]] = {}
    for k, (group, _v, _c, _r) in enumerate(facts):
        for m in group:
            fig = _exact(m)
            if fig is not None:
                out.setdefault(fig[0], []).append((fig[1], k))
    return out


def _facts_within(span: tuple[str, Decimal, Decimal], lone: Mention,
                  exact: Mapping[str, Sequence[tuple[Decimal, int]]], n: int) -> list[int]:
    """The indexes, in order, of the facts other than ``n`` with a figure `_within` the lone one's reach."""
    lone_fig = _figure(lone)
    assert lone_fig is not None
    family, low, high = span
    return sorted({k for amount, k in exact.get(family, ())
                   if k != n and low < amount < high and amount != lone_fig[1]})


def join_lone_roundings(facts: Sequence[Judged], claims: Sequence[Claim], ctx: Evidence,
                        order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone hedged or round figure moved into the one agreed fact it rounds."""
    moved: dict[int, int] = {}
    exact: dict[str, list[tuple[Decimal, int]]] | None = None
    figures: dict[str, list[tuple[Decimal, int]]] | None = None
    for n, (group, verdict, _claim, _role) in enumerate(facts):
        span = _lone(group) if verdict is Verdict.UNIQUE else None
        if span is None:
            continue
        lone = group[0]
        if exact is None:
            exact = _exact_figures(facts)
        fits = _facts_within(span, lone, exact, n)
        if len(fits) != 1:
            continue  # no figure it rounds, or two: which one is not the rounding's to say
        target, verdict_t = facts[fits[0]][0], facts[fits[0]][1]
        if verdict_t is not Verdict.AGREE or lone.source in {m.source for m in target}:
            continue
        if not all(_within(span, m, lone) for m in target if (_exact(m) or ("",))[0] == span[0]):
            continue
        if _named_alike(group, target, claims, ctx):
            moved[n] = fits[0]
        elif _hedged_measure(lone) and len({m.source for m in target}) > CONSENSUS_MIN_AGREE:
            if figures is None:
                figures = _figures(facts)
            if _alone_near(span, figures, {n, fits[0]}):
                moved[n] = fits[0]
    return merge_moved(facts, moved, order)


def _hedged_measure(m: Mention) -> bool:
    """A sum, a percentage or a figure in a unit, hedged by a word ("nearly $4 million", "more than 58%").

    The hedge is the writer's own word that the figure is rounded; a bare
    count is left out, as a story counts many things with figures alike.
    """
    v = m.value
    if isinstance(v, Money):
        return v.qualifier is not None
    return isinstance(v, Quantity) and v.unit is not None and v.qualifier is not None


def _figures(facts: Sequence[Judged]) -> dict[str, list[tuple[Decimal, int]]]:
    """Each fact's single figures by kind and unit, hedged ones too: (amount, fact's index)."""
    out: dict[str, list[tuple[Decimal, int]]] = {}
    for k, (group, _v, _c, _r) in enumerate(facts):
        for m in group:
            fig = _figure(m)
            if fig is not None:
                out.setdefault(fig[0], []).append((fig[1], k))
    return out


def _alone_near(span: tuple[str, Decimal, Decimal], figures: Mapping[str, Sequence[tuple[Decimal, int]]],
                own: set[int]) -> bool:
    """No figure of the kind, hedged or exact, of a fact outside ``own`` in the reach widened by its width.

    Why: when the words around a hedged figure share nothing with the
    agreed figure's ("pocket nearly $4million" against "takes home $3.8
    million in prize money"), only the story's figures say what it rounds:
    one agreed figure inside its reach and no other figure of the kind
    near it (a step either side of the reach) leave no second thing it
    could round, where a figure just outside the reach ("$4.2 million"
    beside "nearly $4 million") would.
    """
    family, low, high = span
    width = high - low
    return not any(k not in own and low - width < amount < high + width
                   for amount, k in figures.get(family, ()))

