"""The table of compiled patterns: fresh for the patterns the package defines, equal to re.compile's."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sourcediff import regexcache
from sourcediff.regexcache import TABLE_PATH, load_table, python_key, regex, requested_by_package

REFRESH = "run `python -m sourcediff.regexcache` to rewrite src/sourcediff/data/regex_cache.json"


def _table_python() -> str:
    return str(json.loads(TABLE_PATH.read_text(encoding="utf-8"))["key"]["python"])


needs_table_python = pytest.mark.skipif(
    _table_python() != python_key()["python"],
    reason=f"the table was compiled by {_table_python()}; this Python compiles every pattern itself")


@needs_table_python
def test_the_table_holds_exactly_the_patterns_the_package_asks_for() -> None:
    table = load_table(TABLE_PATH)
    assert table, f"the table does not match this Python's key {python_key()}: {REFRESH}"
    wanted = set(requested_by_package())
    missing = sorted(wanted - set(table))
    assert not missing, f"{len(missing)} patterns compiled at every start ({missing[0][0]!r}...): {REFRESH}"
    unused = sorted(set(table) - wanted)
    assert not unused, f"{len(unused)} stored patterns are no longer used ({unused[0][0]!r}...): {REFRESH}"


@needs_table_python
def test_every_stored_program_is_the_one_re_compile_makes() -> None:
    for (pattern, flags), _ in load_table(TABLE_PATH).items():
        made = regex(pattern, flags)
        assert made == re.compile(pattern, flags)  # Pattern equality compares flags and the program
        assert made.groupindex == re.compile(pattern, flags).groupindex


def test_another_pythons_table_is_ignored(tmp_path: Path) -> None:
    data = json.loads(TABLE_PATH.read_text(encoding="utf-8"))
    data["key"]["python"] = "cpython-2.7.18-final0"
    other = tmp_path / "other.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    assert load_table(other) == {}
    broken = tmp_path / "broken.json"
    broken.write_text('{"key": ', encoding="utf-8")
    assert load_table(broken) == {}
    assert load_table(tmp_path / "missing.json") == {}


def test_a_pattern_missing_from_the_table_is_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regexcache, "_table", {})
    made = regex(r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)", re.IGNORECASE)
    assert made == re.compile(r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)", re.IGNORECASE)
    m = made.search("on 26 february")
    assert m is not None and m["month"] == "february"


def test_a_program_this_python_refuses_falls_back_to_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regexcache, "_table", {("a+b", 0): (32, "not a program", 0, {}, (None,))})
    assert regex("a+b").fullmatch("aab")
