"""newuser18: `report -o BASE` never replaces a file of the user's own that one of its three names hits.

`-o reports/notes` wrote reports/notes.md over the user's notes: `-o` names a
base, not a file, so the user never named notes.md. An earlier run's report
is still replaced, as before. Invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cli import one_line_error, run_cli, two_articles


def test_report_refuses_to_replace_a_users_file_before_any_work(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two_articles(tmp_path)
    reports = tmp_path / "reports"
    reports.mkdir()
    notes = reports / "notes.md"
    notes.write_text("Call the council press office on Monday.\n", encoding="utf-8")
    one_line_error(run_cli(capsys, "report", a, b, "-o", reports / "notes"), "notes.md",
                   "is a file of your own, not a report sourcediff wrote", "choose another -o name")
    assert notes.read_text(encoding="utf-8") == "Call the council press office on Monday.\n"
    assert not (reports / "notes.json").exists() and not (reports / "notes.html").exists()


def test_report_run_twice_replaces_its_own_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two_articles(tmp_path)
    base = tmp_path / "reports" / "seawall"
    for _ in range(2):
        run = run_cli(capsys, "report", a, b, "-o", base)
        assert run.code == 0, run
    assert sorted(p.name for p in base.parent.iterdir()) == ["seawall.html", "seawall.json", "seawall.md"]
