"""Outputs never destroy anything: inputs by any name, devices, symlinks, modes, partial sets."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from hostile_cli import ARTICLE_A, one_line_error, run_cli, two_articles
from sourcediff.errors import InputError
from sourcediff.output import write_atomic, write_set


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_an_input_inside_an_input_folder_is_not_overwritten(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    src.mkdir()
    a, _ = two_articles(src)
    before = _snapshot(src)
    one_line_error(run_cli(capsys, "compare", src, "-o", a), "over an input")
    one_line_error(run_cli(capsys, "compare", f"{src}/../src", "-o", f"{src}/./{a.name}"), "over an input")
    assert _snapshot(src) == before


def test_a_report_set_that_would_hit_an_input_writes_nothing(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    _, b = two_articles(tmp_path)
    draft = tmp_path / "story.md"
    draft.write_text("# Seawall\n\n" + ARTICLE_A, encoding="utf-8")
    before = _snapshot(tmp_path)
    one_line_error(run_cli(capsys, "report", draft, b, "-o", tmp_path / "story"), "story.md", "over an input")
    assert _snapshot(tmp_path) == before  # no story.json left behind either


def test_a_hard_link_or_symlink_to_an_input_is_the_input(tmp_path: Path) -> None:
    a, _ = two_articles(tmp_path)
    hard, soft = tmp_path / "hard.txt", tmp_path / "soft.txt"
    os.link(a, hard)
    soft.symlink_to(a)
    for target in (hard, soft):
        with pytest.raises(InputError, match="over an input"):
            write_atomic(target, "report", inputs=[str(a)])
    assert a.read_text(encoding="utf-8") == ARTICLE_A


def test_check_never_writes_over_its_diff_policy_or_sources(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    draft, source = two_articles(sources)
    patch = tmp_path / "change.diff"
    patch.write_text(f"--- a/{draft.name}\n+++ b/{draft.name}\n@@ -3 +3 @@\n-old\n+new\n", encoding="utf-8")
    policy = tmp_path / "policy.toml"
    policy.write_text('fail_on = ["diverge"]\n', encoding="utf-8")
    before = {p: p.read_bytes() for p in (draft, source, patch, policy)}
    for target in (patch, policy, source):
        run = run_cli(capsys, "check", draft, "--against", sources, "--diff", patch, "--policy", policy,
                      "-o", target)
        one_line_error(run, str(target), "over an input")
    assert {p: p.read_bytes() for p in before} == before


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_devices_are_never_replaced(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    with pytest.raises(InputError, match="device"):
        write_atomic(device, "report")
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_directories_and_fifos_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        write_atomic(tmp_path, "report")
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        with pytest.raises(InputError, match="FIFO"):
            write_atomic(fifo, "report")


def test_a_symlink_output_writes_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "made.json")
    write_atomic(dangling, "made")
    assert (tmp_path / "made.json").read_text(encoding="utf-8") == "made"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_replaced_file_keeps_its_mode_and_a_new_one_follows_the_umask(tmp_path: Path) -> None:
    old = tmp_path / "shared.json"
    old.write_text("old", encoding="utf-8")
    old.chmod(0o644)
    write_atomic(old, "new")
    assert stat.S_IMODE(old.stat().st_mode) == 0o644
    mask = os.umask(0o027)
    try:
        write_atomic(tmp_path / "fresh.json", "new")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "fresh.json").stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    locked = tmp_path / "final.json"
    locked.write_text("signed off", encoding="utf-8")
    locked.chmod(0o444)
    with pytest.raises(InputError, match="read-only"):
        write_atomic(locked, "new")
    assert locked.read_text(encoding="utf-8") == "signed off"


def test_no_temporary_files_are_left_and_long_names_fail_cleanly(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two_articles(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    assert run_cli(capsys, "report", a, b, "-o", out / ("r" * 250)).code == 0  # 255 bytes with ".html"
    assert sorted(p.suffix for p in out.iterdir()) == [".html", ".json", ".md"]
    one_line_error(run_cli(capsys, "compare", a, b, "-o", out / ("x" * 300)), "File name too long")
    one_line_error(run_cli(capsys, "compare", a, b, "-o", tmp_path / "missing" / "r.txt"), "does not exist")
    assert len(list(out.iterdir())) == 3


def test_concurrent_report_sets_are_each_whole(tmp_path: Path) -> None:
    """Eight writers into one folder: the three files that remain come from one of them."""
    base = tmp_path / "story"

    def writer(n: int) -> None:
        write_set({base.with_suffix(s): f"run {n}" for s in (".json", ".md", ".html")})

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    contents = {base.with_suffix(s).read_text(encoding="utf-8") for s in (".json", ".md", ".html")}
    assert len(contents) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.html", "story.json", "story.md"]


def test_proc_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/proc/self").is_dir():
        pytest.skip("no /proc")
    a, b = two_articles(tmp_path)
    run = run_cli(capsys, "compare", a, b, "-o", "/proc/self/sourcediff.txt")
    assert run.code == 2 and run.err.count("\n") == 1 and "Traceback" not in run.err
