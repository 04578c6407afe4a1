"""Native thread pools (BLAS, OpenMP): whether they start with one thread, and one thread while we work.

OpenBLAS and OpenMP size their pools from environment variables when numpy
is imported; the command sets them to 1 first thing (cli.one_native_thread).
The pipeline imports this module before anything that loads numpy, so
``STARTED_SINGLE`` describes the pools numpy is about to make.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from sourcediff.options import NATIVE_THREAD_VARS

if TYPE_CHECKING:
    from threadpoolctl import ThreadpoolController

def _single_before_numpy() -> bool:
    """Whether numpy, not loaded yet, will make its pools with one thread each."""
    return "numpy" not in sys.modules and all(os.environ.get(v) == "1" for v in NATIVE_THREAD_VARS)


STARTED_SINGLE = _single_before_numpy()


def pools_sized() -> None:
    """Look at the pools again once the command has sized them (cli.one_native_thread).

    This module can be imported before the command sets the variables (the
    terminal's spinner registers its pause here when cli.py is imported), and
    a look taken then would wrongly say the pools start with several threads:
    every comparison would import threadpoolctl (4 ms) to shrink pools that
    already have one thread.
    """
    global STARTED_SINGLE
    STARTED_SINGLE = STARTED_SINGLE or _single_before_numpy()


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
    Parallelism, where it pays, belongs at the level of sources or stories
    (workers.py analyses the sources of a large comparison at once).

    When the pools were started with one thread (STARTED_SINGLE) and
    threadpoolctl, the way to resize them, was never imported, they still
    have one: asking it would cost 4 ms (its import, ctypes, a scan of the
    loaded libraries) and change nothing.
    """
    if STARTED_SINGLE and "threadpoolctl" not in sys.modules:
        yield
        return
    with _controller().limit(limits=1):
        yield


# What stops this process's own helper threads for a moment (the command's
# progress spinner registers one while it turns): see ``helpers_paused``.
Pause = Callable[[], AbstractContextManager[object]]
_PAUSES: list[Pause] = []


@contextlib.contextmanager
def pausable(pause: Pause) -> Iterator[None]:
    """Declare, while the block runs, how to stop a helper thread of ours for ``helpers_paused``."""
    _PAUSES.append(pause)
    try:
        yield
    finally:
        _PAUSES.remove(pause)


@contextlib.contextmanager
def helpers_paused() -> Iterator[None]:
    """Every declared helper thread stopped inside the block, restarted after.

    Workers are forked only from a process that runs one thread (workers.py:
    a fork copies a lock another thread may hold). In a terminal the
    spinner's refresh thread would keep a long comparison in one process;
    stopped for the instant of the fork (milliseconds: the pool's processes
    start at its first task), the spinner blinks and the analysis is shared.
    """
    with contextlib.ExitStack() as stack:
        for pause in list(_PAUSES):
            stack.enter_context(pause())
        yield
