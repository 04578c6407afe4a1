"""Fact extraction: passages -> Mentions with normalized values.

Each kind has its own module with one entry point
``extract(article, passages) -> tuple[Mention, ...]``; offsets are absolute
into ``article.text``. This module only runs them all in a fixed order.
"""

from __future__ import annotations

from collections.abc import Callable

from sourcediff.extract import dates, entities, money, numbers, quotes, shared, tallies, times, updates
from sourcediff.model import Article, Mention, Passage

Extractor = Callable[[Article, tuple[Passage, ...]], tuple[Mention, ...]]

EXTRACTORS: tuple[Extractor, ...] = (money.extract, numbers.extract, tallies.extract, times.extract,
                                     dates.extract, quotes.extract, entities.extract)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Every mention of every kind, sorted by position; figures carry their update cue (updates.py)."""
    mentions: list[Mention] = []
    with shared.scope():  # each passage's dates and figures are scanned once for all extractors
        for run in EXTRACTORS:
            mentions.extend(run(article, passages))
    marked = updates.mark(tuple(mentions), passages)
    return tuple(sorted(marked, key=lambda m: (m.span.start, m.span.end, m.kind.value)))
