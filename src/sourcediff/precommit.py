"""``sourcediff-pre-commit``: check the staged changes of each draft, as ``check --diff`` does in CI.

pre-commit calls a hook once with every matching staged file. Checking whole
files would make one old mismatch block every later commit; instead each
draft's staged diff (``git diff --cached``) selects the lines to check,
exactly the changed-lines rule of ``sourcediff check --diff``. Pure Python,
so the hook needs no shell:

    sourcediff-pre-commit --against sources/ drafts/story.md drafts/other.md
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path


def staged_diff(path: str) -> str:
    """The draft's staged changes as a unified diff (empty when nothing is staged for it)."""
    proc = subprocess.run(
        ["git", "diff", "--cached", "--no-color", "--no-ext-diff", "--unified=0", "--", path],
        capture_output=True, text=True, encoding="utf-8", errors="replace", check=False)
    if proc.returncode != 0:
        raise RuntimeError(_git_problem(proc.stderr, proc.returncode))
    return proc.stdout


def _git_problem(stderr: str, code: int) -> str:
    """git's own words for why it failed, in one line.

    Outside a repository ``git diff --cached`` prints "unknown option
    `cached'" and then its usage; the last line, which was shown, read
    "--output <file>  output to a specific file".
    """
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    if any("cached" in line and "unknown option" in line for line in lines) or any(
            "not a git repository" in line.lower() for line in lines):
        return "not inside a git repository (the hook reads the staged changes; run it in the repository)"
    first = next((line for line in lines if line.lower().startswith(("fatal:", "error:"))),
                 lines[0] if lines else "")
    return first.split(":", 1)[1].strip() if first.lower().startswith(("fatal:", "error:")) else (
        first or f"git diff exited with {code}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sourcediff-pre-commit",
        description="Check the staged lines of each draft against its sources (for pre-commit).")
    parser.add_argument("--against", "-a", action="append", required=True,
                        help="a source article or folder (repeat)")
    parser.add_argument("--policy", help="policy file (default: sourcediff.toml / pyproject.toml)")
    parser.add_argument("--format", default="text", help="text, github, sarif, json or markdown")
    parser.add_argument("drafts", nargs="*", help="the staged drafts (pre-commit passes them)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Check every draft; the exit code is the worst of them (2 bad input > 1 violations > 0)."""
    from sourcediff.cli import main as cli_main

    args = _parser().parse_args(argv)
    worst = 0
    with tempfile.TemporaryDirectory(prefix="sourcediff-") as tmp:
        for n, draft in enumerate(args.drafts):
            if not Path(draft).is_file():
                # pre-commit passes only files that exist; a name typed by hand that
                # does not was "nothing staged" and passed without a check.
                sys.stderr.write(f"sourcediff: error: {draft}: no such file\n")
                worst = max(worst, 2)
                continue
            try:
                diff = staged_diff(draft)
            except (OSError, RuntimeError) as exc:
                sys.stderr.write(f"sourcediff: error: {draft}: cannot read the staged diff: {exc}\n")
                worst = max(worst, 2)
                continue
            if not diff.strip():
                continue  # nothing of this draft is staged
            patch = Path(tmp) / f"staged-{n}.diff"
            patch.write_text(diff, encoding="utf-8")
            command = ["check", draft, "--diff", str(patch), "--format", args.format]
            for source in args.against:
                command += ["--against", source]
            if args.policy:
                command += ["--policy", args.policy]
            try:
                cli_main(command)
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2
            worst = max(worst, code)
    return worst


if __name__ == "__main__":
    raise SystemExit(main())
