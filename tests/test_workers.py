"""Sources analysed in worker processes: the reports of one by one, and no failure when workers cannot run."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from sourcediff import Article, compare, workers
from sourcediff.errors import ConfigError
from sourcediff.options import NATIVE_THREAD_VARS, CompareOptions
from sourcediff.render.json import report_to_dict
from sourcediff.render.safe_text import json_document

# Invented articles of one story, of different lengths so that the shares are uneven.
_FACTS = [
    "Harbourton council voted 7-2 on Tuesday to close the Wexley Street depot by March 2027.",
    "The depot employs 214 people, council leader Mara Quell said, and cost $4.2 million to run last year.",
    '"We cannot keep a yard that loses money every week," Quell told reporters at 3:15 p.m.',
    "Union organiser Dev Okafor said 180 of the workers would be offered jobs at the new site in Lorne.",
    "The new site, 12 miles north of the town, opens on June 1 and will cost about $31 million.",
    "Councillor Bea Ruston, one of the two who voted against, called the plan rushed.",
]
_OTHER = [
    "Harbourton's council backed closing the Wexley Street depot on Tuesday by a vote of 7 to 2.",
    "Council leader Mara Quell said the yard has 241 staff and lost $4.5 million last year.",
    "Dev Okafor of the drivers' union said only 150 workers had been promised places at Lorne.",
    '"We cannot keep a yard that loses money every week," Quell said on Tuesday afternoon.',
    "The Lorne depot, 20 kilometres to the north, is due to open on June 1.",
]


def _article(sid: str, sentences: list[str], repeat: int) -> Article:
    paragraphs = [" ".join(sentences[k:] + sentences[:k]) for k in range(repeat)]
    return Article.from_text("\n\n".join(paragraphs), id=sid, published="2026-11-10")


ARTICLES = [_article("herald", _FACTS, 4), _article("post", _OTHER, 2), _article("wire", _FACTS[:4], 1),
            _article("gazette", _OTHER[1:], 3)]


def _json(options: CompareOptions = CompareOptions()) -> str:
    return json_document(report_to_dict(compare(ARTICLES, options)))


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The bar lowered to nothing and two CPUs, whatever the machine: ``compare`` takes the parallel path.

    Returns the worker counts of the pools it made, to prove it. The test
    process has numpy's BLAS threads (nothing sets OPENBLAS_NUM_THREADS=1
    here as the command does), so it is declared fit to fork: those threads
    sit idle and the child never calls BLAS. The unpatched check has a test
    of its own, in a fresh process (``test_the_command_s_process_forks_its_workers``).
    """
    made: list[int] = []
    real = workers.forked_pool

    def watched(n: int) -> ProcessPoolExecutor:
        made.append(n)
        return real(n)

    monkeypatch.setattr(workers, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(workers, "usable_cpus", lambda: 2)
    monkeypatch.setattr(workers, "forked_pool", watched)
    monkeypatch.setattr(workers, "start_method", lambda: "fork")
    monkeypatch.delenv(workers.JOBS_VAR, raising=False)
    return made


def test_reports_in_parallel_are_byte_identical_to_one_by_one(parallel: list[int]) -> None:
    one_by_one = _json(CompareOptions(jobs=1))
    assert parallel == []
    assert _json() == one_by_one
    assert parallel == [1]  # this process and one worker


_FRESH = """
import contextlib, os, sys
from sourcediff import compare, termio, workers
from sourcediff.options import CompareOptions
from sourcediff.render.json import report_to_dict
from sourcediff.render.safe_text import json_document
sys.path.insert(0, sys.argv[1])
from test_workers import ARTICLES
workers.PARALLEL_MIN_CHARS = 0
workers.usable_cpus = lambda: 2
made = []
real = workers.forked_pool
def watched(n):
    pool = real(n)  # refused while another thread runs
    made.append(n)
    return pool
workers.forked_pool = watched
one = json_document(report_to_dict(compare(ARTICLES, CompareOptions(jobs=1))))
with termio.progress(True) if sys.argv[2] == "spinner" else contextlib.nullcontext(print) as step:
    step("comparing")
    both = json_document(report_to_dict(compare(ARTICLES)))
print(made, one == both)
"""


def _fresh_process(mode: str) -> list[str]:
    """``_FRESH`` run as the command runs it (one BLAS thread): the pools made, and whether reports match."""
    env = {k: v for k, v in os.environ.items() if k != workers.JOBS_VAR}
    for var in NATIVE_THREAD_VARS:
        env[var] = "1"
    out = subprocess.run([sys.executable, "-c", _FRESH, os.path.dirname(__file__), mode], env=env, text=True,
                         capture_output=True, check=True)
    return out.stdout.split()[-2:]


def test_the_command_s_process_forks_its_workers() -> None:
    """As the command runs it: really forked, the same report."""
    assert _fresh_process("quiet") == ["[1]", "True"]


def test_aliases_reach_the_workers(parallel: list[int]) -> None:
    options = CompareOptions(aliases=(("Mara Quell", "Mara J. Quell"),))
    assert _json(options) == _json(CompareOptions(aliases=options.aliases, jobs=1))
    assert parallel == [1] and "Mara J. Quell" in _json(options)


def test_sources_jobs_env_keeps_one_process(parallel: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(workers.JOBS_VAR, "1")
    _json()
    assert parallel == []


class _Refusing(Executor):
    """A pool that starts but takes no task, as a broken one does."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        raise BrokenProcessPool("a worker died")


class _Failing(Executor):
    """A pool whose every task fails, as when a worker is killed mid-task."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(BrokenProcessPool("a worker was killed"))
        return future


def _no_processes(n: int) -> Executor:
    raise PermissionError("no semaphores in this sandbox")


@pytest.mark.parametrize("pool", [_no_processes, lambda n: _Refusing(), lambda n: _Failing()],
                         ids=["cannot start", "refuses tasks", "tasks fail"])
def test_workers_that_fail_fall_back_to_this_process(pool: Callable[[int], Executor]) -> None:
    expected = workers.analyse_all(ARTICLES, jobs=1)
    assert workers.analyse_all(ARTICLES, jobs=4, min_chars=0, pool=pool) == expected


def test_an_error_in_the_analysis_is_raised_as_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(article: Article, aliases: object = None) -> object:
        raise ValueError(f"cannot read {article.id}")

    monkeypatch.setattr(workers, "analyse", broken)
    with pytest.raises(ValueError, match="cannot read"):
        workers.analyse_all(ARTICLES, jobs=2, min_chars=0, pool=lambda n: _Failing())


def test_small_inputs_one_source_or_one_job_stay_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "usable_cpus", lambda: 8)
    total = sum(len(a.text) for a in ARTICLES)
    assert workers.processes(ARTICLES, min_chars=total + 1) == 1
    assert workers.processes(ARTICLES[:1], min_chars=0) == 1
    assert workers.processes(ARTICLES, jobs=1, min_chars=0) == 1
    assert workers.processes(ARTICLES, min_chars=total) == len(ARTICLES)  # no more processes than sources
    assert workers.processes(ARTICLES, jobs=2, min_chars=0) == 2
    monkeypatch.setattr(workers, "usable_cpus", lambda: 1)
    assert workers.processes(ARTICLES, jobs=4, min_chars=0) == 1  # no more than the CPUs


def test_shares_balance_the_text_and_keep_every_source_once() -> None:
    sizes = [900, 100, 500, 400, 80, 20]
    groups = workers.shares(sizes, 2)
    assert sorted(i for g in groups for i in g) == list(range(len(sizes)))
    assert sorted(sum(sizes[i] for i in g) for g in groups) == [1000, 1000]
    assert workers.shares([5, 3], 4) == [[0], [1]]  # no empty share


@pytest.mark.parametrize(("value", "jobs"), [("", None), ("  ", None), ("1", 1), ("3", 3)])
def test_jobs_from_the_environment(value: str, jobs: int | None) -> None:
    assert workers.jobs_from_env({workers.JOBS_VAR: value}) == jobs
    assert workers.jobs_from_env({}) is None


@pytest.mark.parametrize("value", ["0", "-2", "two", "1.5"])
def test_a_jobs_value_that_is_no_count_is_refused(value: str) -> None:
    with pytest.raises(ConfigError, match=workers.JOBS_VAR):
        workers.jobs_from_env({workers.JOBS_VAR: value})


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="threads are counted in /proc")
def test_a_process_with_another_thread_is_not_forked() -> None:
    expected = workers.analyse_all(ARTICLES, jobs=1)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert workers.start_method() == "spawn"  # the corpus mode's workers
        with pytest.raises(RuntimeError, match="threads"):
            workers.forked_pool(1)
        assert workers.analyse_all(ARTICLES, jobs=2, min_chars=0) == expected  # in this process
    finally:
        stop.set()
        thread.join()


def test_usable_cpus_is_a_positive_count() -> None:
    assert workers.usable_cpus() >= 1


def test_the_command_refuses_a_jobs_value_that_is_no_count(monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str],
                                                            tmp_path: Path) -> None:
    from sourcediff import cli

    paths = []
    for a in ARTICLES[:2]:
        paths.append(tmp_path / f"{a.id}.txt")
        paths[-1].write_text(a.text, encoding="utf-8")
    monkeypatch.setenv(workers.JOBS_VAR, "two")
    with pytest.raises(SystemExit) as exit_:
        cli.main(["compare", *map(str, paths), "-f", "json", "-o", str(tmp_path / "r.json")])
    assert exit_.value.code == 2 and "SOURCEDIFF_JOBS='two'" in capsys.readouterr().err


def _rich_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if type(t).__module__.startswith("rich.")]


def test_the_spinner_s_thread_stops_for_the_fork_and_turns_again_after() -> None:
    from sourcediff import termio, threads

    with termio.progress(True) as step:
        step("comparing 4 articles")
        assert _rich_threads()
        with threads.helpers_paused():
            assert not _rich_threads()
        assert _rich_threads()
        step("still turning")
    with threads.helpers_paused():  # no spinner: nothing to stop, nothing fails
        pass


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="threads are counted in /proc")
def test_the_paused_spinner_s_thread_is_gone_from_the_kernel_not_only_from_python() -> None:
    """The fork test counts the kernel's threads: one joined but still listed keeps the work here."""
    from sourcediff import termio, threads

    for _ in range(20):  # the kernel ends a joined thread a moment later: a race, so tried many times
        with termio.progress(True) as step:
            step("comparing 4 articles")
            ids = [t.native_id for t in _rich_threads()]
            assert ids
            with threads.helpers_paused():
                assert not [n for n in ids if os.path.exists(f"/proc/self/task/{n}")]


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="threads are counted in /proc")
def test_the_command_forks_its_workers_while_its_spinner_turns() -> None:
    """A terminal's spinner runs a thread; paused for the fork, the comparison is still shared out."""
    assert _fresh_process("spinner") == ["[1]", "True"]
