"""README.md is tested: its library example runs, and CI runs its test command."""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_library_example_runs_and_finds_the_changed_deadline() -> None:
    code = re.search(r"```python\n(.*?)```", README, re.S)
    assert code, "README has a Python example"
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code.group(1), "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    text = out.getvalue()
    assert '"schema": "sourcediff/report@1"' in text
    assert re.search(r"^diverge time .*6:01 PM ET", text, re.M), text[:2000]


def test_ci_runs_the_readme_test_command() -> None:
    command = re.search(r"Run the tests:\n\n```sh\n(.+?)\n```", README)
    assert command
    assert command.group(1) in (ROOT / ".ci/run").read_text(encoding="utf-8")


def test_ci_runs_the_readme_setup_line_word_for_word_before_the_tests() -> None:
    setup = re.search(r"## Install and run\n.*?```sh\n(.+?)\n```", README, re.S)
    test = re.search(r"Run the tests:\n\n```sh\n(.+?)\n```", README)
    assert setup and test
    ci = (ROOT / ".ci/run").read_text(encoding="utf-8")
    lines = ci.splitlines()
    assert setup.group(1) in lines and test.group(1) in lines
    assert lines.index(setup.group(1)) < lines.index(test.group(1))
    assert "pip install --upgrade" not in ci and "pip install -U" not in ci
