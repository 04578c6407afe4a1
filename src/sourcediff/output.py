"""Writing outputs safely: atomically, and never over an input.

A report that dies half-written would leave a truncated file that looks
valid to a CI job; writing to a temporary file in the same folder and
renaming it makes the write all-or-nothing.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from sourcediff.errors import InputError


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def write_atomic(path: str | Path, text: str, *, inputs: Iterable[str | Path] = ()) -> None:
    """Write ``text`` to ``path`` all at once; refuse when ``path`` is one of ``inputs``."""
    target = Path(path)
    for src in inputs:
        if str(src) != "-" and (_same_file(target, Path(src)) or target.resolve() == Path(src).resolve()):
            raise InputError("refusing to write the output over an input file", path=str(target))
    if target.is_dir():
        raise InputError("is a directory, not a file to write", path=str(target))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError("the folder to write into does not exist", path=str(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
