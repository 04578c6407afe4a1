"""The ``sourcediff`` command: flags -> library calls -> renderer -> exit code.

The CLI only translates; everything it prints could be produced with the
library API. Errors a user can fix (SourcediffError) are caught once, in
:func:`main`, and printed as one line with exit code 2; anything else is a
bug and exits 3 with a short message instead of a traceback.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sourcediff import __version__
from sourcediff.errors import ConfigError, SourcediffError
from sourcediff.ingest import load, load_many
from sourcediff.model import Report, Verdict
from sourcediff.options import MAX_INPUT_BYTES, LoadOptions
from sourcediff.output import write_atomic
from sourcediff.pipeline import analyse
from sourcediff.pipeline import compare as run_compare
from sourcediff.render import RenderOptions

app = typer.Typer(
    name="sourcediff",
    help="Compare news articles covering the same story: where sources agree, diverge, and add detail.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutFormat(StrEnum):
    terminal = "terminal"
    json = "json"
    html = "html"
    markdown = "markdown"


class DumpFormat(StrEnum):
    terminal = "terminal"
    json = "json"


def _parse_only(only: str | None) -> frozenset[Verdict]:
    if not only:
        return frozenset(Verdict)
    chosen = set()
    for word in only.split(","):
        word = word.strip().lower()
        try:
            chosen.add(Verdict(word))
        except ValueError:
            raise ConfigError(f"--only: unknown verdict {word!r} (use agree, diverge, unique)") from None
    return frozenset(chosen)


def _load_options(max_bytes: int) -> LoadOptions:
    if max_bytes <= 0:
        raise ConfigError("--max-bytes must be a positive number of bytes")
    return LoadOptions(max_bytes=max_bytes)


def _render(report: Report, fmt: OutFormat, options: RenderOptions) -> str:
    """Text of the report in ``fmt`` (terminal rendering is to plain or ANSI text)."""
    if fmt is OutFormat.json:
        return report.to_json()
    if fmt is OutFormat.html:
        from sourcediff.render.html import render_html

        return render_html(report, options)
    if fmt is OutFormat.markdown:
        from sourcediff.render.markdown import render_markdown

        return render_markdown(report, options)
    from sourcediff.render.terminal import render_terminal_text

    return render_terminal_text(report, options)


def _emit(text: str, output: Path | None, inputs: list[str]) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text, inputs=inputs)


def _use_color(fmt: OutFormat, output: Path | None) -> bool:
    """Colour only for a terminal that wants it (NO_COLOR, pipes and files get plain text)."""
    if fmt is not OutFormat.terminal or output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


InputsArg = Annotated[list[str], typer.Argument(help="Article files, directories, or - for standard input.")]
LabelOpt = Annotated[list[str] | None, typer.Option("--label", "-l", help="Source id, once per input, in order.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", help="Refuse input files larger than this.")]


@app.command()
def compare(
    inputs: InputsArg,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="Output format.")] = OutFormat.terminal,
    output: OutputOpt = None,
    label: LabelOpt = None,
    only: Annotated[str | None, typer.Option(help="Show only these verdicts, e.g. diverge,unique.")] = None,
    fail_on_diverge: Annotated[bool, typer.Option(help="Exit 1 when any fact diverges.")] = False,
    width: Annotated[int | None, typer.Option(help="Terminal width (default: the terminal's).")] = None,
    max_bytes: MaxBytesOpt = MAX_INPUT_BYTES,
) -> None:
    """Compare two or more articles.

    Example: sourcediff compare seeds/* --format json -o report.json
    """
    articles = load_many(inputs, options=_load_options(max_bytes), labels=label)
    report = run_compare(articles)
    options = RenderOptions(only=_parse_only(only), width=width, color=_use_color(fmt, output))
    _emit(_render(report, fmt, options), output, inputs)
    if fail_on_diverge and report.counts()[Verdict.DIVERGE.value]:
        raise typer.Exit(1)


@app.command()
def report(
    inputs: InputsArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="Base name: writes NAME.html, NAME.md, NAME.json.")],
    label: LabelOpt = None,
    max_bytes: MaxBytesOpt = MAX_INPUT_BYTES,
) -> None:
    """Write a consistency report as HTML, Markdown and JSON side by side.

    Example: sourcediff report seeds/ -o reports/seeds
    """
    articles = load_many(inputs, options=_load_options(max_bytes), labels=label)
    result = run_compare(articles)
    options = RenderOptions(color=False, title=output.name)
    base = output.with_suffix("") if output.suffix in (".html", ".md", ".json") else output
    for fmt, suffix in ((OutFormat.json, ".json"), (OutFormat.markdown, ".md"), (OutFormat.html, ".html")):
        target = base.parent / (base.name + suffix)
        write_atomic(target, _render(result, fmt, options), inputs=inputs)
        typer.echo(f"wrote {target}")


@app.command()
def passages(
    file: Annotated[str, typer.Argument(help="One article file, or - for standard input.")],
    fmt: Annotated[DumpFormat, typer.Option("--format", "-f")] = DumpFormat.terminal,
    max_bytes: MaxBytesOpt = MAX_INPUT_BYTES,
) -> None:
    """Show how one article is split into passages (a debug view of one stage).

    Example: sourcediff passages seeds/002_9c0ad20c70d1b311.txt
    """
    from sourcediff.render.debug import passages_json, passages_text

    info = analyse(load(file, options=_load_options(max_bytes)))
    sys.stdout.write(passages_json(info) if fmt is DumpFormat.json else passages_text(info))


@app.command()
def facts(
    file: Annotated[str, typer.Argument(help="One article file, or - for standard input.")],
    fmt: Annotated[DumpFormat, typer.Option("--format", "-f")] = DumpFormat.terminal,
    max_bytes: MaxBytesOpt = MAX_INPUT_BYTES,
) -> None:
    """Show every fact mention found in one article with its normalized value.

    Example: sourcediff facts seeds/004_cfa6929efbd600a7.txt
    """
    from sourcediff.render.debug import mentions_json, mentions_text

    info = analyse(load(file, options=_load_options(max_bytes)))
    sys.stdout.write(mentions_json(info) if fmt is DumpFormat.json else mentions_text(info))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sourcediff {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Compare news articles covering the same story."""


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; map every failure to an exit code and one line on stderr.

    Typer (in standalone mode) already turns usage errors into exit code 2
    with a message; what reaches here is ours to map.
    """
    try:
        app(args=argv, prog_name="sourcediff")
    except SourcediffError as exc:
        sys.stderr.write(f"sourcediff: error: {exc}\n")
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # noqa: BLE001 - a bug: say so in one line, never a traceback
        if os.environ.get("SOURCEDIFF_DEBUG"):
            raise
        sys.stderr.write(f"sourcediff: internal error: {type(exc).__name__}: {exc} "
                         "(set SOURCEDIFF_DEBUG=1 for a traceback)\n")
        sys.exit(3)
