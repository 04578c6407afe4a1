"""The terminal around a report: colour, the pager, and progress on stderr.

The decisions are pure functions of the flags, the environment and whether a
stream is a terminal, so they are tested without a terminal; only
:func:`page` and :func:`progress` touch processes and streams. The rules
follow git and the NO_COLOR / FORCE_COLOR conventions, because that is what a
reader's shell is already set up for:

* colour: ``--color always|never`` wins; in ``auto``, ``NO_COLOR`` (any
  non-empty value, https://no-color.org) turns it off, ``FORCE_COLOR`` (any
  non-empty value but ``0``) turns it on, otherwise colour only on a terminal
  that is not ``TERM=dumb``;
* pager: only when stdout is a terminal, ``--no-pager`` was not given, and
  the report is taller than the screen; ``SOURCEDIFF_PAGER``, then
  ``PAGER``, then ``less``; ``cat`` or an empty value means none; ``less``
  gets ``LESS=FRX`` when the reader set no ``LESS``, as git does, so colour
  passes through and a short report leaves the screen as it was.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from enum import StrEnum
from typing import IO, Protocol

from sourcediff.threads import pausable


class ColorChoice(StrEnum):
    """The ``--color`` flag."""

    auto = "auto"
    always = "always"
    never = "never"


def use_color(choice: ColorChoice, env: Mapping[str, str], isatty: bool) -> bool:
    """Whether to write ANSI colour, from the flag, the environment and the stream."""
    if choice is not ColorChoice.auto:
        return choice is ColorChoice.always
    if env.get("NO_COLOR"):
        return False
    force = env.get("FORCE_COLOR")
    if force and force != "0":
        return True
    return isatty and env.get("TERM") != "dumb"


def pager_command(env: Mapping[str, str], *, wanted: bool, isatty: bool,
                  text_lines: int, screen_lines: int) -> list[str] | None:
    """The pager to run for a report ``text_lines`` tall, or None to print it directly."""
    if not wanted or not isatty or text_lines <= screen_lines:
        return None
    for name in ("SOURCEDIFF_PAGER", "PAGER"):
        if name in env:
            command = env[name].strip()
            break
    else:
        command = "less"
    if command in ("", "cat"):
        return None
    try:
        words = shlex.split(command)
    except ValueError:  # an unbalanced quote in $PAGER: page with nothing rather than crash
        return None
    return words or None


def pager_env(env: Mapping[str, str]) -> dict[str, str]:
    """The pager's environment: git's ``LESS=FRX`` (and ``LV=-c``) unless the reader chose."""
    out = dict(env)
    out.setdefault("LESS", "FRX")
    out.setdefault("LV", "-c")
    return out


def page(text: str, command: list[str], out: IO[str]) -> None:
    """Show ``text`` through ``command``; when the pager cannot start, write to ``out``."""
    import subprocess  # only when paging: it costs start-up time on every other run

    try:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, env=pager_env(os.environ),
                                   encoding="utf-8", errors="replace")
    except OSError:
        out.write(text)
        return
    assert process.stdin is not None
    # The reader may quit the pager before reading everything: that is not an error.
    with contextlib.suppress(BrokenPipeError, OSError):
        process.stdin.write(text)
    with contextlib.suppress(BrokenPipeError, OSError):
        process.stdin.close()
    while True:
        try:
            process.wait()
            break
        except KeyboardInterrupt:  # Ctrl-C belongs to the pager, as in git
            continue


class Step(Protocol):
    """Announce the next stage of long work (a no-op when nobody is watching)."""

    def __call__(self, message: str) -> None: ...


def _quiet(message: str) -> None:
    """Progress for a stderr that is not a terminal: nothing."""


@contextlib.contextmanager
def progress(enabled: bool) -> Iterator[Step]:
    """A transient spinner on stderr naming the current stage, only if ``enabled``.

    rich is imported here, not at start-up: ``--version`` and piped output
    never pay for it.
    """
    if not enabled:
        yield _quiet
        return
    from rich.console import Console

    console = Console(file=sys.stderr, stderr=True)
    with console.status("") as status:
        def step(message: str) -> None:
            status.update(message)

        @contextlib.contextmanager
        def stopped() -> Iterator[None]:
            turning = _refresh_threads()  # before the stop: rich may join them itself, out of our sight
            status.stop()
            _join_refresh_threads(turning)
            try:
                yield
            finally:
                status.start()

        with pausable(stopped):
            yield step


def _refresh_threads() -> list[threading.Thread]:
    """rich's refresh threads running now (a spinner's), this thread aside."""
    return [thread for thread in threading.enumerate()
            if thread is not threading.current_thread() and type(thread).__module__.startswith("rich.")]


def _join_refresh_threads(turning: list[threading.Thread], timeout: float = 1.0) -> None:
    """Wait for rich's refresh threads to end: ``Live.stop`` only tells them to (an Event, no join).

    Each wakes at least ten times a second, so this takes a tenth of a
    second at most; one that does not end in ``timeout`` is left running,
    and the workers then stay in this process (workers.start_method).

    ``join`` returns when the thread's Python work is done, a moment before
    the kernel ends the thread, and the fork test counts the kernel's threads
    (/proc/self/task): read at once, it still saw the spinner's now and then
    (the fresh-process spinner test failed about one run in three), so the
    wait goes on until the kernel no longer lists them.
    """
    for thread in turning:
        thread.join(timeout)
    _wait_until_gone([t.native_id for t in turning if not t.is_alive() and t.native_id is not None], timeout)


def _wait_until_gone(native_ids: list[int], timeout: float) -> None:
    """Poll until the kernel lists none of ``native_ids`` among this process's threads, or ``timeout``."""
    deadline = time.monotonic() + timeout
    while native_ids and time.monotonic() < deadline:
        native_ids = [n for n in native_ids if os.path.exists(f"/proc/self/task/{n}")]
        if native_ids:
            time.sleep(0.001)
