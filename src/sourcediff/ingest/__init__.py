"""Reading articles from files, directories and standard input.

PLACEHOLDER until the ingest helper lands: plain text only.
"""

from __future__ import annotations

from pathlib import Path

from sourcediff.errors import InputError
from sourcediff.model import Article
from sourcediff.options import LoadOptions


def load(source: str | Path, *, options: LoadOptions = LoadOptions(), label: str | None = None) -> Article:
    """Load one article from a path ('-' for standard input)."""
    path = Path(source)
    if not path.exists():
        raise InputError("no such file", path=str(source))
    text = path.read_text(encoding="utf-8")
    return Article(id=label or path.stem.split("_")[0], text=text, path=str(source))


def load_many(sources: list[str], *, options: LoadOptions = LoadOptions(),
              labels: list[str] | None = None) -> tuple[Article, ...]:
    """Load every argument; a directory means every article in it."""
    return tuple(load(s, options=options) for s in sources)
