"""The package's data files (data/), read from the folder beside the code.

``importlib.resources`` finds them too, but its reader machinery imports
zipfile (with bz2 and lzma): about 4 ms of every ``compare``, for files that
an installed or checked-out package always holds as plain files.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")


def read_data(name: str) -> str:
    """The text of ``data/NAME`` (UTF-8)."""
    return (DATA_DIR / name).read_text(encoding="utf-8")
