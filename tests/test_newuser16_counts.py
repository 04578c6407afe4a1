"""newuser16: the counts line says how many unique details it lists, and ``corpus --all`` exists.

A reader who saw "7 unique" over a section of five added them up and thought
two were lost: the held-back noise (a byline stamp, a vague span) counted in
the report's summary but not in the list. Every format now puts the listed
number beside the count; the JSON summary stays the report's. ``corpus``
wrote its pages without any way to list those details, which ``compare`` and
``report`` allow with ``--all``. The articles are invented.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcediff import Article, compare
from sourcediff.cli import app
from sourcediff.model import Report, Verdict
from sourcediff.render import RenderOptions
from sourcediff.render.html import render_html
from sourcediff.render.markdown import render_markdown
from sourcediff.render.oneline import render_oneline
from sourcediff.render.terminal import render_terminal_text
from sourcediff.render.view import counts_line, hidden_noise, listed_note

WIRE = """Depot fire closes ring road

By Lena Marsh
Published 9 April 2026

A fire at the Dunmore bus depot closed the ring road for six hours on Wednesday, the fire service said.

Firefighters said 14 buses were destroyed and nobody was hurt.
"""
PAPER = """Bus depot blaze shuts ring road

A fire at the Dunmore bus depot closed the ring road for six hours on Wednesday.

Fire crews said 14 buses were destroyed. The council will review depot safety this week.
"""


@pytest.fixture(scope="module")
def report() -> Report:
    return compare([Article.from_text(WIRE, id="wire", published="2026-04-09"),
                    Article.from_text(PAPER, id="paper", published="2026-04-09")])


def _listed(report: Report) -> int:
    return report.counts()[Verdict.UNIQUE.value] - hidden_noise(report, RenderOptions())


def test_the_counts_line_names_how_many_unique_details_are_listed(report: Report) -> None:
    hidden = hidden_noise(report, RenderOptions())
    assert hidden >= 1  # the byline stamp at least
    line = counts_line(report, RenderOptions())
    unique = report.counts()[Verdict.UNIQUE.value]
    assert f"{unique} unique ({unique - hidden} listed)" in line


def test_with_all_nothing_is_held_back_and_no_listed_note(report: Report) -> None:
    options = RenderOptions(show_all=True)
    assert listed_note(report, options, Verdict.UNIQUE) == ""
    assert "listed)" not in counts_line(report, options)


def test_only_the_unique_count_gets_the_note(report: Report) -> None:
    assert listed_note(report, RenderOptions(), Verdict.AGREE) == ""
    assert listed_note(report, RenderOptions(), Verdict.DIVERGE) == ""


@pytest.mark.parametrize("render", [
    lambda r: render_terminal_text(r, RenderOptions(color=False)),
    lambda r: render_markdown(r, RenderOptions()),
    lambda r: render_oneline(r, RenderOptions()),
    lambda r: render_html(r, RenderOptions()),
], ids=["terminal", "markdown", "oneline", "html"])
def test_every_format_shows_the_listed_number(report: Report, render: object) -> None:
    text = render(report)  # type: ignore[operator]
    assert f"({_listed(report)} listed)" in text


def test_json_summary_keeps_the_report_counts(report: Report, tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "paper.txt").write_text(PAPER, encoding="utf-8")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["compare", str(tmp_path / "wire.txt"), str(tmp_path / "paper.txt"),
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
    assert isinstance(summary["unique"], int)


def _corpus(tmp_path: Path, *extra: str) -> str:
    feed = tmp_path / "feed"
    feed.mkdir(parents=True, exist_ok=True)
    (feed / "wire.txt").write_text(WIRE, encoding="utf-8")
    (feed / "paper.txt").write_text(PAPER.replace("Bus depot", "Dunmore depot"), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["corpus", str(feed), "-o", str(out), "--html", *extra])
    assert result.exit_code == 0, result.output
    pages = sorted((out / "stories").glob("*.html"))
    assert len(pages) == 1
    return pages[0].read_text(encoding="utf-8")


def _unique_heading(page: str) -> int:
    match = re.search(r"Unique details \((\d+)\)", page)
    assert match, "the page lists unique details"
    return int(match.group(1))


def test_corpus_pages_hold_noise_back_by_default_and_say_so(tmp_path: Path) -> None:
    page = _corpus(tmp_path)
    assert "not listed as unique; --all lists them" in page


def test_corpus_all_lists_every_unique_detail(tmp_path: Path) -> None:
    plain = _corpus(tmp_path / "a")
    every = _corpus(tmp_path / "b", "--all")
    assert "not listed as unique" not in every
    assert _unique_heading(every) > _unique_heading(plain)


def test_corpus_all_never_reuses_the_default_pages(tmp_path: Path) -> None:
    """One state database, a run without then with ``--all``: the second writes the full pages."""
    plain = _corpus(tmp_path)
    every = _corpus(tmp_path, "--all")
    again = _corpus(tmp_path)
    assert "not listed as unique" in plain
    assert "not listed as unique" not in every
    assert again == plain
