"""A quotation one outlet rewords is that quotation altered: one divergent fact, not a unique quote.

A tabloid keeps the first half of a governor's words and rewrites the rest
("torn apart in a matter of minutes, and the whole state will stand with
this town until every family is back under its own roof" against "torn
apart in minutes, and this state will not rest until every family in this
town has a home again"). Both sit in one claim, the speaker is the same,
the claim is the same; yet compat.same_quotation, which must also hold for
two different quotations of one speaker in a long story, wants more of the
words in order than a half-rewritten quote keeps, so the reworded one stood
as a unique quote and the change went unreported.

So, after the judge has built its facts, a quote fact whose sources quote
none of another quote fact's joins it as a divergence when every test of
:func:`reworded` holds: the same named speaker on both sides, passages that
share a claim (the aligner put the two statements together), and the words
of one statement half kept: a run of SAME_QUOTE_RUN + 1 words in a row, half
the shorter quote's words in order, and half of its own content words.
Exact re-quotes and trimmed quotes are same_quotation's already and agree as
before; a different statement of the same speaker shares no such run, or
sits in no claim with the other.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence

from rapidfuzz.distance import LCSseq

from sourcediff.compat import SAME_QUOTE_RUN, _longest_run, _own_words, _speaker_key, quote_words
from sourcediff.model import Claim, Kind, Mention, Verdict
from sourcediff.values import QuoteValue

# A judged fact before it is described: mentions, verdict, claim id, role word (as quotefacts.Judged).
Judged = tuple[list[Mention], Verdict, str | None, str | None]

# The shorter statement has at least this many words: a phrase of a few words ("a matter of minutes")
# is left to same_quotation, which reads phrases.
REWORDED_MIN_WORDS = 10
# ... keeps at least this share of its words, in order, in the other (same_quotation wants 0.6) ...
REWORDED_SHARE = 0.5
# ... and at least this share of its own content words (no function words, no names).
REWORDED_OWN_SHARE = 0.5


def reworded(a: Mention, b: Mention) -> bool:
    """True when two quotes of one named speaker are one statement with half its words rewritten."""
    if not (isinstance(a.value, QuoteValue) and isinstance(b.value, QuoteValue) and a.speaker and b.speaker):
        return False
    ka, kb = _speaker_key(a.speaker), _speaker_key(b.speaker)
    if not ka or not kb or not set(ka) & set(kb):
        return False
    wa, wb = quote_words(a.value), quote_words(b.value)
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < REWORDED_MIN_WORDS or _longest_run(short, long) < SAME_QUOTE_RUN + 1:
        return False
    if LCSseq.similarity(list(short), list(long)) < REWORDED_SHARE * len(short):
        return False
    oa, ob = _own_words(a.value), _own_words(b.value)
    need = math.ceil(REWORDED_OWN_SHARE * min(len(oa), len(ob)))
    return need > 0 and LCSseq.similarity(oa, ob) >= need


def join_rewordings(facts: list[Judged], claims: Sequence[Claim], order: Mapping[str, int]) -> list[Judged]:
    """The facts, each quote fact a rewording of another (see module) joined to it as a divergence.

    A joined fact's mentions stay in source order (``order``), as the judge gives every fact's.
    """
    quotes = [n for n, (group, _, _, _) in enumerate(facts) if group[0].kind is Kind.QUOTE]
    if len(quotes) < 2:
        return facts
    claims_of: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c in claims:
        for p in c.members:
            claims_of[(p.source, p.index)].add(c.id)
    into: dict[int, int] = {}  # a reworded fact -> the fact it joins
    for u in quotes:
        for f in quotes:
            if f == u or f in into or u in into.values() or not _joins(facts[u][0], facts[f][0], claims_of):
                continue
            into[u] = f
            break
    if not into:
        return facts
    out: list[Judged] = []
    for n, (group, verdict, claim, role) in enumerate(facts):
        if n in into:
            continue
        joined = [m for u, f in into.items() if f == n for m in facts[u][0]]
        if joined:
            group = sorted(group + joined, key=lambda m: (order[m.source], m.span.start))
            verdict = Verdict.DIVERGE
        out.append((group, verdict, claim, role))
    return out


def _joins(u: Sequence[Mention], f: Sequence[Mention], claims_of: dict[tuple[str, int], set[str]]) -> bool:
    """Whether fact u rewords fact f: other sources, a shared claim, and every pair reworded."""
    if {m.source for m in u} & {m.source for m in f}:
        return False
    if not any(claims_of.get((a.source, a.passage), set()) & claims_of.get((b.source, b.passage), set())
               for a in u for b in f):
        return False
    return all(reworded(a, b) for a in u for b in f)
