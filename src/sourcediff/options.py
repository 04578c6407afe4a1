"""Options for the pipeline; every threshold is a named constant with its reason."""

from __future__ import annotations

from dataclasses import dataclass

# Input bounds. Articles are untrusted; a news story is rarely over 200 kB of
# text, so 5 MB leaves room for bloated HTML while refusing accidental binaries
# and archives before they are read into memory.
MAX_INPUT_BYTES = 5 * 1024 * 1024
# A directory argument is expanded to at most this many articles, so that a
# mistyped path (the home directory) fails fast instead of reading for minutes.
MAX_DIRECTORY_FILES = 500


@dataclass(frozen=True)
class LoadOptions:
    """How inputs are read."""

    max_bytes: int = MAX_INPUT_BYTES
    max_files: int = MAX_DIRECTORY_FILES


@dataclass(frozen=True)
class CompareOptions:
    """How articles are compared; the aligner's thresholds live in align/__init__.py.

    ``aliases`` are the user's own names for people and organizations
    (spelling -> canonical name), e.g. from a check policy: applied to every
    person, organization and quote speaker before alignment, so that the
    user's "Dept. of Energy" and the shipped "Department of Energy" are one.
    """

    aliases: tuple[tuple[str, str], ...] = ()
