"""sourcediff: compare news articles covering the same story.

    >>> from sourcediff import load, compare
    >>> report = compare([load("seeds/002_9c0ad20c70d1b311.txt"), load("seeds/004_cfa6929efbd600a7.txt")])
    >>> report.counts()  # doctest: +SKIP

The public names are imported on first use (PEP 562 ``__getattr__``), not
here: ``sourcediff --version`` and ``--help`` import this package, and
loading the pipeline (numpy, rapidfuzz, lxml, every extractor) would cost
them most of a second.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from sourcediff.errors import ConfigError, FormatError, InputError, SourcediffError
    from sourcediff.ingest import load, load_many
    from sourcediff.model import Article, Fact, Kind, Report, Verdict
    from sourcediff.pipeline import compare

# Public name -> the module that defines it.
_LAZY: dict[str, str] = {
    "ConfigError": "sourcediff.errors",
    "FormatError": "sourcediff.errors",
    "InputError": "sourcediff.errors",
    "SourcediffError": "sourcediff.errors",
    "load": "sourcediff.ingest",
    "load_many": "sourcediff.ingest",
    "Article": "sourcediff.model",
    "Fact": "sourcediff.model",
    "Kind": "sourcediff.model",
    "Report": "sourcediff.model",
    "Verdict": "sourcediff.model",
    "compare": "sourcediff.pipeline",
}

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


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sourcediff' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


class _Package(types.ModuleType):
    """The package module, keeping ``sourcediff.compare`` the public function.

    Importing the submodule ``sourcediff.compare`` (the judge) makes Python
    set the package attribute ``compare`` to that module; the eager
    ``__init__`` this replaces overwrote it with the pipeline's function
    right after, and the guard keeps that promise now that nothing is eager.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "compare" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
