"""Every format lists the same unique details: a byline stamp is noise in all of them, or in none.

Markdown once listed "Published 13 March 2026" in its "At a glance" while the
terminal hid it: each renderer filtered on its own. Now render/view.shown
decides for all, JSON marks what the others hide, and ``--all`` lists it
everywhere. The articles are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcediff import Article, compare
from sourcediff.cli import app
from sourcediff.model import Report, Verdict
from sourcediff.render import RenderOptions
from sourcediff.render.html import render_html
from sourcediff.render.json import report_to_dict
from sourcediff.render.markdown import render_markdown
from sourcediff.render.noise import is_noise
from sourcediff.render.oneline import render_oneline
from sourcediff.render.terminal import render_terminal_text
from sourcediff.render.view import hidden_noise, noise_note, shown

WIRE = """Ferry service halted after gale

By Tom Reddle
Published 13 March 2026

The Kestrel Isles ferry stopped sailing on Thursday after winds reached 90 kilometres an hour,
the operator said.

Sailings will resume on Saturday if the wind drops below 50 kilometres an hour.
"""
PAPER = """Gale stops island ferry

The Kestrel Isles ferry stopped sailing on Thursday when winds reached 90 kilometres an hour.

The operator said sailings would resume on Saturday if the wind drops below 50 kilometres an hour.
"""
RENDERERS = {
    "terminal": lambda r, o: render_terminal_text(r, o),
    "markdown": render_markdown,
    "html": render_html,
    "oneline": render_oneline,
}


@pytest.fixture(scope="module")
def report() -> Report:
    return compare([Article.from_text(WIRE, id="wire", published="2026-03-13"),
                    Article.from_text(PAPER, id="paper")])


def _stamp_ids(report: Report) -> list[str]:
    return [f.id for f in report.facts if f.status is Verdict.UNIQUE and "13 March 2026" in f.summary]


def test_the_stamp_is_a_unique_fact_in_the_report(report: Report) -> None:
    assert _stamp_ids(report), [f.summary for f in report.facts]


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_no_format_lists_the_stamp_by_default(report: Report, fmt: str) -> None:
    text = RENDERERS[fmt](report, RenderOptions(width=120, color=False))
    assert "13 March 2026" not in text.replace("Published 13 March 2026", "")
    assert noise_note(1) in text


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_every_format_lists_the_stamp_with_all(report: Report, fmt: str) -> None:
    text = RENDERERS[fmt](report, RenderOptions(width=120, color=False, show_all=True))
    assert "13 March 2026" in text
    assert "not listed as unique" not in text


def test_json_keeps_the_stamp_and_marks_it_as_noise(report: Report) -> None:
    facts = {f["id"]: f for f in report_to_dict(report)["facts"]}
    ids = _stamp_ids(report)
    assert all(facts[i].get("noise") is True for i in ids)
    assert sum(1 for f in facts.values() if f.get("noise")) == len(ids)


def test_the_note_says_what_is_held_back_and_how_to_see_it() -> None:
    assert noise_note(0) == ""
    assert noise_note(1).startswith("1 detail (vague spans, caption dates, byline stamps) not listed")
    assert noise_note(2).startswith("2 details ") and noise_note(2).endswith("--all lists them")


def test_one_decision_for_every_renderer(report: Report) -> None:
    options = RenderOptions()
    listed = {f.id for fs in shown(report, options).values() for f in fs}
    assert not listed & set(_stamp_ids(report))
    assert hidden_noise(report, options) == len(_stamp_ids(report))
    assert hidden_noise(report, RenderOptions(only=frozenset({Verdict.AGREE}))) == 0


def test_report_command_takes_all(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "paper.txt").write_text(PAPER, encoding="utf-8")
    base = tmp_path / "out" / "gale"
    runner = CliRunner()
    result = runner.invoke(app, ["report", str(tmp_path / "wire.txt"), str(tmp_path / "paper.txt"),
                                 "-o", str(base)])
    assert result.exit_code == 0, result.output
    markdown = (tmp_path / "out" / "gale.md").read_text(encoding="utf-8")
    assert "not listed as unique" in markdown
    data = json.loads((tmp_path / "out" / "gale.json").read_text(encoding="utf-8"))
    assert any(f.get("noise") for f in data["facts"])
    result = runner.invoke(app, ["report", str(tmp_path / "wire.txt"), str(tmp_path / "paper.txt"),
                                 "-o", str(base), "--all"])
    assert result.exit_code == 0, result.output
    assert "not listed as unique" not in (tmp_path / "out" / "gale.md").read_text(encoding="utf-8")


def test_an_unresolved_vague_span_is_noise_like_a_resolved_one() -> None:
    report = compare([Article.from_text("Jonas Reeve scored twice this week for the Rovers.", id="site"),
                      Article.from_text("Jonas Reeve scored twice for the Rovers.", id="paper")])
    week = [f for f in report.facts if f.summary.startswith("this week")]
    assert week and week[0].status is Verdict.UNIQUE
    assert is_noise(report, week[0])
    assert "this week" not in render_oneline(report, RenderOptions(color=False))


def test_an_unresolved_weekday_is_no_vague_span() -> None:
    report = compare([Article.from_text("The Rovers play the final on Friday, the club said.", id="site"),
                      Article.from_text("The Rovers play the final, the club said.", id="paper")])
    friday = [f for f in report.facts if f.summary.startswith("Friday")]
    assert friday and not is_noise(report, friday[0])
