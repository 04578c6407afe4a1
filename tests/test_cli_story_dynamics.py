"""Through the command line: a story that changes while it is told, in the JSON report.

One invented ferry fire told by a wire (dated), a paper a day later (dated)
and an undated blog: a toll that rose, two spans after one event, a range
and a figure inside it, and a weekday the blog gets wrong.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sourcediff.cli import main

WIRE = """date 2026-09-18

Ferry fire off Kestel kills 9

A fire on the ferry Marlin Star killed 9 passengers off Kestel on Thursday, coastguard officials said.

Rescue boats reached the burning ferry an hour after the first distress call, the coastguard said.

Survivors were pulled from the water at distances ranging from 2 to 6 km from the wreck.
"""
PAPER = """date 2026-09-19

The toll from the fire on the ferry Marlin Star rose to 14 on Friday, up from 9, coastguard officials said.

Rescue boats reached the burning ferry two hours after the first distress call, the coastguard said.

Survivors were pulled from the water about 4 km from the wreck.
"""
BLOG = """# Marlin Star fire

The fire on the ferry Marlin Star broke out on Wednesday, September 17, the coastguard said.

Rescue boats reached the burning ferry on Thursday.
"""


@pytest.fixture
def report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    paths = []
    for name, text in (("a_wire.txt", WIRE), ("b_paper.txt", PAPER), ("c_blog.md", BLOG)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    out = tmp_path / "report.json"
    with pytest.raises(SystemExit) as done:
        main(["compare", *paths, "-f", "json", "-o", str(out)])
    assert done.value.code in (0, None), capsys.readouterr().err
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def facts_with(report: dict[str, Any], text: str) -> list[dict[str, Any]]:
    return [f for f in report["facts"] if any(m["text"] == text for m in f["mentions"])]


def test_a_toll_that_rose_is_an_update(report: dict[str, Any]) -> None:
    (fact,) = facts_with(report, "14")
    assert fact["status"] == "agree" and fact["value"] == "14"  # the figure as it stands now
    assert [s["value"] for s in fact["update"]["earlier"]] == ["9"]
    assert [s["value"] for s in fact["update"]["later"]] == ["14"]


def test_two_spans_after_one_event_diverge(report: dict[str, Any]) -> None:
    (fact,) = facts_with(report, "an hour after")
    assert fact["status"] == "diverge"
    assert {m["text"] for m in fact["mentions"]} == {"an hour after", "two hours after"}


def test_a_figure_inside_a_range_agrees(report: dict[str, Any]) -> None:
    (fact,) = facts_with(report, "2 to 6 km")
    assert fact["status"] == "agree" and {m["text"] for m in fact["mentions"]} == {"2 to 6 km", "about 4 km"}


def test_the_undated_blog_is_read_against_the_story_and_its_weekday_checked(report: dict[str, Any]) -> None:
    (blog,) = [s for s in report["sources"] if s["id"] == "c_blog"]
    assert blog["published"] is None and blog["inferred_date"]["basis"] == "other sources"
    (thursday,) = [m for f in report["facts"] for m in f["mentions"]
                   if m["source"] == "c_blog" and m["text"] == "Thursday"]
    assert thursday["value"] == "2026-09-17"  # the Thursday the wire names, not a guess
    (mismatch,) = [f for f in report["facts"] if f["summary"].startswith("weekday and date disagree")]
    assert mismatch["status"] == "diverge"
    assert [m["text"] for m in mismatch["mentions"]] == ["Wednesday", "September 17"]
