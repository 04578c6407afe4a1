"""Fact extraction: passages -> Mentions with normalized values.

Each kind has its own module with one entry point
``extract(article, passages) -> tuple[Mention, ...]``; offsets are absolute
into ``article.text``. This module only runs them all in a fixed order.
"""

from __future__ import annotations

from collections.abc import Callable

from sourcediff.model import Article, Mention, Passage

Extractor = Callable[[Article, tuple[Passage, ...]], tuple[Mention, ...]]


def extractors() -> tuple[Extractor, ...]:
    """The extractors that exist, in a fixed order (imported lazily to keep start-up fast)."""
    found: list[Extractor] = []
    import importlib

    for name in ("money", "numbers", "times", "dates", "quotes", "entities"):
        try:
            mod = importlib.import_module(f"sourcediff.extract.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"sourcediff.extract.{name}":
                continue
            raise
        found.append(mod.extract)
    return tuple(found)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Every mention of every kind, sorted by position."""
    mentions: list[Mention] = []
    for run in extractors():
        mentions.extend(run(article, passages))
    return tuple(sorted(mentions, key=lambda m: (m.span.start, m.span.end, m.kind.value)))
