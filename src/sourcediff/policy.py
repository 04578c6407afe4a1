"""The editorial policy of ``sourcediff check``: what is checked and what fails.

A newsroom keeps its policy in the repository next to its drafts, in a
``sourcediff.toml`` or under ``[tool.sourcediff]`` in a ``pyproject.toml``, so
that CI and an editor's laptop judge a draft the same way. Parsing is strict:
a misspelt key silently ignored would turn a gate off without anyone noticing,
so every unknown key or wrong type is a ConfigError that names the key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sourcediff.errors import ConfigError, InputError, SourcediffError, parsing
from sourcediff.ingest.reading import read_file_bytes
from sourcediff.model import Kind, Verdict

POLICY_FILE = "sourcediff.toml"
PYPROJECT = "pyproject.toml"

# What an unsupported draft fact (no source states it) becomes.
UNSUPPORTED_LEVELS = ("warning", "error", "ignore")
# Verdicts a draft fact can get against the sources that may fail the check;
# "agree" never fails.
FAILABLE = (Verdict.DIVERGE.value, Verdict.UNIQUE.value)
# A relative tolerance of 0.5 or more would let "$100 million" pass for "$190
# million"; refusing it catches a percentage typed as a whole number (2 for 2%).
MAX_TOLERANCE = 0.5

# A policy is a few lines of TOML; a megabyte is a mistake (or an attack), not a policy.
MAX_POLICY_BYTES = 1024 * 1024

_KEYS = ("kinds", "fail_on", "unsupported", "tolerance", "ignore", "aliases")


@dataclass(frozen=True)
class Policy:
    """How strictly a draft is held to its sources.

    ``tolerance`` is relative: 0.02 lets "nearly 300" stand for 297.
    ``ignore`` holds fact ids or value texts (a draft mention's words or its
    canonical value) that are never reported. ``aliases`` maps a spelling to a
    canonical name for people and organizations.
    """

    kinds: frozenset[Kind] = frozenset(Kind)
    fail_on: frozenset[str] = frozenset({Verdict.DIVERGE.value})
    unsupported: str = "warning"
    tolerance: float = 0.0
    ignore: tuple[str, ...] = ()
    aliases: Mapping[str, str] = field(default_factory=dict, hash=False)
    origin: str = ""  # the file it came from, for messages; "" for the default

    @property
    def unsupported_level(self) -> str:
        """The level of an unsupported fact: ``fail_on = ["unique"]`` makes it an error."""
        if Verdict.UNIQUE.value in self.fail_on:
            return "error"
        return self.unsupported


DEFAULT_POLICY = Policy()


def parse_policy(text: str, *, origin: str = "") -> Policy:
    """A Policy from TOML text: ``[tool.sourcediff]`` if present, else the top-level table."""
    try:
        with parsing(origin or "policy", "policy"):
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"invalid TOML: {exc}", path=origin or None) from None
    except SourcediffError as exc:  # nested 5,000 deep, a 5,000-digit integer
        raise ConfigError(str(exc)) from None
    return policy_from_table(_section(data, origin), origin=origin)


def _section(data: dict[str, Any], origin: str) -> dict[str, Any]:
    """The policy table of a parsed file; a pyproject.toml must have ``[tool.sourcediff]``."""
    tool = data.get("tool")
    if isinstance(tool, dict) and "sourcediff" in tool:
        section = tool["sourcediff"]
        if not isinstance(section, dict):
            raise ConfigError("tool.sourcediff must be a table", path=origin or None)
        return section
    if Path(origin).name == PYPROJECT:
        raise ConfigError("no [tool.sourcediff] table", path=origin)
    return {k: v for k, v in data.items() if k != "tool"}


def policy_from_table(table: Mapping[str, Any], *, origin: str = "") -> Policy:
    """Validate every key of a policy table; the first problem is a ConfigError naming it."""
    for key in table:
        if key not in _KEYS:
            raise _bad(origin, key, f"unknown key (known: {', '.join(_KEYS)})")
    fail_on = _strings(table, "fail_on", origin, allowed=FAILABLE)
    unsupported = table.get("unsupported", DEFAULT_POLICY.unsupported)
    if unsupported not in UNSUPPORTED_LEVELS:
        raise _bad(origin, "unsupported", f"must be one of {', '.join(UNSUPPORTED_LEVELS)}")
    if unsupported == "ignore" and fail_on is not None and Verdict.UNIQUE.value in fail_on:
        raise _bad(origin, "unsupported", '"ignore" contradicts fail_on = ["unique"]')
    kinds = _strings(table, "kinds", origin, allowed=tuple(k.value for k in Kind))
    ignore = _strings(table, "ignore", origin, allowed=None)
    return Policy(
        kinds=frozenset(Kind(k) for k in kinds) if kinds is not None else DEFAULT_POLICY.kinds,
        fail_on=frozenset(fail_on) if fail_on is not None else DEFAULT_POLICY.fail_on,
        unsupported=str(unsupported),
        tolerance=_tolerance(table, origin),
        ignore=tuple(ignore or ()),
        aliases=_aliases(table, origin),
        origin=origin,
    )


def _bad(origin: str, key: str, problem: str) -> ConfigError:
    return ConfigError(f"policy key {key!r}: {problem}", path=origin or None)


def _strings(table: Mapping[str, Any], key: str, origin: str,
             *, allowed: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """A list of strings (each in ``allowed`` when given), or None when the key is absent."""
    if key not in table:
        return None
    value = table[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _bad(origin, key, "must be a list of strings")
    for item in value:
        if allowed is not None and item not in allowed:
            raise _bad(origin, key, f"unknown value {item!r} (use {', '.join(allowed)})")
    return tuple(value)


def _tolerance(table: Mapping[str, Any], origin: str) -> float:
    value = table.get("tolerance", DEFAULT_POLICY.tolerance)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(origin, "tolerance", "must be a number such as 0.02")
    if not 0 <= value < MAX_TOLERANCE:
        raise _bad(origin, "tolerance", f"must be at least 0 and below {MAX_TOLERANCE} (relative)")
    return float(value)


def _aliases(table: Mapping[str, Any], origin: str) -> dict[str, str]:
    value = table.get("aliases", {})
    if not isinstance(value, dict):
        raise _bad(origin, "aliases", 'must be a table such as "Dept. of Energy" = "Department of Energy"')
    for alias, name in value.items():
        if not isinstance(name, str) or not name.strip():
            raise _bad(origin, f"aliases.{alias}", "must be a non-empty string")
    return {str(k): str(v) for k, v in value.items()}


def load_policy(path: str | Path) -> Policy:
    """Read and validate a policy file given explicitly (``--policy``)."""
    path = Path(path)
    if not path.exists():
        raise ConfigError("policy file not found", path=str(path))
    try:
        data = read_file_bytes(path, MAX_POLICY_BYTES, what="policy file", noun="a policy file")
    except InputError as exc:  # a missing file, a FIFO, a device: the policy is what failed
        raise ConfigError(str(exc)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                          "a policy must be UTF-8", path=str(path)) from None
    return parse_policy(text, origin=str(path))


def find_policy(draft: Path, cwd: Path) -> Path | None:
    """The policy file that governs a draft: next to the draft first, then in ``cwd``.

    In each directory a ``sourcediff.toml`` wins over a ``pyproject.toml``, and a
    pyproject.toml counts only when it has a ``[tool.sourcediff]`` table, so a
    project's ordinary pyproject does not hide a policy found later.
    """
    for folder in dict.fromkeys((draft.resolve().parent, cwd.resolve())):
        candidate = folder / POLICY_FILE
        if candidate.is_file():
            return candidate
        candidate = folder / PYPROJECT
        if candidate.is_file() and _has_section(candidate):
            return candidate
    return None


def _has_section(pyproject: Path) -> bool:
    """Whether a pyproject.toml mentions ``[tool.sourcediff]``.

    A file that cannot be parsed (bad TOML, an invalid UTF-8 byte, nesting too
    deep) but names the section counts: :func:`load_policy` then reports its
    problem, instead of the user's policy being dropped without a word.
    """
    try:
        raw = pyproject.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", path=str(pyproject)) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # TOMLDecodeError is a ValueError
        return b"tool.sourcediff" in raw
    tool = data.get("tool")
    return isinstance(tool, dict) and "sourcediff" in tool


def resolve_policy(explicit: Path | None, draft: Path, cwd: Path) -> Policy:
    """The policy for a run: ``--policy`` if given, else a file found by :func:`find_policy`."""
    if explicit is not None:
        return load_policy(explicit)
    found = find_policy(draft, cwd)
    return load_policy(found) if found is not None else DEFAULT_POLICY
