"""Errors a user can act on.

Every error the CLI prints comes from here: one line naming the file and the
problem. Anything else that escapes is a bug (exit code 3).
"""

from __future__ import annotations


class SourcediffError(Exception):
    """Base for errors caused by input or configuration, never by a bug."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class InputError(SourcediffError):
    """A file cannot be read: missing, too big, binary, undecodable, empty."""


class FormatError(SourcediffError):
    """A file was read but its content is not a valid article of its format."""


class ConfigError(SourcediffError):
    """A policy or option is malformed."""
