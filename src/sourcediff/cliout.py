"""What the CLI writes: a report in the chosen format, to a file or to the terminal.

Kept apart from the command definitions so that cli.py stays a list of
commands: here are the format switch, the pager hand-off and the files read
to locate mentions by line and column.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sourcediff.errors import InputError
from sourcediff.termio import page, pager_command

if TYPE_CHECKING:
    from sourcediff.model import Article, Report
    from sourcediff.render import RenderOptions


class OutFormat(StrEnum):
    terminal = "terminal"
    oneline = "oneline"
    json = "json"
    html = "html"
    markdown = "markdown"
    md = "md"


# An -o file's extension names the format its reader expects: a browser opens
# report.html, jq reads report.json. Any other name keeps the terminal text.
_FORMAT_BY_SUFFIX = {".html": OutFormat.html, ".htm": OutFormat.html, ".json": OutFormat.json,
                     ".md": OutFormat.markdown, ".markdown": OutFormat.markdown}


def chosen_format(fmt: OutFormat | None, output: Path | None) -> OutFormat:
    """The format asked for, else the one ``-o``'s extension names, else terminal text.

    Without it, ``compare a b -o report.html`` wrote the terminal report into
    a file a browser then showed as one run of plain text.
    """
    if fmt is not None:
        return fmt
    if output is None:
        return OutFormat.terminal
    return _FORMAT_BY_SUFFIX.get(output.suffix.lower(), OutFormat.terminal)


# The same for check's formats: a .sarif file is what code scanning uploads.
_CHECK_FORMAT_BY_SUFFIX = {".sarif": "sarif", ".json": "json", ".md": "markdown", ".markdown": "markdown"}


def check_format_for(output: Path | None) -> str:
    """check's format when -f is not given: the one ``-o``'s extension names, else text."""
    return "text" if output is None else _CHECK_FORMAT_BY_SUFFIX.get(output.suffix.lower(), "text")


def render(report: Report, fmt: OutFormat, options: RenderOptions) -> str:
    """Text of the report in ``fmt`` (terminal rendering is to plain or ANSI text)."""
    if fmt is OutFormat.json:
        return report.to_json()
    if fmt is OutFormat.html:
        from sourcediff.render.html import render_html

        return render_html(report, options)
    if fmt in (OutFormat.markdown, OutFormat.md):
        from sourcediff.render.markdown import render_markdown

        return render_markdown(report, options)
    # Both text formats show an article's control characters as escapes (an
    # ESC in a quote must not set the terminal's title or clear its screen),
    # and only then add their own colours.
    if fmt is OutFormat.oneline:
        from sourcediff.render.oneline import render_oneline

        return render_oneline(report, options)
    from sourcediff.render.terminal import render_terminal_text

    return render_terminal_text(report, options)


def emit(text: str, output: Path | None, inputs: list[str], *, pager: bool = False) -> None:
    """Write to ``output``, or to stdout, through the pager when a terminal needs one."""
    if output is not None:
        from sourcediff.output import write_atomic

        write_atomic(output, text, inputs=inputs)
        return
    import shutil

    command = pager_command(os.environ, wanted=pager, isatty=sys.stdout.isatty(),
                            text_lines=text.count("\n"), screen_lines=shutil.get_terminal_size().lines)
    if command is None:
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        page(text, command, sys.stdout)


def file_texts(articles: tuple[Article, ...]) -> tuple[tuple[str, str], ...]:
    """Each source's file as text, so mentions are located by line and column of the file."""
    out = []
    for a in articles:
        path = Path(a.path) if a.path and a.path != "-" else None
        try:
            if path is not None and path.is_file():
                out.append((a.id, path.read_text(encoding="utf-8", errors="replace")))
        except OSError:
            continue  # located in the extracted text instead
    return tuple(out)


def make_folder(folder: Path) -> None:
    """Create the folder a report goes into (``-o reports/seeds`` makes ``reports/``)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder: {exc.strerror or exc}", path=str(folder)) from None
