"""Errors a user can act on.

Every error the CLI prints comes from here: one line naming the file and the
problem. Anything else that escapes is a bug (exit code 3).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


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


@contextmanager
def parsing(name: str, what: str = "input") -> Iterator[None]:
    """The boundary around parsing one untrusted input: its failures become one line naming it.

    Parsers of untrusted bytes (json, tomllib, unidiff, urllib) signal bad
    input with ValueError (a 5,000-digit number), RecursionError (arrays
    nested 2,000 deep), UnicodeError or OSError. Inside this block each is
    a user's problem with that file, exit code 2; outside it, the same
    exception is a bug (exit code 3), so the block is kept tight around the
    parsing itself.
    """
    try:
        yield
    except SourcediffError:
        raise
    except RecursionError:
        raise FormatError(f"{what} is nested too deeply to read", path=name) from None
    except UnicodeError as exc:
        raise InputError(f"{what} cannot be decoded: {exc}", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from None
    except (ValueError, OverflowError) as exc:
        raise FormatError(f"{what} cannot be read: {_short(exc)}", path=name) from None


def _short(exc: BaseException) -> str:
    """The first sentence of an exception's message (Python's int-digits message runs on)."""
    text = str(exc).split(";")[0].strip()
    return text[:200] or type(exc).__name__
