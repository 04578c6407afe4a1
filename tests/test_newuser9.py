"""A first-time user's leftovers (newuser9): a folder's sources in natural order, a plain-text
byline's outlet, and a draft's deadline month held to its sources' by ``check``.

Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cli import run_check, run_cli
from sourcediff.ingest import load_many, natural_key
from sourcediff.ingest.text import parse as parse_text

SOURCE_A = """Harbour board approves ferry terminal

The Port Wexley harbour board voted 6-3 on Monday to approve a $52 million ferry terminal on the east quay.

Construction is due to finish by September 2028, according to the board's schedule.
"""

SOURCE_B = """Port Wexley backs new ferry terminal

The harbour board in Port Wexley approved a $52 million ferry terminal on Monday in a 6-3 vote.

The board expects the terminal to be finished by September 2028.
"""

DRAFT = """# Board approves ferry terminal

The Port Wexley harbour board voted 6-3 on Monday to approve a $52 million ferry terminal.

Work is expected to finish by September 2029.
"""


def test_natural_key_orders_numbers_by_value() -> None:
    names = ["s10.txt", "s2.txt", "s1.txt", "s11.txt", "s3.txt"]
    assert sorted(names, key=natural_key) == ["s1.txt", "s2.txt", "s3.txt", "s10.txt", "s11.txt"]


def test_natural_key_is_total_and_stable() -> None:
    # zero-padded and plain numbers, cases, a bare prefix: every name has one place
    names = ["S3", "s01", "s1", "s", "a.txt", "b10.txt", "b2.txt"]
    once = sorted(names, key=natural_key)
    assert once == ["a.txt", "b2.txt", "b10.txt", "s", "s01", "s1", "S3"]
    assert sorted(reversed(names), key=natural_key) == once


def test_dated_names_keep_calendar_order() -> None:
    names = ["2026-03-10-courier.txt", "2026-03-9-herald.txt", "2026-03-02-post.txt"]
    assert sorted(names, key=natural_key) == ["2026-03-02-post.txt", "2026-03-9-herald.txt",
                                             "2026-03-10-courier.txt"]


def test_a_folder_is_read_in_natural_order(tmp_path: Path) -> None:
    for n in (1, 2, 10, 11, 3):
        (tmp_path / f"s{n}.txt").write_text(SOURCE_A if n % 2 else SOURCE_B, encoding="utf-8")
    assert [a.id for a in load_many([str(tmp_path)])] == ["s1", "s2", "s3", "s10", "s11"]


def test_compare_lists_a_folder_in_natural_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for n in (1, 2, 10):
        (tmp_path / f"s{n}.txt").write_text(SOURCE_A if n % 2 else SOURCE_B, encoding="utf-8")
    run = run_cli(capsys, "compare", tmp_path, "--format", "json")
    assert run.code == 0, run.err
    assert run.out.index('"id": "s2"') < run.out.index('"id": "s10"')


def test_check_holds_a_deadline_month_to_the_sources(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    run = run_check(capsys, tmp_path, DRAFT, SOURCE_A, SOURCE_B)
    assert run.code == 1, (run.out, run.err)
    assert "[date/diverge]" in run.out and "September 2029" in run.out and "September 2028" in run.out
    assert "stated by no source" not in run.out


def test_check_passes_a_draft_with_the_sources_deadline(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    run = run_check(capsys, tmp_path, DRAFT.replace("2029", "2028"), SOURCE_A, SOURCE_B)
    assert run.code == 0, (run.out, run.err)
    assert "diverge" not in run.out


def test_two_deadline_months_in_unrelated_passages_stay_apart(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    # a story's second deadline, far from the first, is no rival of it
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(SOURCE_A, encoding="utf-8")
    b.write_text(SOURCE_B + "\nSeparately, the town's new library must open by March 2027, "
                 "the mayor's office said after a long dispute over parking.\n", encoding="utf-8")
    run = run_cli(capsys, "compare", a, b, "--format", "json")
    assert run.code == 0, run.err
    assert '"status": "diverge"' not in run.out


BYLINED = """Harbour board approves ferry terminal

{byline}

The Port Wexley harbour board voted 6-3 on Monday to approve a $52 million ferry terminal.
"""


@pytest.mark.parametrize(("byline", "outlet"), [
    ("By Jane Doe, The Valley Courier", "The Valley Courier"),
    ("By Jane Doe | Reuters", "Reuters"),
    ("Jane Doe, Reuters", "Reuters"),
    ("By Jane Doe and Tom Reyes, Bay Times", "Bay Times"),
    ("BY JANE DOE, Coastline Herald", "Coastline Herald"),
])
def test_a_text_byline_gives_the_outlet(byline: str, outlet: str) -> None:
    assert parse_text(BYLINED.format(byline=byline)).outlet == outlet


@pytest.mark.parametrize("line", [
    "By Tuesday, the board had voted.",  # a sentence of the story
    "By Jane Doe, Staff Writer",  # a job, not a paper
    "By Jane Doe, March 3, 2026",  # a date
    "Port Wexley, Cascadia",  # a dateline: no given name, no "By"
    "Mark Boyle, Treasurer",  # a caption's name and title
    "By Jane Doe",  # no outlet named
])
def test_lines_that_are_no_byline_give_no_outlet(line: str) -> None:
    assert parse_text(BYLINED.format(byline=line)).outlet == ""


def test_a_title_case_headline_is_no_byline() -> None:
    text = "Jane Doe, Harbour Chief, Quits Board\n\nThe chief of the harbour board resigned on Monday.\n"
    assert parse_text(text).outlet == ""


def test_a_byline_far_down_the_story_is_not_read() -> None:
    body = "\n\n".join(f"Paragraph {n} of the story tells what the board did." for n in range(6))
    assert parse_text(f"Headline here\n\n{body}\n\nBy Jane Doe, Reuters\n").outlet == ""
