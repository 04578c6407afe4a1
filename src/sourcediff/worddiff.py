"""Word-level edit scripts between two texts, from rapidfuzz opcodes.

Editors read changes in words, not characters: "accede to" against "accept"
should show as one replaced word, not a scatter of letters. Words are compared
folded (case, curly quotes, dashes), so typography alone never shows as a
change; the spans point into the texts as written so renderers can highlight
the exact source characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from sourcediff.model import Span
from sourcediff.regexcache import regex
from sourcediff.text import fold

# A word, or a run of punctuation that is not white space: punctuation is kept
# as tokens so "position:" against "position," shows the changed mark, but
# folded so that typographic variants compare equal.
_TOKEN = regex(r"[^\W_]+(?:['’\-][^\W_]+)*|[^\w\s]+", re.UNICODE)

EQUAL = "equal"
REPLACE = "replace"
DELETE = "delete"
INSERT = "insert"


@dataclass(frozen=True)
class Token:
    """A word or punctuation run with its place in the text it came from."""

    span: Span
    key: str


@dataclass(frozen=True)
class WordOp:
    """One step of the edit script: ``a[a.start:a.end]`` becomes ``b[b.start:b.end]``."""

    tag: str  # equal | replace | delete | insert
    a: Span
    b: Span


def tokenize(text: str, *, punctuation: bool = True) -> tuple[Token, ...]:
    """The words (and, if asked, punctuation runs) of ``text`` with their spans."""
    out = []
    for m in _TOKEN.finditer(text):
        key = fold(m.group())
        if not punctuation and not any(ch.isalnum() for ch in key):
            continue
        out.append(Token(Span(m.start(), m.end()), key))
    return tuple(out)


def _cover(tokens: tuple[Token, ...], lo: int, hi: int, at: int) -> Span:
    """The character span of tokens[lo:hi], or an empty span where an insertion lands."""
    if lo < hi:
        return Span(tokens[lo].span.start, tokens[hi - 1].span.end)
    if lo < len(tokens):
        return Span(tokens[lo].span.start, tokens[lo].span.start)
    return Span(at, at)


def word_diff(a: str, b: str, *, punctuation: bool = False) -> tuple[WordOp, ...]:
    """Word-level edit script turning ``a`` into ``b``.

    Punctuation is ignored by default: quotes reproduced by different outlets
    differ in commas and full stops far more often than in words, and those
    differences are not what an editor is looking for.
    """
    ta, tb = tokenize(a, punctuation=punctuation), tokenize(b, punctuation=punctuation)
    ops = Levenshtein.opcodes([t.key for t in ta], [t.key for t in tb])
    out = []
    for op in ops:
        out.append(WordOp(op.tag, _cover(ta, op.src_start, op.src_end, len(a)),
                          _cover(tb, op.dest_start, op.dest_end, len(b))))
    return tuple(out)


def quote_changes(a: str, b: str, *, trim_a: bool = True) -> tuple[tuple[Span, Span], ...]:
    """Where quotation ``a`` differs from ``b``, ignoring trimming at the ends.

    Words ``b`` has before or after ``a``'s (a quote cut short) are no change;
    with ``trim_a`` the same holds for words only ``a`` has at its ends. Adjacent
    edits merge, so "accede to" against "accept" is one change, not two.
    Returns (span in a, span in b) pairs; an empty span marks a dropped or
    added word. Shared by the judge's notes and the editorial check.
    """
    ends = (INSERT, DELETE) if trim_a else (INSERT,)
    ops = list(word_diff(a, b))
    while ops and ops[0].tag in ends:
        ops.pop(0)
    while ops and ops[-1].tag in ends:
        ops.pop()
    runs: list[tuple[Span, Span]] = []
    after_change = False
    for op in ops:
        if op.tag == EQUAL:
            after_change = False
        elif after_change:
            runs[-1] = (_extend(runs[-1][0], op.a), _extend(runs[-1][1], op.b))
        else:
            runs.append((op.a, op.b))
            after_change = True
    return tuple(runs)


def _extend(run: Span, step: Span) -> Span:
    """A merged change's span grown by the next edit's; empty spans only mark a position."""
    if not len(step):
        return run
    if not len(run):
        return step
    return Span(run.start, step.end)


def similarity(a: str, b: str) -> float:
    """Share of words the two texts have in common, 0..1 (normalized Indel on word lists)."""
    wa = [t.key for t in tokenize(a, punctuation=False)]
    wb = [t.key for t in tokenize(b, punctuation=False)]
    if not wa and not wb:
        return 1.0
    return 1.0 - Levenshtein.normalized_distance(wa, wb, weights=(1, 1, 2))
