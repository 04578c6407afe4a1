"""Where the corpus work runs: in this process, in local processes, or on a Dask cluster.

The two kinds of task, analysing one article and comparing one story, are
plain module-level functions of picklable values, so the same task runs
unchanged in a ``ProcessPoolExecutor`` or as a Dask ``distributed`` task,
and gives the same result. Results come back in input order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any, Protocol, TypeVar

from sourcediff.corpus.features import StoryTerms, story_terms
from sourcediff.corpus.wire import shared_wording, wire_section
from sourcediff.errors import ConfigError
from sourcediff.model import Article, Report, SourceInfo
from sourcediff.pipeline import analyse, compare_analysed
from sourcediff.render.json import report_to_dict
from sourcediff.render.safe_text import json_document
from sourcediff.workers import process_pool

T = TypeVar("T")
R = TypeVar("R")
V = TypeVar("V", covariant=True)
# Articles per local analysis task: large enough that pickling is not the cost.
# Stories are compared one per task: their costs differ too much to bundle.
CHUNK = 16
# Tasks handed out ahead of the one whose result is awaited, per worker
# thread (and at least AHEAD): keeps every worker busy behind one long story
# while bounding what waits in memory (inputs are made lazily, results
# consumed in order).
AHEAD = 64
AHEAD_PER_WORKER = 4


class Runner(Protocol):
    """Maps a task over items, results in input order, consuming ``items`` lazily."""

    def map(self, fn: Callable[[T], R], items: Iterable[T], chunk: int = 1) -> Iterator[R]: ...

    def close(self) -> None: ...


class InProcess:
    """No parallelism: the default for small corpora and for tests."""

    def map(self, fn: Callable[[T], R], items: Iterable[T], chunk: int = 1) -> Iterator[R]:
        return (fn(x) for x in items)

    def close(self) -> None:
        return None


def _each(fn: Callable[[T], R], part: list[T]) -> list[R]:
    return [fn(x) for x in part]


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while part := list(islice(it, size)):
        yield part


class _Pending(Protocol[V]):
    """A submitted task: a ``concurrent.futures`` future or a Dask one."""

    def result(self) -> V: ...


def _in_order(submit: Callable[[list[T]], _Pending[list[R]]], items: Iterable[T], chunk: int,
              workers: int) -> Iterator[R]:
    """Submit chunks as results are consumed, a bounded number in flight; yield results in input order."""
    ahead = max(AHEAD, AHEAD_PER_WORKER * workers)
    pending: deque[_Pending[list[R]]] = deque()
    for part in _batched(items, chunk):
        pending.append(submit(part))
        if len(pending) >= ahead:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


class LocalProcesses:
    """``jobs`` worker processes on this machine, forked only when that is safe (workers.start_method)."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.pool = process_pool(jobs)

    def map(self, fn: Callable[[T], R], items: Iterable[T], chunk: int = 1) -> Iterator[R]:
        return _in_order(lambda part: self.pool.submit(_each, fn, part), items, chunk, self.jobs)

    def close(self) -> None:
        self.pool.shutdown()


class DaskCluster:
    """Tasks on an existing Dask distributed scheduler (``tcp://HOST:PORT``).

    The workers need sourcediff installed (the same version); results stream
    back in input order as they finish.
    """

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise ConfigError("--scheduler needs Dask: pip install 'sourcediff[dask]'") from None
        try:
            self.client = Client(address, timeout="10s", set_as_default=False)
        except OSError as exc:
            raise ConfigError(f"--scheduler {address}: cannot reach the Dask scheduler ({exc})") from None

    def map(self, fn: Callable[[T], R], items: Iterable[T], chunk: int = 1) -> Iterator[R]:
        # A distributed future is not a concurrent.futures one, but has the same result().
        # Worker threads of the whole cluster, as it is now: a large cluster gets enough tasks to fill it.
        threads = sum(self.client.nthreads().values())
        return _in_order(lambda part: self.client.submit(_each, fn, part, pure=False), items, chunk, threads)

    def close(self) -> None:
        self.client.close()


def runner(jobs: int = 1, scheduler: str | None = None) -> Runner:
    """The runner for the user's flags: a scheduler address wins over ``jobs``."""
    if scheduler:
        return DaskCluster(scheduler)
    if jobs < 1:
        raise ConfigError("--jobs must be 1 or more")
    return InProcess() if jobs == 1 else LocalProcesses(jobs)


@dataclass(frozen=True)
class Analysed:
    """One article's analysis and its story-grouping terms, made together in the worker."""

    info: SourceInfo
    terms: StoryTerms


@dataclass(frozen=True)
class Failed:
    """An article the analysis crashed on: a bug to report, not a reason to lose a day's feed."""

    id: str
    error: str


def analyse_task(article: Article) -> Analysed | Failed:
    """Task: one article's passages and mentions, and the terms that group it into a story."""
    try:
        info = analyse(article)
    except Exception as exc:  # one article's bug must not stop thousands of others
        return Failed(article.id, f"{type(exc).__name__}: {exc}".rstrip(": "))
    return Analysed(info, story_terms(info))


def compare_infos(infos: tuple[SourceInfo, ...]) -> Report:
    """The comparison of already analysed articles: exactly ``pipeline.compare`` minus the analysis."""
    return compare_analysed(infos)


def compare_task(task: tuple[tuple[SourceInfo, ...], bool, bool]) -> tuple[str, str]:
    """Task: one story's report@1 JSON, with its shared wording (wire copy) section, and its page.

    The page is made only when asked (``""`` otherwise): it is the larger cost at scale.
    The last flag lists every unique detail on the page (``corpus --all``).
    """
    infos, want_html, show_all = task
    report = compare_infos(infos)
    data: dict[str, Any] = report_to_dict(report)
    data.update(wire_section(report, shared_wording(infos)))
    page = ""
    if want_html:
        from sourcediff.render import RenderOptions
        from sourcediff.render.html import render_html

        page = render_html(report, RenderOptions(color=False, title=_title(report), show_all=show_all))
    return json_document(data), page


def _title(report: Report) -> str:
    return next((s.article.title for s in report.sources if s.article.title), "")
