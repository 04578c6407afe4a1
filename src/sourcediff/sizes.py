"""Byte counts as a reader says them: "5 MB", not "5242880 bytes".

Why: the size-limit errors named the default limit as 5242880 bytes, a number
a user must divide twice to recognise as the 5 MB the help promises.
"""

from __future__ import annotations

MEGABYTE = 1024 * 1024


def size_text(count: int) -> str:
    """A byte count in MB from one MB up (one decimal unless whole), else in bytes.

    Small limits stay in bytes: "1000 bytes" is exact where "0.001 MB" is not.
    """
    if count < MEGABYTE:
        return f"{count} bytes"
    whole, rest = divmod(count, MEGABYTE)
    if rest == 0:
        return f"{whole} MB"
    return f"{count / MEGABYTE:.1f} MB"


def over_limit_text(size: int, limit: int) -> str:
    """A size over a limit in MB, or in exact bytes where rounding would hide the excess.

    Why: "5.0 MB, over the limit of 5 MB" reads as a contradiction.
    """
    if size >= MEGABYTE and round(size / MEGABYTE, 1) > limit / MEGABYTE:
        return size_text(size)
    return f"{size} bytes"
