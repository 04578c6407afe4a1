"""Organization aliases: many spellings, one canonical name.

Sources name the same body in different ways ("DOD", "the Pentagon", "the
Department of War"); facts about it can only be compared once the spellings
are folded into one name. The shipped table lives in ``data/aliases.json`` so
that it can grow without code changes; a caller (the ``check`` policy) can add
its own aliases, which win over the shipped ones.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from sourcediff.datafiles import read_data
from sourcediff.errors import ConfigError

ORG = "org"
OUTLET = "outlet"


@dataclass(frozen=True)
class AliasTable:
    """Exact spellings and case-folded spellings, each to (canonical name, type)."""

    exact: Mapping[str, tuple[str, str]]
    folded: Mapping[str, tuple[str, str]]

    def lookup(self, name: str) -> tuple[str, str] | None:
        """Exact spelling first, so that "WHO" and "who" stay apart when both could be meant."""
        key = _clean(name)
        return self.exact.get(key) or self.folded.get(key.casefold())


def _clean(name: str) -> str:
    """Drop a leading article, a possessive and outer white space ("the Pentagon's" -> "Pentagon")."""
    name = " ".join(name.split())
    for article in ("the ", "The "):
        if name.startswith(article):
            name = name[len(article):]
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return name


def _table(entries: list[tuple[str, str, str]]) -> AliasTable:
    """Build the lookup maps from (alias, canonical, type) rows; later rows win."""
    exact: dict[str, tuple[str, str]] = {}
    folded: dict[str, tuple[str, str]] = {}
    for alias, canonical, kind in entries:
        exact[_clean(alias)] = (canonical, kind)
        folded[_clean(alias).casefold()] = (canonical, kind)
    return AliasTable(exact=exact, folded=folded)


def _rows(data: object, origin: str) -> list[tuple[str, str, str]]:
    """(alias, canonical, type) rows of an aliases document; the canonical name is its own alias."""
    if not isinstance(data, dict) or not isinstance(data.get("organizations"), list):
        raise ConfigError("aliases: expected an object with an 'organizations' list", path=origin)
    rows: list[tuple[str, str, str]] = []
    for entry in data["organizations"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise ConfigError(f"aliases: each organization needs a 'name' string, got {entry!r}",
                              path=origin)
        name, kind = entry["name"], str(entry.get("type", ORG))
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ConfigError(f"aliases: 'aliases' of {name!r} must be a list of strings", path=origin)
        rows.extend((alias, name, kind) for alias in (name, *aliases))
    return rows


@cache
def shipped_rows() -> tuple[tuple[str, str, str], ...]:
    """The rows of the aliases table that ships with the package."""
    text = read_data("aliases.json")
    return tuple(_rows(json.loads(text), "sourcediff/data/aliases.json"))


@cache
def shipped() -> AliasTable:
    """The shipped table, built once per process."""
    return _table(list(shipped_rows()))


def load_extra_aliases(path: str | Path) -> dict[str, str]:
    """Read user aliases (same JSON shape as the shipped file) as alias -> canonical name.

    Raises ConfigError with the file name when the file is missing or malformed.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read aliases: {exc}", path=str(path)) from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"aliases are not valid JSON: {exc.msg} at line {exc.lineno}",
                          path=str(path)) from None
    return {alias: canonical for alias, canonical, _ in _rows(data, str(path))}


def lookup(name: str, extra: Mapping[str, str] | None = None) -> tuple[str, str] | None:
    """(canonical name, type) of an organization or outlet, or None when unknown."""
    if extra:
        found = _table([(a, c, ORG) for a, c in extra.items()]).lookup(name)
        if found:
            return found
    return _shipped_lookup(name)


@lru_cache(maxsize=8192)
def _shipped_lookup(name: str) -> tuple[str, str] | None:
    """The shipped table's answer, remembered: the entity rules ask it for every capitalized word."""
    return shipped().lookup(name)


def canonical_org(name: str, extra: Mapping[str, str] | None = None) -> str | None:
    """The canonical name of an organization ("DoD" -> "Department of Defense"), None when unknown.

    Outlets count too: "CBS" -> "CBS News". ``extra`` maps user aliases to
    canonical names and is consulted first.
    """
    found = lookup(name, extra)
    return found[0] if found else None


def is_outlet(name: str) -> bool:
    """True for a known news outlet ("The Hill", "NPR"): reporters of a quote, never its speaker."""
    found = lookup(name)
    return found is not None and found[1] == OUTLET


def all_aliases(extra: Mapping[str, str] | None = None) -> dict[str, tuple[str, str]]:
    """Every spelling to (canonical, type), shipped and extra, for building a text matcher."""
    table = dict(shipped().exact)
    for alias, canonical in (extra or {}).items():
        table[_clean(alias)] = (canonical, ORG)
    return table
