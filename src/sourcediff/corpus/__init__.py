"""Corpus mode: a feed of many articles -> stories -> one comparison per story.

    >>> from sourcediff.corpus import build
    >>> result = build(articles, jobs=2)          # doctest: +SKIP
    >>> for s in result.stories: print(s.story.members, s.report[:40])  # doctest: +SKIP

See ``build.py`` for the flow, ``group.py`` for how stories are found,
``store.py`` for the state kept between runs, ``run.py`` for where the work
runs (local processes or a Dask cluster) and ``wire.py`` for wire copy.
"""

from __future__ import annotations

from sourcediff.corpus.build import CorpusResult, StoryReport, build
from sourcediff.corpus.group import Story
from sourcediff.corpus.store import Store

# group() stays in sourcediff.corpus.group: re-exporting it here would hide the module of the same name.
__all__ = ["CorpusResult", "Store", "Story", "StoryReport", "build"]
