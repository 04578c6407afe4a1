"""`sourcediff score`: the scorer as a command, for users with their own gold files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sourcediff", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_scores_the_seeds_report(tmp_path: Path) -> None:
    report = tmp_path / "seeds.json"
    seeds = sorted(str(p) for p in (ROOT / "seeds").iterdir())
    assert run("compare", *seeds, "-f", "json", "-o", str(report)).returncode == 0
    done = run("score", str(report), "tests/gold/seeds.json", "--quiet")
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip().splitlines()[-1]
    assert line.startswith("align_recall=") and "verdicts=1.00" in line and "false_alarms=0" in line


def test_refuses_what_is_not_a_report(tmp_path: Path) -> None:
    not_json = run("score", "seeds/000_a6855aa77e3cc55e.txt", "tests/gold/seeds.json")
    assert not_json.returncode == 2 and "not valid JSON" in not_json.stderr
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}', encoding="utf-8")
    wrong = run("score", str(other), "tests/gold/seeds.json")
    assert wrong.returncode == 2 and "not a sourcediff JSON report" in wrong.stderr
    assert "Traceback" not in wrong.stderr
