"""The English Snowball stemmer, without loading the other 30 languages.

``import snowballstemmer`` runs a package ``__init__`` that imports every
language's stemmer (about 40 ms on every start of the command) although only
English is ever used. The English module needs only its two helper modules,
so they are loaded from the installed package's folder under the package's
name, with the package's ``__init__`` skipped. If anything about that layout
changes, the ordinary import is used instead: slower, never wrong.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

_PACKAGE = "snowballstemmer"


def english_stemmer() -> Any:
    """An object with ``stemWord(word) -> str`` for English."""
    try:
        return _load_english_only()
    except (ImportError, AttributeError, OSError):
        import snowballstemmer

        return snowballstemmer.stemmer("english")


def _load_english_only() -> Any:
    if _PACKAGE in sys.modules:  # already imported in full by someone else: use it
        return sys.modules[_PACKAGE].stemmer("english")
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(_PACKAGE)
    shell = types.ModuleType(_PACKAGE)
    shell.__path__ = list(spec.submodule_search_locations)
    sys.modules[_PACKAGE] = shell
    try:
        module = importlib.import_module(f"{_PACKAGE}.english_stemmer")
    finally:
        # A later ``import snowballstemmer`` must get the real package, which
        # then finds the English submodule already loaded.
        del sys.modules[_PACKAGE]
    return module.EnglishStemmer()
