"""newuser16: the terminal header leaves the title readable beside an undated source's long date note.

"undated (read as 2026-11-17, from own byline)" was kept on one line: with an
author column it took half of a 100-column terminal and the titles were set
one word a line. The note now wraps at its spaces; a date never breaks. The
articles are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcediff import compare, load
from sourcediff.model import Report
from sourcediff.render import RenderOptions
from sourcediff.render.terminal import render_terminal_text

DATED = """Harbour crane collapses onto cargo ship

By Priya Nandakumar, The Eastport Tribune

A harbour crane collapsed onto a cargo ship at Eastport on Thursday, injuring two dock workers.
"""
UNDATED = """Crane topples at Eastport docks


By Sam Whitlow | Coastline News
14 May 2026

A crane toppled onto a cargo ship at Eastport on Thursday and two dock workers were hurt.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    folder: Path = tmp_path_factory.mktemp("crane")
    (folder / "tribune.txt").write_text("date 2026-05-14\n" + DATED, encoding="utf-8")
    (folder / "coastline.txt").write_text(UNDATED, encoding="utf-8")
    return compare([load(str(folder / "tribune.txt")), load(str(folder / "coastline.txt"))])


def _header(report: Report, width: int) -> list[str]:
    text = render_terminal_text(report, RenderOptions(color=False, width=width))
    return text.split("sources,")[0].splitlines()


def test_titles_keep_several_words_a_line(report: Report) -> None:
    lines = _header(report, 100)
    assert any("Crane topples at" in line for line in lines), "\n".join(lines)


def test_the_date_note_wraps_but_a_date_stays_whole(report: Report) -> None:
    header = "\n".join(_header(report, 100))
    assert "2026-05-14" in header
    assert "undated (read as" in header


def test_the_header_fits_the_width(report: Report) -> None:
    for width in (80, 100, 120):
        assert all(len(line.rstrip()) <= width for line in _header(report, width))
