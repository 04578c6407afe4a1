"""``sourcediff check`` end to end, through the real CLI in a subprocess, against the seed articles.

These depend on the whole pipeline (ingest, extractors, aligner, judge): the
drafts in tests/data/check cite the seeds' facts, and bad_draft.md changes
three of them (the deadline's hour, the contract's value, one word of an
Amodei quote) on lines 14, 20 and 24.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "check"
SEEDS = sorted(str(p) for p in (ROOT / "seeds").iterdir() if p.is_file())
CLEAN = DATA / "clean_draft.md"
BAD = DATA / "bad_draft.md"
BAD_LINES = {14: "time", 20: "money", 24: "quote"}


def run(*args: str | Path, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SOURCEDIFF_DEBUG"}
    return subprocess.run([sys.executable, "-m", "sourcediff", "check", *map(str, args)],
                          input=stdin, capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def check_json(draft: Path, *extra: str | Path, cwd: Path = ROOT) -> tuple[int, dict[str, Any]]:
    proc = run(draft, "--against", *SEEDS, "--format", "json", *extra, cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def errors(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in data["findings"] if f["level"] == "error"]


def test_a_clean_draft_passes() -> None:
    code, data = check_json(CLEAN)
    assert code == 0 and errors(data) == [], errors(data)
    assert data["checked"] >= 5  # deadline, day, contract, month, quote at least


def test_the_bad_draft_fails_with_three_violations_on_the_right_lines() -> None:
    code, data = check_json(BAD)
    found = {f["line"]: f for f in errors(data)}
    assert code == 1
    assert {line: f["kind"] for line, f in found.items()} == BAD_LINES
    lines = BAD.read_text(encoding="utf-8").split("\n")
    for line, f in found.items():
        assert lines[line - 1][f["column"] - 1:].startswith(f["text"][:4]), (line, f)
        assert f["sources"], f
    assert "6:01 PM ET" in found[14]["text"] and any("5:01" in s["text"] for s in found[14]["sources"])
    assert "$300 million" in found[20]["text"] and any("200" in s["value"] for s in found[20]["sources"])
    assert "accept" in found[24]["message"] and "accede" in found[24]["message"]


def test_text_output_and_exit_code() -> None:
    proc = run(BAD, "--against", *SEEDS)
    assert proc.returncode == 1
    for line in BAD_LINES:
        assert f"bad_draft.md:{line}:" in proc.stdout
    assert "3 errors" in proc.stdout


def test_a_diff_touching_only_a_clean_paragraph_passes() -> None:
    code, data = check_json(BAD, "--diff", DATA / "clean_paragraph.diff")
    assert code == 0 and errors(data) == []


def test_the_diff_can_come_from_stdin() -> None:
    diff = (DATA / "clean_paragraph.diff").read_text(encoding="utf-8")
    proc = run(BAD, "--against", *SEEDS, "--diff", "-", stdin=diff)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_diff_reports_only_the_violations_it_adds() -> None:
    code, data = check_json(BAD, "--diff", DATA / "deadline_and_contract.diff")
    assert code == 1
    assert sorted(f["line"] for f in errors(data)) == [14, 20]


def test_a_diff_that_does_not_touch_the_draft_checks_nothing() -> None:
    proc = run(BAD, "--against", *SEEDS, "--diff", DATA / "other_file.diff")
    assert proc.returncode == 0
    assert "does not touch the draft" in proc.stdout


def _one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    for needle in needles:
        assert needle in proc.stderr


def test_a_malformed_diff_exits_2_with_one_line() -> None:
    _one_line_error(run(BAD, "--against", *SEEDS, "--diff", DATA / "malformed.diff"), "malformed.diff")
    _one_line_error(run(BAD, "--against", *SEEDS, "--diff", "-", stdin="not a diff at all\n"),
                    "not a unified diff")


@pytest.mark.parametrize(("policy", "needle"), [
    ("policy_bad_syntax.toml", "line 3"),
    ("policy_unknown_key.toml", "'fail-on'"),
    ("policy_wrong_type.toml", "'tolerance'"),
])
def test_a_malformed_policy_exits_2_naming_the_problem(policy: str, needle: str) -> None:
    _one_line_error(run(BAD, "--against", *SEEDS, "--policy", DATA / policy), policy, needle)


def test_usage_errors_exit_2() -> None:
    _one_line_error(run(BAD), "--against")
    _one_line_error(run(DATA / "no_such_draft.md", "--against", *SEEDS), "no_such_draft.md")
    _one_line_error(run(BAD, "--against", *SEEDS, "--format", "xml"), "--format")


def test_a_policy_next_to_the_draft_and_an_ignore_marker(tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    shutil.copy(BAD, draft)
    (tmp_path / "sourcediff.toml").write_text('kinds = ["money", "quote"]\n', encoding="utf-8")
    code, data = check_json(draft, cwd=tmp_path)
    assert code == 1 and sorted(f["line"] for f in errors(data)) == [20, 24]
    lines = BAD.read_text(encoding="utf-8").split("\n")
    lines.insert(23, "<!-- sourcediff: ignore -->")
    draft.write_text("\n".join(lines), encoding="utf-8")
    code, data = check_json(draft, cwd=tmp_path)
    assert code == 1 and [f["line"] for f in errors(data)] == [20]


def test_sarif_output_of_the_bad_draft_is_valid_and_complete() -> None:
    proc = run(BAD, "--against", *SEEDS, "--format", "sarif")
    assert proc.returncode == 1
    log = json.loads(proc.stdout)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    results = [r for r in log["runs"][0]["results"] if r["level"] == "error"]
    starts = sorted(r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results)
    assert starts == [14, 20, 24]


def test_github_output_annotates_the_lines() -> None:
    proc = run(BAD, "--against", *SEEDS, "--format", "github")
    assert proc.returncode == 1
    lines = [line for line in proc.stdout.splitlines() if line.startswith("::error ")]
    assert sorted(int(line.split(",line=")[1].split(",")[0]) for line in lines) == [14, 20, 24]


def test_findings_read_as_one_plain_line_naming_source_lines() -> None:
    proc = run(BAD, "--against", *SEEDS, "--format", "github")
    out = proc.stdout.splitlines()
    assert proc.returncode == 1 and len(out) == 3
    deadline, money, quote = out
    assert "%0A" not in proc.stdout, "one line per finding, sources not repeated"
    assert "::Deadline “6:01 PM ET” — sources say 5:01 PM ET / 22:01 GMT (002 line " in deadline
    assert "::Amount “$300 million” — sources say $200 million (000 line " in money
    assert "up to $200 million" in money and "hundreds of millions" not in money
    assert ("“…in good conscience accept their request” — sources have "
            "“…in good conscience accede to their request”") in quote
    assert quote.count("These threats") == 0


def test_markdown_summary_of_the_bad_draft() -> None:
    proc = run(BAD, "--against", *SEEDS, "--format", "markdown")
    assert proc.returncode == 1
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| ❌ error |")]
    assert [row.split("|")[2].strip() for row in rows] == ["14", "20", "24"]
    assert "**3 errors, 0 warnings, 0 notes**" in proc.stdout
