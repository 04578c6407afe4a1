"""newuser16: a report sourcediff wrote, picked up by ``compare *``, gets a line saying what to do.

``compare * -o r.json`` then ``compare *`` again named the report as an
article; the refusal said what it was but not how to go on. A folder given
whole still skips it with a note. The articles are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cli import one_line_error, run_cli

A = "date 2026-05-04\nThe Marlow library reopened on Monday after a $2.4 million renovation.\n"
B = "date 2026-05-04\nMarlow's library reopened on Monday following a $2.4 million refit.\n"


@pytest.fixture()
def folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    run = run_cli(capsys, "compare", tmp_path / "a.txt", tmp_path / "b.txt", "-o", tmp_path / "r.json")
    assert run.code == 0, run.err
    return tmp_path


def test_a_named_report_is_refused_with_what_to_do(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = run_cli(capsys, "compare", *(folder / n for n in ("a.txt", "b.txt", "r.json")))
    one_line_error(run, "r.json: is a JSON report that sourcediff wrote, not an article",
                   "leave it out of the list, or give the folder")


def test_the_folder_skips_the_report_with_a_plain_note(folder: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    run = run_cli(capsys, "compare", folder, "-f", "oneline")
    assert run.code == 0, run.err
    assert "skipped" in run.err and "not an article" in run.err
    assert "leave it out of the list" not in run.err
