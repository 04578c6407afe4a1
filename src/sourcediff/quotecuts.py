"""Two cuts of one statement: quotes that share no stretch, yet a third source quotes both (issue #11).

Outlets trim one statement differently. Given "It is a step in the right
direction, but a step is not the same as a living wage", one outlet quotes
"a step in the right direction", another "A step is not the same as a living
wage", a third the whole sentence. Pair by pair the two cuts are not one
quotation (`compat.same_quotation`: they share two words) and their words do
not agree (`compat.quotes_agree`: neither holds the other), so complete
linkage kept the first cut out of the fact the others make, as a unique
quote, and a verdict comparing the two cuts would call them a divergence.
Yet the whole sentence a third source prints holds both, word for word: the
cuts are parts of one statement, and an editor reads all three as agreeing.

Only a third source's quote can show this (a source never bridges its own
quote), both cuts must sit in it verbatim (house style folded), and each cut
must be long enough to be a quotation at all (SAME_QUOTE_MIN_WORDS): two
short stock phrases ("we are not going anywhere") inside one long speech
prove nothing. An altered cut is not held verbatim, so it still diverges.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sourcediff.compat import SAME_QUOTE_MIN_WORDS, quote_words, quotes_agree
from sourcediff.values import QuoteValue, Value


def within(whole: QuoteValue, part: QuoteValue) -> bool:
    """``part``'s words, at least SAME_QUOTE_MIN_WORDS of them, are a stretch of ``whole``'s."""
    n = len(quote_words(part))
    return SAME_QUOTE_MIN_WORDS <= n <= len(quote_words(whole)) and quotes_agree(whole, part)


def held_together(a: Value, b: Value, apart: Collection[str], stated: Iterable[tuple[str, Value]]) -> bool:
    """True when a quote some source outside ``apart`` states holds both ``a`` and ``b`` verbatim.

    ``apart`` is the sources of ``a`` and ``b``; ``stated`` the (source, value) pairs to look in.
    """
    if not (isinstance(a, QuoteValue) and isinstance(b, QuoteValue)):
        return False
    return any(isinstance(w, QuoteValue) and s not in apart and within(w, a) and within(w, b)
               for s, w in stated)
