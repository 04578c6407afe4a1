"""``check`` must never pass without checking: a bad diff or policy is exit 2, a quoted path still matches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hostile_cli import ARTICLE_A, ARTICLE_B, one_line_error, run_cli
from sourcediff.diffinput import change_for, parse_diff, unquote_git
from sourcediff.errors import InputError

CHANGED_LINE = ARTICLE_A.split("\n")[2]
QUOTED = '"b/brouillon-\\303\\251t\\303\\251.txt"'


def _draft_and_source(folder: Path, draft_name: str = "draft.txt") -> tuple[Path, Path]:
    draft, source = folder / draft_name, folder / "source.txt"
    draft.write_text(ARTICLE_A, encoding="utf-8")
    source.write_text(ARTICLE_B, encoding="utf-8")
    return draft, source


def _diff(old: str, new: str, header: str = "@@ -3 +3 @@") -> str:
    return f"--- {old}\n+++ {new}\n{header}\n-an older line\n+{CHANGED_LINE}\n"


@pytest.mark.parametrize("header", ["@@ -3 +3 @ garbage", "@@ -3 +x @@", "@@ -3 +" + "9" * 5000 + " @@",
                                    "@@"])
def test_a_malformed_hunk_header_is_exit_2_not_nothing_to_check(header: str, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    draft, source = _draft_and_source(tmp_path)
    patch = tmp_path / "change.diff"
    patch.write_text(_diff("a/draft.txt", "b/draft.txt", header), encoding="utf-8")
    one_line_error(run_cli(capsys, "check", draft, "--against", source, "--diff", patch),
                   "change.diff", "hunk header")
    with pytest.raises(InputError, match="line 3"):
        parse_diff(patch.read_text(encoding="utf-8"), origin="change.diff")


def test_git_quoted_paths_are_unquoted() -> None:
    assert unquote_git(QUOTED) == "b/brouillon-été.txt"
    quoted = '"b/tab\\there \\"quoted\\" back\\\\slash.txt"'
    assert unquote_git(quoted) == 'b/tab\there "quoted" back\\slash.txt'
    assert unquote_git("b/plain.txt") == "b/plain.txt"


def test_a_draft_with_a_non_ascii_name_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft, source = _draft_and_source(tmp_path, "brouillon-été.txt")
    patch = tmp_path / "change.diff"
    patch.write_text(_diff(QUOTED.replace('"b/', '"a/'), QUOTED), encoding="utf-8")
    changes = parse_diff(patch.read_text(encoding="utf-8"))
    assert change_for(changes, draft) is not None
    run = run_cli(capsys, "check", draft, "--against", source, "--diff", patch, "--format", "json")
    data = json.loads(run.out)
    assert data["status"] is None and data["checked"] > 0
    assert {f["line"] for f in data["findings"]} == {3} and run.code == 1  # $12 million vs $12.5 million


def test_a_pyproject_with_an_invalid_byte_is_an_error_not_skipped(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    draft, source = _draft_and_source(tmp_path)
    (tmp_path / "pyproject.toml").write_bytes(b'[tool.sourcediff]\nfail_on = ["unique"]\n# caf\xe9\n')
    one_line_error(run_cli(capsys, "check", draft, "--against", source), "pyproject.toml", "UTF-8")


@pytest.mark.parametrize(("name", "body", "needle"), [
    ("deep.toml", "a = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
    ("digits.toml", "tolerance = " + "9" * 5000 + "\n", "digits"),
])
def test_policies_that_break_the_toml_parser_are_one_line(name: str, body: str, needle: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    draft, source = _draft_and_source(tmp_path)
    policy = tmp_path / name
    policy.write_text(body, encoding="utf-8")
    one_line_error(run_cli(capsys, "check", draft, "--against", source, "--policy", policy), name, needle)


def test_a_diff_on_standard_input_is_bounded(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    draft, source = _draft_and_source(tmp_path)
    huge = _diff("a/draft.txt", "b/draft.txt") + "+ more\n" * 20_000
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(huge.encode("utf-8"))))
    run = run_cli(capsys, "check", draft, "--against", source, "--diff", "-", "--max-bytes", "10000")
    one_line_error(run, "standard input", "over the limit")
