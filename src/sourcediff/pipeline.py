"""compare(articles) -> Report: the whole pipeline as one pure function."""

from __future__ import annotations

import contextlib
import functools
import gc
import sys
import threading
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sourcediff import __version__, threads  # threads first: it looks at the pools before numpy loads
from sourcediff.align import align, score_pairs
from sourcediff.budget import check_pair_budget, check_text_budget
from sourcediff.compare import judge
from sourcediff.errors import InputError
from sourcediff.extract import extract
from sourcediff.extract.latespeakers import late_speakers
from sourcediff.extract.lengths import unify_lengths
from sourcediff.extract.money import own_dollars, unify_dollars, unify_pounds
from sourcediff.extract.people import unify_people
from sourcediff.extract.rates import convert_stated, unify_rates
from sourcediff.extract.times import UNALIGNED_CLOCKS
from sourcediff.measurecompound import join_compounds
from sourcediff.measureconv import mark_conversions
from sourcediff.model import Article, Mention, Report, SourceInfo
from sourcediff.options import CompareOptions
from sourcediff.segment import segment
from sourcediff.storyweekdays import place_weekdays
from sourcediff.storyyears import place_years
from sourcediff.text import fold
from sourcediff.undated import resolve_undated
from sourcediff.values import Entity

if TYPE_CHECKING:
    from threadpoolctl import ThreadpoolController


def analyse(article: Article, aliases: Mapping[str, str] | None = None) -> SourceInfo:
    """One article's passages and mentions: everything that needs no other source.

    Without the cyclic collector, as in `compare` (see `cycle_collection_paused`): the corpus
    mode analyses articles one by one, outside any comparison.
    """
    with cycle_collection_paused():
        passages = segment(article)
        mentions = mark_conversions(article, join_compounds(article, extract(article, passages)))
    if aliases:
        mentions = tuple(_aliased(m, aliases) for m in mentions)
    return SourceInfo(article=article, passages=passages, mentions=mentions)


def _aliased(m: Mention, aliases: Mapping[str, str]) -> Mention:
    """The mention with the user's canonical names for its entity and speaker."""
    if isinstance(m.value, Entity) and (name := aliases.get(fold(m.value.name))):
        m = replace(m, value=Entity(name, m.value.type))
    if m.speaker and (name := aliases.get(fold(m.speaker))):
        m = replace(m, speaker=name)
    return m


def compare(articles: Sequence[Article], options: CompareOptions = CompareOptions()) -> Report:
    """Align the articles' passages and judge every fact they state."""
    dupes = [i for i, n in Counter(a.id for a in articles).items() if n > 1]
    if dupes:
        raise InputError(f"two sources share the id {dupes[0]!r}; give each a --label")
    aliases = {fold(k): v for k, v in options.aliases}
    check_text_budget(articles)  # bounded time and memory: refuse now, not after minutes
    with single_threaded(), cycle_collection_paused():
        return compare_analysed(tuple(analyse(a, aliases) for a in articles))


def compare_analysed(analysed: tuple[SourceInfo, ...]) -> Report:
    """The comparison of articles already analysed one by one (the corpus mode reuses analyses).

    People are linked across the sources here, not in ``analyse``: "Thornton"
    in one article is "Robert J. Thornton Jr." only because another says so;
    so is a bare "$" sum to the dollar another source names for it, a sum
    in a currency only one article uses to the others' at the rate it states,
    and an undated article's "Friday" is read against the story's dates.
    """
    with single_threaded(), cycle_collection_paused():
        placed = place_years(place_weekdays(resolve_undated(analysed)))
        dollars = unify_dollars(own_dollars(late_speakers(unify_people(placed))))
        unified = unify_lengths(unify_rates(unify_pounds(dollars)))
        infos = convert_stated(unified)
        check_pair_budget(infos)
        seen = _aligner_view(infos)
        scores = score_pairs(seen)
        claims = align(seen, scores=scores)
        facts = judge(infos, claims, scores=scores)
    return Report(sources=infos, claims=claims, facts=facts, tool_version=__version__)


def _aligner_view(infos: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """The sources as the aligner reads them: no clock read only as a 24-hour blog entry's stamp.

    Such a clock ("11:42" opening an entry of a blog that keeps the 24-hour
    clock, extract/times.py ENTRY_CLOCK) says when the outlet wrote as often
    as when the event happened, and the pair model was trained before these
    were read: the claims stay what they were, and the judge compares them.
    So is a dotted clock read by its half of the day ("at 2.30 this
    afternoon", extract/times.py DOTTED_CLOCK).
    """
    out = []
    for s in infos:
        kept = tuple(m for m in s.mentions if UNALIGNED_CLOCKS.isdisjoint(m.cues))
        out.append(s if kept == s.mentions else replace(s, mentions=kept))
    return tuple(out)


@functools.cache
def _controller() -> ThreadpoolController:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextlib.contextmanager
def single_threaded() -> Iterator[None]:
    """Run native thread pools (BLAS, OpenMP) with one thread for the comparison.

    The matrices of one story are small: on two cores, OpenBLAS threads
    spinning up and waiting for each other cost more than the products
    themselves (measured: 5x the CPU time of scoring 10 sources of 600 words,
    and slower even for two 15,000-word articles; benchmarks/scale.py).
    Parallelism, where it pays, belongs at the level of sources or stories.

    When the pools were started with one thread (threads.STARTED_SINGLE) and
    threadpoolctl, the way to resize them, was never imported, they still
    have one: asking it would cost 4 ms (its import, ctypes, a scan of the
    loaded libraries) and change nothing.
    """
    if threads.STARTED_SINGLE and "threadpoolctl" not in sys.modules:
        yield
        return
    with _controller().limit(limits=1):
        yield


_gc_lock = threading.Lock()
_gc_depth = 0  # comparisons running now (threads may run several)
_gc_restore = False  # whether the collector was on when the first of them began


@contextlib.contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Run the block without Python's cyclic garbage collector, then put it back as it was.

    A comparison allocates millions of small objects (passages, mentions,
    feature dicts) that all stay alive until it ends, so every full
    collection the allocations trigger walks a growing heap and frees
    nothing: measured on two 30,000-word articles, 0.47 s of the 4.4 s went
    to generation-2 collections alone, 0.6 s to collections in all, and a
    collection after the comparison found no cyclic garbage (none on 80
    sources either), with the same traced peak memory with the collector
    on or off. Reference counting still frees everything as usual; only the
    search for unreachable cycles waits. Nested and concurrent comparisons
    share one pause: the last one to finish restores the collector.
    """
    global _gc_depth, _gc_restore
    with _gc_lock:
        if _gc_depth == 0:
            _gc_restore = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_restore:
                gc.enable()
