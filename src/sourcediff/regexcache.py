"""Regular expressions built from a shipped table of compiled programs, not compiled at each start.

Python compiles a pattern in pure Python (``re._parser`` and
``re._compiler``), then hands the resulting program to ``_sre.compile``, in
C. The extractors' patterns took about 35 ms of CPU to compile on every
start of the command, a tenth of ``sourcediff compare seeds/*``. The program
depends only on the pattern, its flags and the Python that compiles it, so
it is compiled once, ahead of time, into ``data/regex_cache.json`` with the
version of Python that made it; :func:`regex` builds the pattern from its
stored program in microseconds. On any other Python, or for a pattern that
is not in the table (written or edited since), it calls ``re.compile`` as
usual: slower, never different. ``python -m sourcediff.regexcache``
rewrites the table; tests/test_regexcache.py fails while the table is stale
or a stored program differs from what ``re.compile`` makes.
"""

from __future__ import annotations

import array
import base64
import importlib
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

from sourcediff.datafiles import DATA_DIR

# The C half of ``re``; no type stubs, so reached as a plain module.
_sre: Any = importlib.import_module("_sre")

TABLE_PATH = DATA_DIR / "regex_cache.json"

# Patterns made on first use from shipped data rather than at import: the table's maker calls these.
LAZY_MAKERS = ("sourcediff.extract.orgs:_alias_regex",)

# Every (pattern, flags) asked for in this process, in order: what the table must hold. ``regex``
# is for patterns fixed by the code or the shipped data; text-made ones stay with re.compile.
REQUESTED: list[tuple[str, int]] = []

# A program is stored as the base64 of its code words in machine order: 2 ms to load, not 4 as JSON numbers.
_CODE_TYPE = "I" if array.array("I").itemsize == _sre.CODESIZE else "L"

# (pattern, flags) -> the arguments of _sre.compile after the pattern; None until first use.
_table: dict[tuple[str, int], tuple[Any, ...]] | None = None


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the compiled table when it holds the pattern."""
    flags = int(flags)
    REQUESTED.append((pattern, flags))
    args = _entries().get((pattern, flags))
    if args is not None:
        try:
            compiled: re.Pattern[str] = _sre.compile(pattern, *args)
            return compiled
        except (TypeError, ValueError, RuntimeError):  # a table this Python cannot use: compile it
            pass
    return re.compile(pattern, flags)


def python_key() -> dict[str, Any]:
    """What the compiled programs depend on besides the pattern: the table is used only on a match."""
    v = sys.version_info
    return {"python": f"{sys.implementation.name}-{v.major}.{v.minor}.{v.micro}-{v.releaselevel}{v.serial}",
            "sre_magic": _sre.MAGIC, "codesize": _sre.CODESIZE, "words": f"{_CODE_TYPE}-{sys.byteorder}",
            "maxunicode": sys.maxunicode, "unicode": unicodedata.unidata_version}


def _entries() -> dict[tuple[str, int], tuple[Any, ...]]:
    global _table
    if _table is None:
        _table = load_table(TABLE_PATH)
    return _table


def load_table(path: Path) -> dict[tuple[str, int], tuple[Any, ...]]:
    """The table at ``path`` if this Python made it; empty when missing, unreadable or another's."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("key") != python_key():
        return {}
    table: dict[tuple[str, int], tuple[Any, ...]] = {}
    for pattern, flags, final_flags, groups, groupindex, indexgroup, code in data["patterns"]:
        words = array.array(_CODE_TYPE, base64.b64decode(code)).tolist()
        table[pattern, flags] = (final_flags, words, groups, groupindex, tuple(indexgroup))
    return table


def compiled_entry(pattern: str, flags: int) -> list[Any]:
    """One row of the table: what ``re`` computes for the pattern before its call to ``_sre.compile``."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    tree = _parser.parse(pattern, flags)
    code = base64.b64encode(array.array(_CODE_TYPE, _compiler._code(tree, flags)).tobytes()).decode("ascii")
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    final_flags = int(flags | tree.state.flags)
    return [pattern, flags, final_flags, tree.state.groups - 1, groupindex, indexgroup, code]


def requested_by_package() -> list[tuple[str, int]]:
    """Every pattern the package's modules ask for when imported (all of them are imported)."""
    import pkgutil

    import sourcediff

    for info in pkgutil.walk_packages(sourcediff.__path__, "sourcediff."):
        if info.name != "sourcediff.__main__":
            importlib.import_module(info.name)
    for maker in LAZY_MAKERS:
        module, _, name = maker.partition(":")
        getattr(importlib.import_module(module), name)()
    return sorted(set(REQUESTED))


def write_table(path: Path = TABLE_PATH) -> int:
    """Compile every requested pattern into the table at ``path``, checked against ``re.compile``."""
    rows = [compiled_entry(p, f) for p, f in requested_by_package()]
    lines = ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    path.write_text(f'{{"key": {json.dumps(python_key())},\n"patterns": [\n{lines}\n]}}\n', encoding="utf-8")
    for (pattern, flags), args in load_table(path).items():
        if _sre.compile(pattern, *args) != re.compile(pattern, flags):
            raise RuntimeError(f"the stored program of {pattern!r} differs from re.compile's")
    return len(rows)


if __name__ == "__main__":
    # Run as __main__, this file is not the module the package imports (and fills REQUESTED of).
    _module = importlib.import_module("sourcediff.regexcache")
    print(f"{_module.write_table()} patterns written to {_module.TABLE_PATH}")
