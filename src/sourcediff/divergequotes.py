"""A quotation reworded: one speaker's statement that another outlet rewrites after its opening words.

Quotes join one fact only when they share most of their words
(`compat.same_quotation`), so that two statements of one speaker are never
judged as one. A tabloid that keeps a statement's opening ("We won't lift
this until ...") and rewrites the rest keeps too few of its words, and its
version stood as a unique quote: the rewording an editor must flag was
silent. This rule of diverge.divergent_pairs pairs two sources' quotes that
the same named speaker is credited with, in passages the aligner put in one
claim, and that open with the same REWORDED_OPENING words once house style
is folded ("won't" is "will not"): the judge then merges their facts into
one divergent quotation when their sources are disjoint. A second statement
of one speaker rarely opens with the same five words in the passage another
outlet reports the first in.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence

from sourcediff.compat import quote_words, same_quotation
from sourcediff.evidence import Evidence
from sourcediff.model import Kind, Mention
from sourcediff.values import QuoteValue

# Words, in order from the first, that a reworded quote keeps of the statement: five ("We will not lift
# this", "Dunmere was torn apart in") make a clause of the speaker's own, rarely a stock phrase.
REWORDED_OPENING = 5


def reworded_quote_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Pairs of two sources' quotes of one speaker, in one claim, with one opening and other words."""
    openings: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if m.kind is Kind.QUOTE and m.speaker and isinstance(m.value, QuoteValue):
            words = quote_words(m.value)
            if len(words) > REWORDED_OPENING:
                openings[(m.speaker.casefold(), words[:REWORDED_OPENING])].append(i)
    pairs = []
    for group in openings.values():
        for i, j in itertools.combinations(group, 2):
            a, b = ms[i], ms[j]
            if a.source == b.source or not ctx.shared_claim(a, b):
                continue
            assert isinstance(a.value, QuoteValue) and isinstance(b.value, QuoteValue)
            if not same_quotation(a.value, b.value):
                pairs.append((i, j))
    return pairs
