"""A quotation cut at its first clause: “We lost the vote,” she said, against “We lost the vote, and ...”.

An outlet often quotes only the opening clause of a statement another gives
whole, and goes on in its own words: “The figures are wrong,” he said,
adding that ... A quotation joins another outlet's when it is a run of its
words (compat.same_quotation), but only from SAME_QUOTE_MIN_WORDS words: a
shorter quote is too common to join on its words alone, so such a cut stayed
a unique quotation of its own, and the fact of the statement missed the
outlet that quoted it.

Here a lone short quotation joins the quote fact one of whose quotations
opens with its very words and goes on after a clause break (a comma, a
semicolon, a colon or a dash), when both are credited to speakers sharing a
word. All three together are the same person's same words, cut where the
speaker paused; a short quote with no speaker, credited to someone else, or
matching words inside a sentence rather than at its start stays apart. The
verdict never gets worse: a cut of a unique quotation makes it agreed, and a
divergence stays one.
"""

from __future__ import annotations

from collections.abc import Sequence

from sourcediff.compat import SAME_QUOTE_MIN_WORDS, quote_words, speaker_key
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import QuoteValue

# Fewest words of a cut quotation: a one-word quote ("Shameful.") is an exclamation, not a clause.
OPENING_MIN_WORDS = 2
# What may follow the opening clause in the whole quotation.
_CLAUSE_BREAKS = frozenset(",;:–—-")
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _folded(text: str) -> str:
    return " ".join(text.translate(_FOLD).casefold().split())


def _cut(m: Mention) -> str | None:
    """The words of a short quotation as a lone fact holds it, without its closing stop, or None."""
    if not isinstance(m.value, QuoteValue) or m.value.phrase or not m.speaker:
        return None
    if not OPENING_MIN_WORDS <= len(quote_words(m.value)) < SAME_QUOTE_MIN_WORDS:
        return None
    cut = _folded(m.value.text).rstrip(" ,;:.!?–—-")
    return cut or None


def opens(whole: Mention, cut: str) -> bool:
    """True when ``whole`` is a quotation opening with ``cut`` and going on after a clause break."""
    if not isinstance(whole.value, QuoteValue) or whole.value.phrase:
        return False
    text = _folded(whole.value.text)
    if not text.startswith(cut) or len(text) <= len(cut):
        return False
    return text[len(cut)] in _CLAUSE_BREAKS


def _same_speaker(a: Mention, group: Sequence[Mention]) -> bool:
    mine = set(speaker_key(a.speaker or ""))
    return bool(mine) and any(mine & set(speaker_key(m.speaker)) for m in group if m.speaker)


def join_opening_clauses(facts: Sequence[Judged], order: dict[str, int]) -> list[Judged]:
    """``facts`` with each lone short quotation joined to the quote fact it opens (see the module)."""
    out = list(facts)
    n = 0
    while n < len(out):
        group = out[n][0]
        cut = _cut(group[0]) if len(group) == 1 and group[0].kind is Kind.QUOTE else None
        target = None if cut is None else next(
            (k for k, (other, *_rest) in enumerate(out)
             if k != n and other[0].kind is Kind.QUOTE and all(m.source != group[0].source for m in other)
             and _same_speaker(group[0], other) and any(opens(m, cut) for m in other)), None)
        if cut is None or target is None:
            n += 1
            continue
        other, verdict, claim, role = out[target]
        joined = sorted([*other, group[0]], key=lambda m: (order[m.source], m.span.start))
        out[target] = (joined, Verdict.AGREE if verdict is Verdict.UNIQUE else verdict, claim, role)
        del out[n]
    return out
