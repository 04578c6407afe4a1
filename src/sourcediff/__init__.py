"""sourcediff: compare news articles covering the same story.

    >>> from sourcediff import load, compare
    >>> report = compare([load("seeds/002_9c0ad20c70d1b311.txt"), load("seeds/004_cfa6929efbd600a7.txt")])
    >>> report.counts()  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from sourcediff.errors import ConfigError, FormatError, InputError, SourcediffError
from sourcediff.ingest import load, load_many
from sourcediff.model import Article, Fact, Kind, Report, Verdict
from sourcediff.pipeline import compare

__all__ = [
    "Article",
    "ConfigError",
    "Fact",
    "FormatError",
    "InputError",
    "Kind",
    "Report",
    "SourcediffError",
    "Verdict",
    "__version__",
    "compare",
    "load",
    "load_many",
]
