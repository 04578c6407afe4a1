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
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sourcediff import __version__
from sourcediff.clihelp import Command
from sourcediff.cliout import OutFormat, emit, file_texts, make_folder, render
from sourcediff.errors import ConfigError, InputError, SourcediffError
from sourcediff.options import MAX_INPUT_BYTES
from sourcediff.termio import ColorChoice, progress, use_color

if TYPE_CHECKING:  # the pipeline and renderers load when a command runs, not for --help
    from sourcediff.model import Article, Report, Verdict
    from sourcediff.options import LoadOptions
    from sourcediff.termio import Step

app = typer.Typer(
    name="sourcediff",
    help="Compare news articles covering the same story: where sources agree, diverge, and add detail.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    # Plain help: no rich import for --help, no Python types, and [tool.sourcediff] printed as written.
    rich_markup_mode=None,
)


class DumpFormat(StrEnum):
    terminal = "terminal"
    json = "json"


def _parse_only(only: str | None) -> frozenset[Verdict]:
    from sourcediff.model import Verdict

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


def _note_skipped(path: str, reason: str) -> None:
    sys.stderr.write(f"sourcediff: note: skipped {path}: {reason}\n")


def _load_sources(inputs: list[str], max_bytes: int, labels: list[str] | None) -> tuple[Article, ...]:
    """Load the articles to compare; a comparison needs two of them at least.

    A file found in a directory that is not an article (a gold.json, a
    config.json) is left out with a note; a file named on the command line
    must be an article.
    """
    from sourcediff.ingest import load_many

    articles = load_many(inputs, options=_load_options(max_bytes), labels=labels, on_skip=_note_skipped)
    if len(articles) < 2:
        where = inputs[0] if inputs else "input"
        raise ConfigError(f"{where}: gives {len(articles)} article; a comparison needs at least two")
    return articles


def _load_options(max_bytes: int) -> LoadOptions:
    from sourcediff.options import LoadOptions

    if max_bytes <= 0:
        raise ConfigError("--max-bytes must be a positive number of bytes")
    return LoadOptions(max_bytes=max_bytes)


InputsArg = Annotated[list[str], typer.Argument(
    metavar="INPUTS...", help="Article files, directories, or - for standard input.", show_default=False)]
LabelOpt = Annotated[list[str] | None, typer.Option(
    "--label", "-l", metavar="ID", help="Source id, once per input.", show_default=False)]
OutputOpt = Annotated[Path | None, typer.Option(
    "--output", "-o", metavar="FILE", help="Write here, not stdout.", show_default=False)]
MaxBytesOpt = Annotated[int, typer.Option(
    "--max-bytes", metavar="BYTES", help="Refuse input files larger than this.")]


@app.command(cls=Command)
def compare(
    inputs: InputsArg,
    fmt: Annotated[OutFormat, typer.Option(
        "--format", "-f", metavar="FORMAT",
        help="terminal, oneline (one line per finding), json, html, or markdown (md).")] = OutFormat.terminal,
    output: OutputOpt = None,
    label: LabelOpt = None,
    only: Annotated[str | None, typer.Option(
        metavar="VERDICTS", help="Show only these verdicts, e.g. diverge,unique.")] = None,
    show_all: Annotated[bool, typer.Option(
        "--all", help="Also list vague spans (\"this week\") and caption dates as unique details.")] = False,
    fail_on_diverge: Annotated[bool, typer.Option(
        "--fail-on-diverge", help="Exit 1 when any fact diverges.")] = False,
    color: Annotated[ColorChoice, typer.Option(
        metavar="WHEN", help="Colour: auto (a terminal, unless NO_COLOR), always, never.",
    )] = ColorChoice.auto,
    no_pager: Annotated[bool, typer.Option(
        "--no-pager", help="Never page (default: less -R when the report is taller than the terminal).",
    )] = False,
    width: Annotated[int | None, typer.Option(
        metavar="COLUMNS", help="Terminal width (default: the terminal's).", show_default=False)] = None,
    max_bytes: MaxBytesOpt = MAX_INPUT_BYTES,
) -> None:
    """Compare two or more articles.

    Example: sourcediff compare seeds/* --format json -o report.json
    """
    from sourcediff.model import Verdict
    from sourcediff.render import RenderOptions

    verdicts = _parse_only(only)
    with progress(sys.stderr.isatty()) as step:
        articles = _load_sources_with(step, inputs, max_bytes, label)
        step(f"comparing {len(articles)} articles")
        report = _run_compare(articles)
    text_formats = fmt in (OutFormat.terminal, OutFormat.oneline)
    # A file gets colour only when asked for it outright; stdout follows the terminal and environment.
    colored = (color is ColorChoice.always if output is not None
               else use_color(color, os.environ, sys.stdout.isatty()))
    options = RenderOptions(only=verdicts, width=width, show_all=show_all, color=text_formats and colored,
                            file_texts=file_texts(articles) if text_formats else ())
    emit(render(report, fmt, options), output, inputs, pager=fmt is OutFormat.terminal and not no_pager)
    if fail_on_diverge and report.counts()[Verdict.DIVERGE.value]:
        raise typer.Exit(1)


def _load_sources_with(step: Step, inputs: list[str], max_bytes: int,
                       labels: list[str] | None) -> tuple[Article, ...]:
    step(f"reading {len(inputs)} input{'s' if len(inputs) != 1 else ''}")
    return _load_sources(inputs, max_bytes, labels)


def _run_compare(articles: tuple[Article, ...]) -> Report:
    from sourcediff.pipeline import compare as run_compare

    return run_compare(articles)


@app.command(cls=Command, short_help="Write HTML, Markdown and JSON reports at once.")
def report(
    inputs: InputsArg,
    output: Annotated[Path, typer.Option(
        "--output", "-o", metavar="BASE", help="Writes BASE.html, BASE.md and BASE.json (folders created).",
        show_default=False)],
    label: LabelOpt = None,
    max_bytes: MaxBytesOpt = MAX_INPUT_BYTES,
) -> None:
    """Write a consistency report as HTML, Markdown and JSON side by side.

    Example: sourcediff report seeds/ -o reports/seeds
    """
    from sourcediff.output import write_atomic
    from sourcediff.render import RenderOptions

    with progress(sys.stderr.isatty()) as step:
        articles = _load_sources_with(step, inputs, max_bytes, label)
        step(f"comparing {len(articles)} articles")
        result = _run_compare(articles)
    options = RenderOptions(color=False, title=output.name)
    base = output.with_suffix("") if output.suffix in (".html", ".md", ".json") else output
    make_folder(base.parent)
    for fmt, suffix in ((OutFormat.json, ".json"), (OutFormat.markdown, ".md"), (OutFormat.html, ".html")):
        target = base.parent / (base.name + suffix)
        write_atomic(target, render(result, fmt, options), inputs=inputs)
        typer.echo(f"wrote {target}")


def _analyse_one(file: str, max_bytes: int) -> Any:
    from sourcediff.ingest import load
    from sourcediff.pipeline import analyse

    return analyse(load(file, options=_load_options(max_bytes)))


FileArg = Annotated[str, typer.Argument(
    metavar="FILE", help="One article file, or - for standard input.", show_default=False)]
DumpOpt = Annotated[DumpFormat, typer.Option("--format", "-f", metavar="FORMAT", help="terminal or json.")]


@app.command(cls=Command, short_help="Debug: how one article is split into passages.")
def passages(
    file: FileArg,
    fmt: DumpOpt = DumpFormat.terminal,
    max_bytes: MaxBytesOpt = MAX_INPUT_BYTES,
) -> None:
    """Show how one article is split into passages (a debug view of one stage).

    Example: sourcediff passages seeds/002_9c0ad20c70d1b311.txt
    """
    from sourcediff.render.debug import passages_json, passages_text

    info = _analyse_one(file, max_bytes)
    sys.stdout.write(passages_json(info) if fmt is DumpFormat.json else passages_text(info))


@app.command(cls=Command, short_help="Debug: every fact found in one article.")
def facts(
    file: FileArg,
    fmt: DumpOpt = DumpFormat.terminal,
    max_bytes: MaxBytesOpt = MAX_INPUT_BYTES,
) -> None:
    """Show every fact mention found in one article with its normalized value.

    Example: sourcediff facts seeds/004_cfa6929efbd600a7.txt
    """
    from sourcediff.render.debug import mentions_json, mentions_text

    info = _analyse_one(file, max_bytes)
    sys.stdout.write(mentions_json(info) if fmt is DumpFormat.json else mentions_text(info))


def _read_text(path: Path, max_bytes: int) -> str:
    """A small text file for ``check`` (a diff, or the draft's own bytes for line numbers)."""
    from sourcediff.errors import InputError

    try:
        if path.stat().st_size > max_bytes:
            raise InputError(f"larger than {max_bytes} bytes", path=str(path))
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None


@app.command(cls=Command, short_help="Check a draft against its sources (CI gate).")
def check(
    paths: Annotated[list[str], typer.Argument(
        metavar="DRAFT [SOURCES]...",
        help="The draft file, first; any further paths are sources, like --against.", show_default=False)],
    against: Annotated[list[str] | None, typer.Option(
        "--against", "-a", metavar="SOURCE", show_default=False,
        help="A source article or directory (repeat; trailing paths count too).")] = None,
    diff: Annotated[str | None, typer.Option(
        "--diff", metavar="PATCH", show_default=False,
        help="Only check lines this unified diff adds or changes ('-': standard input).")] = None,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", metavar="FORMAT", help="text, github, sarif or json.")] = "text",
    policy: Annotated[Path | None, typer.Option(
        "--policy", metavar="FILE", show_default=False,
        help="Policy file (default: sourcediff.toml or pyproject.toml [tool.sourcediff] "
        "next to the draft, then in the current directory).")] = None,
    output: OutputOpt = None,
    max_bytes: MaxBytesOpt = MAX_INPUT_BYTES,
) -> None:
    """Check a draft's facts and quotes against its sources; exit 1 on violations.

    Example: sourcediff check drafts/story.md --against sources/* --diff changes.patch --format github
    """
    from sourcediff.check import CheckResult, run_check
    from sourcediff.compare import compatible
    from sourcediff.diffinput import change_for, parse_diff
    from sourcediff.ingest import load, load_many
    from sourcediff.options import CompareOptions
    from sourcediff.pipeline import compare as run_compare
    from sourcediff.policy import resolve_policy
    from sourcediff.render.annotations import CheckFormat, render_check

    try:
        out_format = CheckFormat(fmt)
    except ValueError:
        raise ConfigError(f"--format: unknown format {fmt!r} (use text, github, sarif, json)") from None
    draft, sources = paths[0], [*(against or []), *paths[1:]]
    if draft == "-" or not Path(draft).is_file():
        raise ConfigError("the draft must be an existing file (its lines are reported)", path=draft)
    if not sources:
        raise ConfigError("no sources: give the articles to check against with --against")
    rules = resolve_policy(policy, Path(draft), Path.cwd())
    changed = None
    if diff is not None:
        diff_text = sys.stdin.read() if diff == "-" else _read_text(Path(diff), max_bytes)
        change = change_for(parse_diff(diff_text, origin=diff), Path(draft))
        if change is None:
            result = CheckResult(draft, (), 0, status="the diff does not touch the draft")
            emit(render_check(result, out_format), output, [draft])
            return
        changed = change.added
    articles = load_many(sources, options=_load_options(max_bytes))
    taken = {a.id for a in articles}
    label = next(f"draft{n or ''}" for n in range(len(taken) + 1) if f"draft{n or ''}" not in taken)
    article = load(draft, options=_load_options(max_bytes), label=label)
    report = run_compare([article, *articles], CompareOptions(aliases=tuple(rules.aliases.items())))
    result = run_check(report, label, file_text=_read_text(Path(draft), max_bytes), path=draft,
                       compatible=compatible, policy=rules, changed=changed)
    emit(render_check(result, out_format), output, [draft, *sources])
    if result.exit_code:
        raise typer.Exit(result.exit_code)


def _read_json(path: Path) -> Any:
    import json

    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not valid JSON: {exc}", path=str(path)) from None


@app.command(name="score", cls=Command, short_help="Score a JSON report against a gold file.")
def score_report(
    report_file: Annotated[Path, typer.Argument(metavar="REPORT", help="A sourcediff JSON report.")],
    gold_file: Annotated[Path, typer.Argument(metavar="GOLD", help="A hand-made reference (gold) file.")],
    quiet: Annotated[bool, typer.Option("--quiet", help="Print only the figures.")] = False,
) -> None:
    """Score a JSON report against a hand-made reference of aligned passages and facts.

    Example: sourcediff score report.json tests/gold/seeds.json
    """
    from sourcediff.scoring import score

    data, gold = _read_json(report_file), _read_json(gold_file)
    if not isinstance(data, dict) or not str(data.get("schema", "")).startswith("sourcediff/report@"):
        raise InputError("not a sourcediff JSON report", path=str(report_file))
    if not isinstance(gold, dict) or not {"sources", "alignments", "facts"} <= gold.keys():
        raise InputError("not a gold file (needs sources, alignments and facts)", path=str(gold_file))
    result = score(data, gold)
    if not quiet:
        for miss in result.misses:
            typer.echo(miss)
    typer.echo(result.line())


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

    Usage errors (an unknown option, a missing argument) are caught here
    rather than printed by typer, so they read like every other error: one
    line, exit code 2, with the command whose --help explains the flags.
    """
    from sourcediff.clihelp import ClickException, NoArgsIsHelpError, UsageError

    try:
        code = app(args=argv, prog_name="sourcediff", standalone_mode=False)
    except NoArgsIsHelpError as exc:
        sys.stdout.write(exc.ctx.get_help() + "\n" if exc.ctx else str(exc))
        sys.exit(0)
    except UsageError as exc:
        where = exc.ctx.command_path if exc.ctx else "sourcediff"
        sys.stderr.write(f"sourcediff: error: {_one_line(exc.format_message())} (see {where} --help)\n")
        sys.exit(2)
    except ClickException as exc:
        sys.stderr.write(f"sourcediff: error: {_one_line(exc.format_message())}\n")
        sys.exit(exc.exit_code)
    except typer.Abort:
        sys.stderr.write("sourcediff: aborted\n")
        sys.exit(130)
    except SourcediffError as exc:
        sys.stderr.write(f"sourcediff: error: {exc}\n")
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except ImportError as exc:
        if os.environ.get("SOURCEDIFF_DEBUG") or (exc.name or "").startswith("sourcediff"):
            _internal(exc)
        missing = exc.name or str(exc)
        sys.stderr.write(f"sourcediff: error: the Python module {missing!r} is missing; "
                         "reinstall sourcediff with pip to get its dependencies\n")
        sys.exit(2)
    except Exception as exc:
        _internal(exc)
    sys.exit(code if isinstance(code, int) else 0)


def _internal(exc: Exception) -> None:
    """A bug: exit 3 with one line, or the traceback when SOURCEDIFF_DEBUG is set."""
    if os.environ.get("SOURCEDIFF_DEBUG"):
        raise exc
    sys.stderr.write(f"sourcediff: internal error: {type(exc).__name__}: {exc} "
                     "(set SOURCEDIFF_DEBUG=1 for a traceback)\n")
    sys.exit(3)


def _one_line(message: str) -> str:
    return " ".join(message.split())
