"""The pre-commit hook: staged lines only, no shell, drafts only."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sourcediff.precommit import main

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "data" / "check" / "bad_draft.md"
CLEAN = ROOT / "tests" / "data" / "check" / "clean_draft.md"
HOOKS = ROOT / ".pre-commit-hooks.yaml"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=repo,
                   check=True, capture_output=True)


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository whose committed draft already holds the three mistakes of bad_draft.md."""
    git(tmp_path, "init", "-q")
    (tmp_path / "drafts").mkdir()
    shutil.copytree(ROOT / "seeds", tmp_path / "sources")
    shutil.copy(BAD, tmp_path / "drafts" / "story.md")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "old draft")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def edit(repo: Path, old: str, new: str) -> None:
    draft = repo / "drafts" / "story.md"
    text = draft.read_text(encoding="utf-8")
    assert old in text
    draft.write_text(text.replace(old, new), encoding="utf-8")
    git(repo, "add", "drafts/story.md")


def test_an_old_mismatch_does_not_block_a_commit_that_does_not_touch_it(repo: Path) -> None:
    edit(repo, "Anthropic says it is ready to keep negotiating.",
         "Anthropic says it is ready to keep negotiating with the Pentagon.")
    assert main(["--against", "sources", "drafts/story.md"]) == 0


def test_a_staged_line_with_a_mistake_fails(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(repo, "met Amodei at the Pentagon on Tuesday.",
         "met Amodei at the Pentagon on Tuesday, with 6:01 PM ET still the deadline.")
    assert main(["--against", "sources", "drafts/story.md"]) == 1
    out = capsys.readouterr().out
    assert "story.md:16:" in out and "story.md:14:" not in out, "only the staged line is reported"


def test_a_draft_with_nothing_staged_is_not_checked(repo: Path) -> None:
    assert main(["--against", "sources", "drafts/story.md"]) == 0


def test_the_hook_needs_no_shell_and_matches_drafts_only() -> None:
    text = HOOKS.read_text(encoding="utf-8")
    entry = re.search(r"^\s*entry:\s*(.+)$", text, re.MULTILINE)
    files = re.search(r"^\s*files:\s*(.+)$", text, re.MULTILINE)
    assert entry and files
    assert entry.group(1).strip() == "sourcediff-pre-commit"
    pattern = re.compile(files.group(1).strip())
    for path in ("drafts/story.md", "newsroom/drafts/2026/story.txt", "drafts/a.markdown"):
        assert pattern.search(path), path
    for path in ("sources/story/001.txt", "README.md", "notes/drafts.md", "mydrafts/story.md"):
        assert not pattern.search(path), path


def test_a_draft_that_is_not_there_is_an_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped draft name was "nothing staged": exit 0, nothing checked."""
    assert main(["--against", "sources", "drafts/stroy.md"]) == 2
    assert capsys.readouterr().err == "sourcediff: error: drafts/stroy.md: no such file\n"


def test_outside_a_repository_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """git's last usage line ("--output <file> output to a specific file") was shown as the reason."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    draft = tmp_path / "story.md"
    draft.write_text("The council voted 7-2.\n", encoding="utf-8")
    assert main(["--against", str(draft), str(draft)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not inside a git repository" in err, err
