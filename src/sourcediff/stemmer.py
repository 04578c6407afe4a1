"""The English Snowball stemmer: PyStemmer's C build when installed, else the pure-Python one alone.

The aligner stems every content word of a story (about a thousand distinct
words for five articles). snowballstemmer's pure-Python English stemmer
takes ~21 ms for them; PyStemmer, the same Snowball algorithm compiled to
C, takes under 1 ms, and snowballstemmer's own ``stemmer()`` hands out
PyStemmer's when it is installed. Both stem the 37,000 distinct words of
the evaluation corpora identically (tests/test_stemmer.py checks the test
stories' words on every run).

Without PyStemmer, ``import snowballstemmer`` would run a package
``__init__`` that imports every language's stemmer (about 40 ms) although
only English is used. The English module needs only its two helper
modules, so they are loaded from the installed package's folder under the
package's name, with the package's ``__init__`` skipped. If anything about
that layout changes, the ordinary import is used instead: slower, never
wrong.
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
        import Stemmer  # PyStemmer

        return Stemmer.Stemmer("english")
    except (ImportError, KeyError):  # not installed, or built without English
        return pure_python_english_stemmer()


def pure_python_english_stemmer() -> Any:
    """snowballstemmer's English stemmer, loaded without the other languages."""
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
