"""The sources of a large comparison analysed at once, in worker processes.

``analyse(article)`` needs no other source, so when the text is long enough
the articles are shared out between this process and ``jobs - 1`` workers,
balanced by their length; the reports are the same as one by one (every
analysis is a pure function of its article), in the same order.

Below ``PARALLEL_MIN_CHARS`` of text, or with one source, one usable CPU, or
``SOURCEDIFF_JOBS=1`` / ``CompareOptions(jobs=1)``, all stays in process. Workers
are forked, and only from a process that runs no other thread (``forked_pool``;
the command's spinner stops for the fork: threads.helpers_paused);
a pool that cannot start or breaks (other threads, no fork, a sandbox without
semaphores, a worker killed) is no error: what it did not deliver is analysed
here, and an exception the analysis itself raises is raised again here.

The corpus mode's local workers (corpus/run.py, ``--jobs``) start from
``process_pool``, which forks under the same condition and spawns otherwise.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor

from sourcediff.analysis import analyse
from sourcediff.errors import ConfigError
from sourcediff.extract.entities import person_titles, remember_titles
from sourcediff.model import Article, Mention, Passage, SourceInfo
from sourcediff.threads import helpers_paused, single_threaded

# Characters of article text in a comparison from which its sources are
# analysed in parallel: about 15,000 words. Measured on scale.py's invented
# stories, 2 CPUs: the pool costs 0.02-0.05 s of CPU whatever the size (a
# fork, the results pickled back, the workers' own page copies), while the
# analysis it halves takes 0.08 s for the five seeds (22,000 characters),
# 0.22 s at 53,000, 0.5 s at 106,000 and 2.0 s at 392,000 (two 30,000-word
# articles). Below the bar the saving, at most half the analysis, is a few
# hundredths of a second and lost as soon as the other CPU is busy; above
# it the pool costs under a tenth of what it saves.
PARALLEL_MIN_CHARS = 100_000
# The user's choice of how many processes analyse the sources (1: this one only).
JOBS_VAR = "SOURCEDIFF_JOBS"

PoolFactory = Callable[[int], Executor]
# An article's passages and mentions, and the title words by person its entity scan found
# (entities.person_titles: the story's offices need them, and this process need not scan it again).
Analysed = tuple[tuple[Passage, ...], tuple[Mention, ...], dict[str, frozenset[str]]]


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, as a container or ``taskset`` sets it)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # no affinity on macOS and Windows
        return os.cpu_count() or 1


def jobs_from_env(environ: Mapping[str, str]) -> int | None:
    """``SOURCEDIFF_JOBS`` as a number of processes, or None when unset (automatic)."""
    value = environ.get(JOBS_VAR, "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) < 1:
        raise ConfigError(f"{JOBS_VAR}={value!r}: give a whole number of processes, 1 or more")
    return int(value)


def start_method() -> str:
    """``fork`` when this process runs a single thread, else ``spawn``.

    A forked worker starts at once with every module and cache of this
    process, but forking a process with other threads (a BLAS pool, a
    progress spinner's refresh thread) may copy a lock one of them holds
    and deadlock the child; Python 3.12 warns of it. The count is the
    kernel's (/proc/self/task): it sees native threads that ``threading``
    does not. Without /proc (macOS, Windows) fork is not safe to assume.
    """
    try:
        threads = len(os.listdir("/proc/self/task"))
    except OSError:
        return "spawn"
    return "fork" if threads == 1 else "spawn"


def process_pool(workers: int) -> ProcessPoolExecutor:
    """``workers`` processes, started the way ``start_method`` says is safe now (the corpus mode's)."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(start_method()))


def forked_pool(workers: int) -> ProcessPoolExecutor:
    """``workers`` processes forked from this one; refused when that is unsafe (``start_method``).

    Never spawned for a comparison: a spawned (or forkserver) worker runs
    the caller's main module again, all of it in a script without a
    ``__main__`` guard, and starts cold: 0.25 s of CPU to import the
    analysis alone, a quarter of what one 30,000-word article's analysis
    saves, and all of it on a machine whose other CPU is busy.
    """
    if start_method() != "fork":
        raise RuntimeError("this process runs other threads: forking it could deadlock a worker")
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))


def processes(articles: Sequence[Article], jobs: int | None = None,
              min_chars: int = PARALLEL_MIN_CHARS) -> int:
    """How many processes (this one included) should analyse ``articles``: 1 means no workers."""
    if len(articles) < 2 or sum(len(a.text) for a in articles) < min_chars:
        return 1
    wanted = usable_cpus() if jobs is None else jobs
    return max(1, min(wanted, usable_cpus(), len(articles)))


def shares(sizes: Sequence[int], parts: int) -> list[list[int]]:
    """Indices of ``sizes`` in ``parts`` groups of near-equal total, longest first to the least loaded."""
    groups: list[list[int]] = [[] for _ in range(parts)]
    loads = [0] * parts
    for i in sorted(range(len(sizes)), key=lambda i: (-sizes[i], i)):
        least = loads.index(min(loads))
        groups[least].append(i)
        loads[least] += sizes[i]
    return [sorted(g) for g in groups if g]


def analyse_all(articles: Sequence[Article], aliases: Mapping[str, str] | None = None, *,
                jobs: int | None = None, min_chars: int | None = None,
                pool: PoolFactory | None = None) -> tuple[SourceInfo, ...]:
    """Every article's analysis, in input order: in parallel when it pays, else one by one.

    ``min_chars`` and ``pool`` default to ``PARALLEL_MIN_CHARS`` and ``forked_pool`` as they are
    when called (tests lower the one and watch the other).
    """
    n = processes(articles, jobs, PARALLEL_MIN_CHARS if min_chars is None else min_chars)
    if n < 2:
        return tuple(analyse(a, aliases) for a in articles)
    mine, *theirs = shares([len(a.text) for a in articles], n)
    done: dict[int, SourceInfo] = {}
    with helpers_paused():  # a spinner's thread stopped while the workers fork (they do at the first task)
        try:
            executor: Executor | None = (pool or forked_pool)(len(theirs))
        except Exception:  # no processes here (other threads, a sandbox, no semaphores): stay in this one
            executor = None
        futures = [] if executor is None else _submitted(executor, articles, theirs, aliases)
    if executor is None:
        return tuple(analyse(a, aliases) for a in articles)
    try:
        for i in mine:
            done[i] = analyse(articles[i], aliases)
        for group, future in zip(theirs, futures, strict=False):
            try:
                parts = future.result()
            except Exception:  # a broken pool, or the analysis failed: redone (and raised) here
                continue
            for i, (passages, mentions, titles) in zip(group, parts, strict=True):
                done[i] = SourceInfo(article=articles[i], passages=passages, mentions=mentions)
                remember_titles(articles[i].text, titles)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return tuple(done[i] if i in done else analyse(a, aliases) for i, a in enumerate(articles))


def _submitted(executor: Executor, articles: Sequence[Article], groups: list[list[int]],
               aliases: Mapping[str, str] | None) -> list[Future[list[Analysed]]]:
    """The groups handed to the workers; those it refused (a pool already broken) are left out."""
    futures = []
    for group in groups:
        try:
            futures.append(executor.submit(analyse_group, [articles[i] for i in group], aliases))
        except Exception:
            break
    return futures


def analyse_group(articles: list[Article], aliases: Mapping[str, str] | None) -> list[Analysed]:
    """Task: the passages and mentions of some articles.

    Not their text, which the caller has: a 30,000-word article is 0.2 MB
    of the 1.3 MB its analysis pickles to. One BLAS thread, as in the
    comparison (a worker of another start method has numpy's default pools).
    """
    out: list[Analysed] = []
    with single_threaded():
        for a in articles:
            info = analyse(a, aliases)
            # right after its analysis scan's cache holds the text: the titles cost a lookup (a dict pickles)
            out.append((info.passages, info.mentions, dict(person_titles(a.text))))
    return out
