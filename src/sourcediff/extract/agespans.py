"""The youngest's and the oldest's ages in one sentence read as the group's age range.

"The youngest was 12 and the oldest 61" gives the same range as another
outlet's "aged between 12 and 61" or "aged 12 to 61". Read as two lone
ages, the figures met the range's bounds in the judge, but the passage
shared no figure with the others' sentences, so the aligner saw two
sentences with nothing in common but digits it could not match. Joined,
the sentence states one range of ages as theirs do.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from sourcediff.extract import patterns as P
from sourcediff.model import Mention, Span
from sourcediff.values import Quantity

AGE_SLOT = "number:age"
# The most characters between the youngest's age and the oldest's superlative ("12 and the oldest ").
_GAP = 40


def _superlative(text: str, m: Mention) -> str | None:
    """ "youngest" or "oldest" when that superlative stands before the age in its clause, else None."""
    before = text[max(0, m.span.start - 60):m.span.start].casefold()
    cut = max(before.rfind(". "), before.rfind(";"), before.rfind(","), before.rfind(" and "))
    words = before[cut + 1:]
    found = [w for w in ("youngest", "oldest") if w in words]
    return found[0] if len(found) == 1 else None


def _plain_age(m: Mention) -> bool:
    v = m.value
    return (m.slot == AGE_SLOT and isinstance(v, Quantity) and v.high is None and not v.qualifier
            and v.unit == "year")


def join_extremes(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with each youngest/oldest pair of ages in one sentence made one range of ages."""
    out = list(mentions)
    ages = sorted((i for i, m in enumerate(out) if _plain_age(m)), key=lambda i: out[i].span.start)
    drop: set[int] = set()
    for i, j in itertools.pairwise(ages):
        a, b = out[i], out[j]
        if a.source != b.source or a.passage != b.passage or b.span.start - a.span.end > _GAP:
            continue
        if P.SENTENCE_END.search(text, a.span.end, b.span.start):
            continue
        ends = {_superlative(text, a), _superlative(text, b)}
        if ends != {"youngest", "oldest"}:
            continue
        va, vb = a.value, b.value
        assert isinstance(va, Quantity) and isinstance(vb, Quantity)
        low, high = sorted((va.amount, vb.amount))
        out[i] = replace(a, span=Span(a.span.start, b.span.end), raw=text[a.span.start:b.span.end],
                         value=replace(va, amount=low, high=high))
        drop.add(j)
    return [m for n, m in enumerate(out) if n not in drop]
