"""A folder of articles with sourcediff's own reports and subfolders in it.

`sourcediff report stories/ -o stories/report` writes next to the articles: a
later `compare stories/` must not read those reports back as sources, and the
same `report` run again must replace them rather than refuse them as inputs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cli import one_line_error, run_cli
from sourcediff.ingest.ownoutput import is_own_output_file, own_output

COUNCIL_A = ("date 2026-06-02\nThe Eastvale council voted 7-2 on Tuesday to raise parking fees to $3.50 "
             "an hour from July 1.\n\"It is overdue,\" said councillor Priya Raman.\n")
COUNCIL_B = ("date 2026-06-02\nEastvale's council approved higher parking fees on Tuesday, to $3.75 "
             "an hour, by a vote of 7-2.\n\"It is overdue,\" said councillor Priya Raman.\n")


def _story(folder: Path) -> Path:
    folder.mkdir()
    (folder / "eastvale-a.txt").write_text(COUNCIL_A, encoding="utf-8")
    (folder / "eastvale-b.txt").write_text(COUNCIL_B, encoding="utf-8")
    return folder


def test_report_into_the_folder_then_compare_reads_only_the_articles(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = _story(tmp_path / "story")
    assert run_cli(capsys, "report", story, "-o", story / "report").code == 0
    run = run_cli(capsys, "compare", story, "-f", "oneline")
    assert run.code == 0, run.err
    assert run.out.strip().splitlines()[-1].startswith("2 sources")
    for name in ("report.html", "report.md", "report.json"):
        assert f"skipped {story / name}: is " in run.err
    assert "that sourcediff wrote, not an article" in run.err


def test_report_run_twice_into_the_folder_replaces_its_own_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = _story(tmp_path / "story")
    assert run_cli(capsys, "report", story, "-o", story / "report").code == 0
    first = (story / "report.json").read_text(encoding="utf-8")
    run = run_cli(capsys, "report", story, "-o", story / "report")
    assert run.code == 0, run.err
    assert (story / "report.json").read_text(encoding="utf-8") == first
    assert (story / "eastvale-a.txt").read_text(encoding="utf-8") == COUNCIL_A


def test_report_onto_an_article_in_the_folder_is_refused_before_reading(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = _story(tmp_path / "story")
    (story / "notes.md").write_text("# My notes\n\nCall the council clerk about the July date.\n")
    run = run_cli(capsys, "report", story, "-o", story / "notes")
    one_line_error(run, "notes.md", "over an input file")
    assert (story / "notes.md").read_text().startswith("# My notes")


def test_compare_html_onto_own_report_in_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = _story(tmp_path / "story")
    assert run_cli(capsys, "compare", story, "-f", "html", "-o", story / "view.html").code == 0
    run = run_cli(capsys, "compare", story, "-f", "html", "-o", story / "view.html")
    assert run.code == 0, run.err


@pytest.mark.parametrize("fmt,name", [("json", "r.json"), ("markdown", "r.md"), ("html", "r.html")])
def test_own_report_named_as_an_article_is_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, name: str) -> None:
    story = _story(tmp_path / "story")
    out = tmp_path / name
    assert run_cli(capsys, "compare", story, "-f", fmt, "-o", out).code == 0
    one_line_error(run_cli(capsys, "compare", story / "eastvale-a.txt", out), name,
                   "that sourcediff wrote, not an article")


def test_check_json_is_recognised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = _story(tmp_path / "story")
    out = tmp_path / "check.json"
    run = run_cli(capsys, "check", story / "eastvale-a.txt", "--against", story / "eastvale-b.txt",
                  "-f", "json", "-o", out)
    assert run.code in (0, 1), run.err
    assert own_output(out.read_text(encoding="utf-8")) == "a JSON check"


@pytest.mark.parametrize("text", [
    COUNCIL_A,
    '{"schema": "newsroom/article@2", "text": "The council met."}',
    "<html><head><meta name=\"generator\" content=\"WordPress 6.5\"></head><body><p>Hi</p></body></html>",
    "# Notes\n\nWritten with help from <sub>sourcediff 0.1.0</sub> last week, then edited.\n",
])
def test_articles_are_not_taken_for_own_output(text: str) -> None:
    assert own_output(text) is None


def test_own_output_file_reads_head_and_tail(tmp_path: Path) -> None:
    long_md = tmp_path / "long.md"
    long_md.write_text("# r\n\n" + "A line of the report.\n" * 500 + "\n<sub>sourcediff 9.9</sub>\n")
    assert is_own_output_file(long_md)
    article = tmp_path / "a.txt"
    article.write_text(COUNCIL_A)
    assert not is_own_output_file(article)
    assert not is_own_output_file(tmp_path / "missing.md")


def test_subfolder_is_named_in_a_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = _story(tmp_path / "story")
    (story / "archive").mkdir()
    (story / "archive" / "older.txt").write_text(COUNCIL_B)
    (story / ".cache").mkdir()
    run = run_cli(capsys, "compare", story, "-f", "oneline")
    assert run.code == 0, run.err
    assert f"skipped {story / 'archive'}: a folder inside a folder is not read" in run.err
    assert ".cache" not in run.err
