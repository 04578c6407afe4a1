"""The next sentence of one statement, reworded: a divergence, not two unique quotes (issue #11).

A relative's words come in two sentences, and two outlets quote both:

    "I have not slept a full night since August," she said. "Tonight I will sleep with the phone off."
    "I haven't slept a single night since August," she said. "Tonight I'm throwing the phone away."

The first sentences are one statement (`quotevariants.join_altered` pairs
them), but the second ones share too few words for any word test, so each
stood as a unique quote and the tabloid's rewritten line went unreported.
What ties them is their place, not their words: each follows, in its own
source's quotation, a sentence already judged the same statement, and the
same named person says both. Only two unique quote facts of one source each
are joined, and only when each sits right after (or right before) its
source's sentence of that judged statement, which quotes both sources.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sourcediff.compat import _speaker_key, quotes_agree
from sourcediff.model import Kind, Mention, Quotation, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import QuoteValue

# (source, quotation) -> the spans of its sentences in order, each with the fact it is judged in.
_Seats = dict[tuple[str, Quotation], list[tuple[int, int]]]


def _seats(facts: Sequence[Judged]) -> _Seats:
    """Each quotation's sentences in reading order, as (start offset, fact position)."""
    seats: _Seats = {}
    for n, (group, _, _, _) in enumerate(facts):
        for m in group:
            if m.kind is Kind.QUOTE and m.quotation is not None:
                seats.setdefault((m.source, m.quotation), []).append((m.span.start, n))
    for row in seats.values():
        row.sort()
    return seats


def _lone(group: Sequence[Mention]) -> Mention | None:
    """The one mention of a unique quote fact credited by name, else None."""
    if len(group) != 1 or group[0].kind is not Kind.QUOTE or group[0].quotation is None:
        return None
    m = group[0]
    return m if m.speaker and m.speaker[:1].isupper() else None


def _neighbours(m: Mention, seats: _Seats) -> tuple[int | None, int | None]:
    """The facts of the sentences right before and right after ``m`` in its quotation."""
    assert m.quotation is not None
    row = seats.get((m.source, m.quotation), [])
    at = next((i for i, (start, _) in enumerate(row) if start == m.span.start), None)
    if at is None:
        return None, None
    before = row[at - 1][1] if at > 0 else None
    after = row[at + 1][1] if at + 1 < len(row) else None
    return before, after


def _verdict(group: Sequence[Mention]) -> Verdict:
    """Agree when the joined sentences are the same words (a short line no word test pairs), else diverge."""
    values = [m.value for m in group if isinstance(m.value, QuoteValue)]
    same = len(values) == len(group) and all(quotes_agree(values[0], v) for v in values[1:])
    return Verdict.AGREE if same else Verdict.DIVERGE


def join_continuations(facts: Sequence[Judged], order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with pairs of unique quote sentences that continue one judged statement joined: diverging
    when reworded, agreeing when the words are the same ("Safety comes first.", too short for a word test)."""
    seats = _seats(facts)
    lone = {n: m for n, f in enumerate(facts) if (m := _lone(f[0])) is not None}
    if len(lone) < 2:
        return list(facts)
    into: dict[int, int] = {}
    for i, j in ((i, j) for i in lone for j in lone if i < j):
        a, b = lone[i], lone[j]
        if i in into or j in into or a.source == b.source or i in into.values() or j in into.values():
            continue
        if not set(_speaker_key(a.speaker or "")) & set(_speaker_key(b.speaker or "")):
            continue
        na, nb = _neighbours(a, seats), _neighbours(b, seats)
        shared = [x for x, y in zip(na, nb, strict=True) if x is not None and x == y and x not in lone]
        if shared and {m.source for m in facts[shared[0]][0]} >= {a.source, b.source}:
            into[j] = i
    out: list[Judged] = []
    for n, (group, verdict, claim, role) in enumerate(facts):
        if n in into:
            continue
        partners = [facts[u] for u, f in into.items() if f == n]
        if partners:
            group = sorted([*group, *(m for p in partners for m in p[0])],
                           key=lambda m: (order[m.source], m.span.start))
            verdict, claim = _verdict(group), claim or next((p[2] for p in partners if p[2]), None)
        out.append((group, verdict, claim, role))
    return out


__all__ = ["join_continuations"]
