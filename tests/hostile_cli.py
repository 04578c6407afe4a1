"""Running the CLI in-process for the hostile-input tests: exit code, stdout, stderr.

A subprocess per case would cost a second of start-up each; ``cli.main`` is
the same entry point the console script calls, error boundary included.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from sourcediff.cli import main

ARTICLE_A = ("Harbor City council approves $12 million seawall\n\n"
             "The Harbor City council voted 7-2 on Tuesday to approve a $12 million seawall.\n\n"
             "\"We cannot wait for the next storm,\" Mayor Ana Ruiz said after the vote.\n")
ARTICLE_B = ("Council backs seawall plan\n\n"
             "Harbor City's council on Tuesday backed a $12.5 million seawall in a 7-2 vote.\n\n"
             "Mayor Ana Ruiz said the city \"cannot wait for the next storm.\"\n")


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> Run:
    """Run ``sourcediff ARGS`` in this process; SOURCEDIFF_DEBUG is unset so bugs map to exit 3."""
    saved = os.environ.pop("SOURCEDIFF_DEBUG", None)
    code = 0
    try:
        main([str(a) for a in args])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        if saved is not None:
            os.environ["SOURCEDIFF_DEBUG"] = saved
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def one_line_error(run: Run, *needles: str) -> None:
    """Exit 2, one line on stderr naming the problem, no traceback."""
    assert run.code == 2, (run.code, run.err)
    assert run.err.count("\n") == 1 and run.err.startswith("sourcediff: error: "), run.err
    assert "Traceback" not in run.err
    for needle in needles:
        assert needle in run.err, (needle, run.err)


def two_articles(folder: Path) -> tuple[Path, Path]:
    a, b = folder / "harbor-a.txt", folder / "harbor-b.txt"
    a.write_text(ARTICLE_A, encoding="utf-8")
    b.write_text(ARTICLE_B, encoding="utf-8")
    return a, b


def command_args(command: str, odd: Path, a: Path, b: Path, out: Path) -> tuple[str | Path, ...]:
    """An odd input through compare, report or check, each with good articles beside it."""
    return {"compare": ("compare", odd, a, "-f", "json"), "report": ("report", odd, a, "-o", out),
            "check": ("check", odd, "--against", a, b)}[command]


def run_check(capsys: pytest.CaptureFixture[str], folder: Path, draft_text: str,
              *sources: str) -> Run:
    """Write ``sources`` and a Markdown draft into ``folder`` and run ``sourcediff check`` on them."""
    paths = []
    for n, text in enumerate(sources):
        path = folder / f"source{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    draft = folder / "draft.md"
    draft.write_text(draft_text, encoding="utf-8")
    return run_cli(capsys, "check", draft, "--against", *paths)
