"""Corpus mode: a feed of many articles -> stories -> one comparison per story.

    >>> from sourcediff.corpus import build
    >>> result = build(articles, jobs=2)          # doctest: +SKIP
    >>> for s in result.stories: print(s.story.members, s.report[:40])  # doctest: +SKIP

See ``flow.py`` for the flow, ``group.py`` for how stories are found,
``store.py`` for the state kept between runs, ``run.py`` for where the work
runs (local processes or a Dask cluster) and ``wire.py`` for wire copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sourcediff.corpus.flow import CorpusResult, StoryReport, build
    from sourcediff.corpus.group import Story
    from sourcediff.corpus.store import Store

# Names resolve on first use, so that `sourcediff --help` (which imports the
# command module of this package) loads neither numpy nor the pipeline.
_WHERE = {"CorpusResult": "flow", "StoryReport": "flow", "build": "flow", "Story": "group",
          "Store": "store"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'sourcediff.corpus' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"sourcediff.corpus.{_WHERE[name]}"), name)

# group() stays in sourcediff.corpus.group: re-exporting it here would hide the module of the same name.
__all__ = ["CorpusResult", "Store", "Story", "StoryReport", "build"]
