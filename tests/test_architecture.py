"""The layering DESIGN.md promises: the core is pure and never touches the terminal."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "sourcediff"
CORE = ["model.py", "values.py", "text.py", "terms.py", "segment.py", "align", "compat.py", "compare.py",
        "factlinks.py", "factclusters.py", "factverdicts.py", "factclaims.py", "quotevariants.py",
        "evidence.py", "diverge.py", "divergepair.py", "divergeconsensus.py", "divergeleftover.py",
        "divergecontext.py", "divergeslots.py", "describe.py", "worddiff.py", "pipeline.py", "scoring.py",
        "extract"]
FORBIDDEN = {"rich", "typer", "click", "jinja2", "subprocess", "socket", "urllib", "urllib3", "http", "httpx",
             "requests"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def core_files() -> list[Path]:
    out: list[Path] = []
    for name in CORE:
        p = SRC / name
        out.extend(sorted(p.glob("*.py")) if p.is_dir() else [p])
    return out


def test_core_never_imports_ui_templating_or_network() -> None:
    for path in core_files():
        bad = imported_modules(path) & FORBIDDEN
        assert not bad, f"{path.name} imports {sorted(bad)}"


def test_core_files_exist() -> None:
    assert all(p.exists() for p in core_files())


def test_no_module_uses_difflib() -> None:
    """All fuzzy matching and word diffs go through rapidfuzz (the project's one diff engine), never difflib.

    Two engines would align the same words differently in different places of one report, and difflib's
    quadratic matcher is the slow path the project chose rapidfuzz to avoid.
    """
    users = [p.relative_to(SRC).as_posix() for p in sorted(SRC.rglob("*.py"))
             if "difflib" in imported_modules(p)]
    assert users == []
