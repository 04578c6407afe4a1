"""A story's deck: the headline-style lines under its title ("Bus routes axed by 18% despite fury").

Tabloids and magazines set a standfirst (deck, sell) between the headline
and the first paragraph. It is written like a headline, clipped and with no
full stop, and restates the story's main figures in words of its own. Read
as a body sentence, its figure's words shared nothing with the body's
sentence of the same figure, so the story seemed to use that value for two
things (evidence._ambiguous) and the deck's figure was set apart from every
other source's. A deck is known by its place and its punctuation alone:
before the first sentence that ends like one, and not ending like one.
"""

from __future__ import annotations

from collections.abc import Iterable

from sourcediff.model import Passage

# How many passages from the top a deck may stand (title, kicker, deck, a second deck line).
DECK_PASSAGES = 4
# What a sentence of running text ends with (a headline-style line ends with none of these).
_SENTENCE_ENDS = (".", "!", "?", "\"", "”", "’", "'", ":", ";", "…", ")")


def deck_passages(passages: Iterable[Passage]) -> frozenset[int]:
    """The indexes of the untitled passages above the first full sentence that do not end like a sentence."""
    out = []
    for n, p in enumerate(passages):
        if n >= DECK_PASSAGES:
            break
        if p.role == "title":
            continue
        text = p.text.rstrip()
        if p.role != "sentence" or not text or text.endswith(_SENTENCE_ENDS):
            break
        out.append(p.index)
    return frozenset(out)
