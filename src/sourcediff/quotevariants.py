"""Two quotations of one statement: the same words, cuts of it, or the statement altered (issue #11).

Quotes join one fact when they reproduce the same words, trimmed or with a
word changed (`compat.same_quotation`, `compat.quotes_agree`): strict, so
that two statements of one speaker in a long story are never judged as one.
Outlets quote one statement in two more ways this module reads.

**Cuts agree** (`held_together`). Given "It is a step in the right
direction, but a step is not the same as a living wage", one outlet quotes
the first clause, another the second: pair by pair they share two words, yet
a third source printing the whole sentence holds both, word for word, and an
editor reads all three as agreeing. Only a third source's quote shows this
(a source never bridges its own quote), both cuts sit in it verbatim, and
each has SAME_QUOTE_MIN_WORDS words at least: two stock phrases inside one
long speech prove nothing. An altered cut is not held verbatim.

**A rewording diverges** (`join_altered`). A tabloid keeps a statement's
opening ("We won't lift this notice until ...") or half its words ("torn
apart in minutes, and this state will not rest ...") and rewrites the rest;
its version stood as a unique quote and the change, which an editor checks
first, went unreported. Two quote facts are one statement altered when every
test of `_one_statement` holds (the same named speaker, other sources, a
passage of each in one claim) and the words `altered` asks are kept. How
many words must be kept depends on whether the statement is *witnessed*:
when two outlets quote one version alike, that is the statement as made and
a third outlet's version of the same moment can only be a rewording, so a
run of SAME_QUOTE_RUN words, WITNESSED_SHARE of the words in order and
WITNESSED_OWN of the speaker's content words suffice, as do the same OPENING
words, or every word of the shorter version but one, in order, or, with no
such run, half the words in order and every content word of one version
(the grammar reworded, the content kept). Two outlets each with its own
version may instead quote two sentences of one statement
("proud to bring the book to the screen", "thankful for the chance to bring
the book to the screen"), so then the shorter must keep half of it: a longer
run, half its words in order, half its content words. A role noun
("spokesman") names no one, and the same words credited to two people are
the misattribution `same_quotation` already reports.

**A rewritten end diverges** (`ends_otherwise`). A tabloid prints the
statement's first sentence word for word and then its own last sentence
("... to a developer. We will see them in court.") where two other outlets
go on, alike, with the speaker's ("... to a developer. We will look very
seriously at a legal challenge."). Sentence by sentence the first joins the
others' statement as a cut and the rewritten one shares too few words with
anything to be read as altered, so the change stood as a unique quote.
Its place tells what it is: it ends (or opens) the outlet's one quotation
exactly where two witnesses' quotation goes on (or opens) with words of
their own, after (or before) the very words the outlet shares with them.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence

from rapidfuzz.distance import LCSseq

from sourcediff.compat import (
    SAME_QUOTE_MIN_WORDS,
    SAME_QUOTE_RUN,
    SAME_QUOTE_SHARE,
    longest_run,
    own_words,
    quote_words,
    quotes_agree,
    speaker_key,
)
from sourcediff.evidence import Evidence
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.regexcache import regex
from sourcediff.terms import stem
from sourcediff.values import QuoteValue, Value

# Words, in order from the first, that a witnessed rewording keeps: five ("We will not lift this") make a
# clause of the speaker's own, rarely a stock phrase.
OPENING = 5
# A witnessed rewording: the shorter quote has this many words, keeps this share of them in order (two
# sentences of one speech share about a quarter) and this many of the speaker's content words.
WITNESSED_MIN_WORDS = 8
WITNESSED_SHARE = 0.4
WITNESSED_OWN = 3
# An unwitnessed one: a phrase of a few words is left to same_quotation; half the words, in order and of
# the speaker's own, and a run one word longer than same_quotation's.
HALF_MIN_WORDS = 10
HALF_SHARE = 0.5

# What lies between two sentences of one quotation printed as one: their stop and a space ("... down. Our").
_SENTENCE_GAP = regex(r"[.!?\u2026;]?\s{1,3}")


def within(whole: QuoteValue, part: QuoteValue) -> bool:
    """``part``'s words, at least SAME_QUOTE_MIN_WORDS of them, are a stretch of ``whole``'s."""
    n = len(quote_words(part))
    return SAME_QUOTE_MIN_WORDS <= n <= len(quote_words(whole)) and quotes_agree(whole, part)


def held_together(a: Value, b: Value, apart: Collection[str], stated: Iterable[tuple[str, Value]]) -> bool:
    """True when a quote some source outside ``apart`` (the sources of ``a`` and ``b``) states holds both
    verbatim; ``stated`` is the (source, value) pairs to look in."""
    if not (isinstance(a, QuoteValue) and isinstance(b, QuoteValue)):
        return False
    return any(isinstance(w, QuoteValue) and s not in apart and within(w, a) and within(w, b)
               for s, w in stated)


# Words whose loss turns a statement round: a cut that drops one is no abridgement (quote_words has
# already written "don't" as "do not").
_TURNING_WORDS = frozenset({"not", "no", "never", "nor", "without", "cannot", "nothing", "none", "neither"})


def abridged(whole: QuoteValue, part: QuoteValue, *, share: float = SAME_QUOTE_SHARE) -> bool:
    """``part`` is ``whole`` with words left out, in order: what a crosshead or pull quote prints.

    A tabloid's crosshead 'Never leave pans on the hob' shortens the
    chief's "Please never leave pans on the hob unattended"; read as a
    rewording it was a divergence no editor would report. The part keeps
    SAME_QUOTE_MIN_WORDS words at least and SAME_QUOTE_SHARE of the whole's,
    all of them in the whole's order, and drops no word that turns the
    statement round ("not", "never"). The caller asks this only of a quote no
    speaker is named for: an attributed quote with words silently cut stays
    a change worth showing. ``share`` is the part of the whole's words the cut
    must keep; a caller holding other evidence that the two are one statement
    may ask less.
    """
    wp, ww = quote_words(part), quote_words(whole)
    if not SAME_QUOTE_MIN_WORDS <= len(wp) < len(ww) or len(wp) < share * len(ww):
        return False
    if LCSseq.similarity(list(wp), list(ww)) != len(wp):
        return False
    dropped = Counter(ww) - Counter(wp)
    return not any(w in _TURNING_WORDS or w.endswith("n't") for w in dropped)


def altered(a: QuoteValue, b: QuoteValue, *, witnessed: bool) -> bool:
    """True when one quote keeps enough of the other's words to be it reworded (see module)."""
    wa, wb = quote_words(a), quote_words(b)
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if witnessed and len(short) > OPENING and short[:OPENING] == long[:OPENING]:
        return True
    kept, run = LCSseq.similarity(list(short), list(long)), longest_run(short, long)
    own = LCSseq.similarity(oa := own_words(a), ob := own_words(b))
    # A witnessed rewording may change a word's ending and keep its run: "We are not going away" printed as
    # "We will not go away" keeps "not go away until" once the words are stemmed.
    stemmed = longest_run(tuple(map(stem, short)), tuple(map(stem, long))) if witnessed else run
    # The content words are read stemmed alike: "Half my shelves come over on the lorry deck" printed as
    # "Half of what's on my shelves comes over on that ferry" keeps "come" as "comes", one word of its own.
    own_stemmed = LCSseq.similarity(list(map(stem, oa)), list(map(stem, ob))) if witnessed else own
    if witnessed and len(short) >= WITNESSED_MIN_WORDS and kept >= WITNESSED_SHARE * len(short) \
            and max(run, stemmed) >= SAME_QUOTE_RUN \
            and max(own, own_stemmed) >= min(WITNESSED_OWN, len(oa), len(ob)):
        return True
    # A rewording of the grammar alone ("This is a plan that will cut fares, not routes" printed as "This
    # will be a plan of cut fares, not of routes") keeps every content word of one version, in order, yet
    # no run of SAME_QUOTE_RUN words: the function words between them changed. Kept whole and with half
    # the words in order, the content is the statement's, not a second sentence's that shares a few words.
    if witnessed and len(short) >= WITNESSED_MIN_WORDS and kept >= HALF_SHARE * len(short) \
            and WITNESSED_OWN <= own == min(len(oa), len(ob)):
        return True
    # One word swapped: "We are devastated, but this is not over" printed as "We are gutted, but this fight
    # is not over" keeps every word of the shorter version but one, in order, yet none of its content words
    # (its one content word is the one swapped). A sentence of WITNESSED_MIN_WORDS or more so kept is the
    # statement, not a second sentence sharing a frame: two sentences of one speech differ in more words.
    if witnessed and len(short) >= WITNESSED_MIN_WORDS and kept >= len(short) - 1 \
            and max(run, stemmed) >= SAME_QUOTE_RUN:
        return True
    need = math.ceil(HALF_SHARE * min(len(oa), len(ob)))
    return (len(short) >= HALF_MIN_WORDS and kept >= HALF_SHARE * len(short) and run > SAME_QUOTE_RUN
            and 0 < need <= own)


def _named(m: Mention) -> bool:
    """A speaker given by name ("Elena Brandt", "Brandt"), not by a role noun ("spokesman")."""
    return m.speaker is not None and m.speaker[:1].isupper() and isinstance(m.value, QuoteValue)


def _credited(ms: Sequence[Mention]) -> bool:
    """Whether a quote fact's speaker is known by name: every mention named, or left uncredited.

    A mention with no speaker at all ('..., the vice-chancellor said.', whose role noun names no one)
    is in the fact for the same words as its named mentions, so it is theirs; a role noun given as the
    speaker names no one and keeps the fact out, as does a fact no mention of which names anyone.
    """
    return (any(_named(m) for m in ms)
            and all(_named(m) or (m.speaker is None and isinstance(m.value, QuoteValue)) for m in ms))


def _same_person(x: Mention, y: Mention) -> bool:
    return bool(set(speaker_key(x.speaker or "")) & set(speaker_key(y.speaker or "")))


def _covered(xs: Sequence[Mention], ys: Sequence[Mention]) -> bool:
    """Every mention of ``xs`` is credited to someone a mention of ``ys`` is credited to."""
    return all(any(_same_person(x, y) for y in ys) for x in xs)


def _credited_alike(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """The named mentions of two quote facts credit the same person.

    Every credit of one must be one of the other's. A fact whose own
    outlets already credit the words to two people (the misattribution
    `same_quotation` reports, "said Ana Roe" in two papers and "said the
    chairman, Ben Tull" in a third) still takes a rewording credited to one
    of them: asking it to match every credit would keep the altered words
    out because a third outlet misattributed the original ones.
    """
    na, nb = [m for m in a if _named(m)], [m for m in b if _named(m)]

    def mixed(ms: Sequence[Mention]) -> bool:
        return not all(_same_person(x, y) for x, y in itertools.combinations(ms, 2))

    return (_covered(na, nb) and (_covered(nb, na) or mixed(nb))) or (_covered(nb, na) and mixed(na))


def _split_off(a: Sequence[Mention], b: Sequence[Mention], texts: Mapping[str, str]) -> bool:
    """Whether every source the two quote facts share printed its two parts as one quotation.

    An outlet quotes "We will not lift the ban. Our members have waited long enough." as one
    quotation; the extractor reads its two sentences, the second, word for word another outlet's,
    joins that outlet's quote as a cut, and the first, reworded, is left with the source already in
    the statement's fact. Each of that source's mentions in one fact sits in the same passage next to
    one of its mentions in the other, only a sentence stop and a space between them: one quotation,
    not a second statement of the source's own.
    """
    shared = {m.source for m in a} & {m.source for m in b}

    def beside(x: Mention, y: Mention) -> bool:
        first, second = (x, y) if x.span.start <= y.span.start else (y, x)
        gap = texts.get(x.source, "")[first.span.end:second.span.start]
        return (x.passage == y.passage and first.span.end <= second.span.start
                and _SENTENCE_GAP.fullmatch(gap) is not None)

    return bool(shared) and all(any(beside(x, y) for y in b if y.source == x.source)
                                for x in a if x.source in shared)


def _one_statement(a: Sequence[Mention], b: Sequence[Mention], ctx: Evidence) -> bool:
    """Other sources (or one quotation split, `_split_off`), the named mentions credited to the same
    person, a passage of each in one claim."""
    if not (_credited(a) and _credited(b)):
        return False
    if {m.source for m in a} & {m.source for m in b} and not _split_off(a, b, ctx.texts):
        return False
    if not _credited_alike(a, b):
        return False
    return any(ctx.shared_claim(x, y) for x, y in itertools.product(a, b))


def _rewords(a: Sequence[Mention], b: Sequence[Mention], ctx: Evidence) -> bool:
    """Whether quote facts ``a`` and ``b`` are one statement, altered."""
    if not _one_statement(a, b, ctx):
        return False
    witnessed = max(len({m.source for m in a}), len({m.source for m in b})) > 1
    return any(isinstance(x.value, QuoteValue) and isinstance(y.value, QuoteValue)
               and altered(x.value, y.value, witnessed=witnessed) for x, y in itertools.product(a, b)) \
        or ends_otherwise(a, b, ctx.texts) or ends_otherwise(b, a, ctx.texts)


# How many other sources must quote the statement alike, going on past the shared words, for an outlet's
# own last (or first) sentence to be read as their words rewritten: two agree on what was said.
END_WITNESSES = 2


def ends_otherwise(statement: Sequence[Mention], own: Sequence[Mention], texts: Mapping[str, str]) -> bool:
    """Whether a sentence of ``own`` ends (or opens) its source's quotation in place of the words two
    other sources of ``statement`` quote alike after (or before) the words that source shares with them.

    The sentence ``y`` and the shared words ``p`` (that source's mention in ``statement``) are two parts
    of one quotation, side by side (only a sentence stop between them), and ``y`` is its last part (or
    first). Each witness's quote in ``statement`` is ``p``'s words and then at least SAME_QUOTE_MIN_WORDS
    words more (or as many before): what the outlet printed ``y`` in place of.
    """
    for y in own:
        if not isinstance(y.value, QuoteValue) or y.quotation is None:
            continue
        text = texts.get(y.source, "")
        for p in statement:
            if p.source != y.source or p.quotation != y.quotation or not isinstance(p.value, QuoteValue):
                continue
            after = p.span.end <= y.span.start
            first, second = (p, y) if after else (y, p)
            if _SENTENCE_GAP.fullmatch(text[first.span.end:second.span.start]) is None:
                continue
            # y is the quotation's last part (or first): nothing but a stop and a quote mark beyond it
            whole = y.quotation.span
            beyond = text[y.span.end:whole.end] if after else text[whole.start:y.span.start]
            if any(ch.isalnum() for ch in beyond) or len(quote_words(y.value)) < SAME_QUOTE_MIN_WORDS:
                continue
            shared = quote_words(p.value)
            witnesses = {x.source for x in statement
                         if x.source != y.source and isinstance(x.value, QuoteValue)
                         and _goes_on(quote_words(x.value), shared, after=after)}
            if len(witnesses) >= END_WITNESSES:
                return True
    return False


def _goes_on(whole: tuple[str, ...], part: tuple[str, ...], *, after: bool) -> bool:
    """``whole`` is ``part`` and then SAME_QUOTE_MIN_WORDS words or more (``after``), or those words and
    then ``part``."""
    if len(whole) - len(part) < SAME_QUOTE_MIN_WORDS or not part:
        return False
    return whole[:len(part)] == part if after else whole[-len(part):] == part


def _claim_partners(facts: Sequence[Judged], quotes: Sequence[int], ctx: Evidence) -> list[tuple[int, int]]:
    """The pairs of ``quotes`` (facts' positions) with a passage of each in one claim, in the order
    `itertools.combinations` would give them.

    `_one_statement` refuses every other pair, and a refused pair changes
    nothing in `join_altered`'s walk, so only these are walked, in the same
    order: a long article's quotes are each in a claim or two, while every
    pair of them grows with the square of its length.
    """
    by_claim: dict[str, set[int]] = {}
    for n in quotes:
        for m in facts[n][0]:
            for claim in ctx.claims_of.get((m.source, m.passage), ()):
                by_claim.setdefault(claim, set()).add(n)
    pairs: set[tuple[int, int]] = set()
    for members in by_claim.values():
        pairs.update(itertools.combinations(sorted(members), 2))
    return sorted(pairs)


def join_altered(facts: Sequence[Judged], ctx: Evidence, order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each quote fact that rewords another joined to it as one divergent quotation.

    The smaller of two facts joins the larger, once (several rewordings may
    join one statement); the joined mentions stay in source order (``order``), as the
    judge gives every fact's, and the fact keeps its claim or the first joined one's.
    """
    quotes = [n for n, f in enumerate(facts) if f[0] and f[0][0].kind is Kind.QUOTE]
    # Only pairs with passages in one claim are walked (`_claim_partners`); the first tests of _one_statement
    # (other sources, every speaker named) are read once per fact, not once per pair:
    # a long article's quotes made 47,000 pairs, most of one source.
    sources = {n: frozenset(m.source for m in facts[n][0]) for n in quotes}
    named = {n: _credited(facts[n][0]) for n in quotes}
    into: dict[int, int] = {}  # a rewording -> the statement it joins
    targets: set[int] = set()  # the statements joined, into's values
    for i, j in _claim_partners(facts, quotes, ctx):
        u, f = (i, j) if len(facts[i][0]) < len(facts[j][0]) else (j, i)  # the smaller joins
        if u in into or f in into or u in targets:
            continue
        if not (named[u] and named[f]) or (sources[u] & sources[f]
                                           and not _split_off(facts[u][0], facts[f][0], ctx.texts)):
            continue  # _one_statement's first test fails: no rewording
        if _rewords(facts[u][0], facts[f][0], ctx):
            into[u] = f
            targets.add(f)
    out: list[Judged] = []
    for n, (group, verdict, claim, role) in enumerate(facts):
        if n in into:
            continue
        joined = [facts[u] for u, f in into.items() if f == n]
        if joined:
            group = sorted([*group, *(m for j in joined for m in j[0])],
                           key=lambda m: (order[m.source], m.span.start))
            verdict, claim = Verdict.DIVERGE, claim or next((j[2] for j in joined if j[2]), None)
        out.append((group, verdict, claim, role))
    return out
