"""Options for the pipeline; every threshold is a named constant with its reason."""

from __future__ import annotations

from dataclasses import dataclass

# Input bounds. Articles are untrusted; a news story is rarely over 200 kB of
# text, so 5 MB leaves room for bloated HTML while refusing accidental binaries
# and archives before they are read into memory.
MAX_INPUT_BYTES = 5 * 1024 * 1024
# The most --max-bytes may allow: past this a "file" is no article, and the
# limit itself must be a size the machine can allocate.
MAX_INPUT_BYTES_CEILING = 256 * 1024 * 1024
# --timeout for URLs, in seconds: an hour is already far past any real page.
MAX_TIMEOUT = 3600.0
# Terminal widths --width accepts: a narrower table cannot hold its columns,
# a wider one is no terminal (100,000,000 columns never finishes rendering).
MIN_RENDER_WIDTH = 20
MAX_RENDER_WIDTH = 1000
# A directory argument is expanded to at most this many articles, so that a
# mistyped path (the home directory) fails fast instead of reading for minutes.
MAX_DIRECTORY_FILES = 500
# The variables that size the native thread pools numpy and its BLAS start when imported.
NATIVE_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass(frozen=True)
class LoadOptions:
    """How inputs are read."""

    max_bytes: int = MAX_INPUT_BYTES
    max_files: int = MAX_DIRECTORY_FILES
    # URLs: connect/read timeout in seconds, a folder that keeps fetched pages,
    # and whether to read only that folder (no network at all).
    timeout: float = 20.0
    cache_dir: str | None = None
    offline: bool = False


@dataclass(frozen=True)
class CompareOptions:
    """How articles are compared; the aligner's thresholds live in align/__init__.py.

    ``aliases`` are the user's own names for people and organizations
    (spelling -> canonical name), e.g. from a check policy: applied to every
    person, organization and quote speaker before alignment, so that the
    user's "Dept. of Energy" and the shipped "Department of Energy" are one.

    ``jobs`` caps the processes that analyse a large input's sources (this
    one included; 1: no worker processes); None: ``SOURCEDIFF_JOBS``, else
    the usable CPUs (workers.py).
    """

    aliases: tuple[tuple[str, str], ...] = ()
    jobs: int | None = None
