"""Terminal renderer: order of urgency, highlights with and without colour, width, filters.

Output is pinned (width, colour system, TERM, no colour-related environment)
so the golden files are stable. Regenerate them after an intended change with:

    SOURCEDIFF_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_render_terminal.py
"""

from __future__ import annotations

import re

import pytest
from rich.console import Console

from render_fixture import GOLDEN_DIR, build_report, check_golden
from sourcediff.model import Article, Report, SourceInfo, Verdict
from sourcediff.render import RenderOptions
from sourcediff.render.terminal import render_terminal, render_terminal_text

ANSI = re.compile(r"\x1b\[[0-9;]*m")
PLAIN = RenderOptions(width=100, color=False)
COLOUR = RenderOptions(width=100, color=True, color_system="standard")


@pytest.fixture(autouse=True)
def pinned_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    for name in ("NO_COLOR", "FORCE_COLOR", "COLORTERM", "COLUMNS", "LINES", "TTY_COMPATIBLE",
                 "TTY_INTERACTIVE", "JUPYTER_COLUMNS"):
        monkeypatch.delenv(name, raising=False)


def test_plain_golden() -> None:
    check_golden(GOLDEN_DIR / "fixture.terminal.txt", render_terminal_text(build_report(), PLAIN))


def test_colour_golden() -> None:
    check_golden(GOLDEN_DIR / "fixture.terminal.ansi", render_terminal_text(build_report(), COLOUR))


def test_sections_in_order_of_urgency() -> None:
    text = render_terminal_text(build_report(), PLAIN)
    positions = [text.index(h) for h in ("Divergences (2)", "Unique details (3)", "Agreements (4)")]
    assert positions == sorted(positions)
    assert text.index("5 sources, 9 facts: 2 diverge · 3 unique · 4 agree") < positions[0]


def test_header_lists_every_source_with_outlet_and_date() -> None:
    head = render_terminal_text(build_report(), PLAIN).split("Divergences")[0]
    for source, outlet, date in (("000", "Wire Daily", "2026-02-26"), ("004", "Global Post", "2026-02-27"),
                                 ("003", "Brief Digest", "undated")):
        line = next(line for line in head.splitlines() if line.startswith(source))
        assert outlet in line and date in line


def test_plain_text_marks_mentions_and_changed_words_without_colour() -> None:
    text = render_terminal_text(build_report(), PLAIN)
    assert "\x1b[" not in text
    assert "«Friday *evening*»" in text
    assert "«Friday *afternoon*»" in text
    assert "*military*" in text and "*that*" in text


def test_colour_output_highlights_with_ansi_and_no_plain_markers() -> None:
    text = render_terminal_text(build_report(), COLOUR)
    assert "\x1b[" in text
    stripped = ANSI.sub("", text)
    assert "«" not in stripped and "*evening*" not in stripped
    assert "Friday evening" in stripped


def test_divergence_panel_shows_every_source_wording_and_value() -> None:
    text = render_terminal_text(build_report(), PLAIN)
    panel = text[text.index("DIVERGE  time · f1"):text.index("DIVERGE  quote · f2")]
    for label in ("000 (Wire Daily)", "001 (ustower.net)", "002 (The Ledger)"):
        assert label in panel
    assert "2026-02-27 evening" in panel and panel.count("afternoon") >= 4


@pytest.mark.parametrize("width", [60, 80, 132])
def test_respects_width(width: int) -> None:
    text = render_terminal_text(build_report(), RenderOptions(width=width, color=False))
    assert max(len(line) for line in text.splitlines()) <= width


def test_only_filters_verdicts_but_counts_stay_whole() -> None:
    options = RenderOptions(width=100, color=False, only=frozenset({Verdict.DIVERGE, Verdict.UNIQUE}))
    text = render_terminal_text(build_report(), options)
    assert "Agreements" not in text and "22:01Z" not in text
    assert "Divergences (2)" in text and "Unique details (3)" in text
    assert "4 agree (showing diverge, unique)" in text


def test_unique_details_grouped_under_their_source() -> None:
    text = render_terminal_text(build_report(), PLAIN)
    section = text[text.index("Unique details"):text.index("Agreements")]
    ledger = section.index("002 (The Ledger) adds")
    assert ledger < section.index("$14") < section.index("000 (Wire Daily) adds")
    assert "USD 14,000,000,000" in section


def test_agreement_table_is_compact_one_row_per_fact() -> None:
    text = render_terminal_text(build_report(), PLAIN)
    section = text[text.index("Agreements"):]
    assert "000, 001, 002, 004" in section and "USD 200,000,000" in section
    assert "22:01Z" in section


def test_article_text_is_never_parsed_as_markup() -> None:
    from render_fixture import TEXTS

    text_002 = TEXTS["002"].replace("its annual revenue", "its [bold red]annual[/] :smile: revenue")
    only_unique = RenderOptions(width=200, color=False, only=frozenset({Verdict.UNIQUE}))
    text = render_terminal_text(build_report({"002": text_002}), only_unique)
    assert "its [bold red]annual[/] :smile: revenue run rate had reached «$14 billion»" in text


def test_full_report_keeps_unique_details_short_so_agreements_stay_on_screen() -> None:
    from sourcediff.render.terminal import UNIQUES_PER_SOURCE

    report = build_report()
    full = render_terminal_text(report, PLAIN)
    alone = render_terminal_text(report, RenderOptions(width=PLAIN.width, color=False,
                                                       only=frozenset({Verdict.UNIQUE})))
    per_source = {f.sources[0] for f in report.facts if f.status is Verdict.UNIQUE}
    section = full[full.index("Unique details"):full.index("Agreements")]
    assert section.count("+ ") <= UNIQUES_PER_SOURCE * len(per_source)
    assert len(alone.splitlines()) >= len(section.splitlines())


def test_empty_report_says_so() -> None:
    report = Report(sources=(SourceInfo(Article.from_text("Nothing here.", id="a"), ()),))
    text = render_terminal_text(report, PLAIN)
    assert "No facts to compare" in text and "1 source, 0 facts" in text


def test_renderable_prints_on_a_caller_console() -> None:
    console = Console(width=90, record=True, color_system=None, force_terminal=False)
    console.print(render_terminal(build_report(), PLAIN))
    assert "Divergences (2)" in console.export_text()


def test_cli_output_to_a_pipe_is_plain_and_fits_the_width(capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    from sourcediff.cli import main

    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    with pytest.raises(SystemExit) as exit_info:
        main(["compare", "seeds/", "--width", "72"])
    out = capsys.readouterr().out
    assert exit_info.value.code in (0, None)
    assert "\x1b[" not in out
    assert "5 sources" in out and max(len(line) for line in out.splitlines()) <= 72


def test_renderer_reads_no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Colour is the caller's decision (the CLI weighs NO_COLOR); the renderer only follows options."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" in render_terminal_text(build_report(), COLOUR)
    assert "\x1b[" not in render_terminal_text(build_report(), PLAIN)
