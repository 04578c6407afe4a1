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
from typing import Annotated, Any

import typer

from sourcediff import __version__
from sourcediff.errors import ConfigError, InputError, SourcediffError
from sourcediff.ingest import load, load_many
from sourcediff.model import Article, Report, Verdict
from sourcediff.options import (
    MAX_INPUT_BYTES,
    MAX_INPUT_BYTES_CEILING,
    MAX_RENDER_WIDTH,
    MIN_RENDER_WIDTH,
    CompareOptions,
    LoadOptions,
)
from sourcediff.output import write_atomic, write_set
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


def _load_sources(inputs: list[str], max_bytes: int, labels: list[str] | None) -> tuple[Article, ...]:
    """Load the articles to compare; a comparison needs two of them at least."""
    articles = load_many(inputs, options=_load_options(max_bytes), labels=labels)
    if len(articles) < 2:
        where = inputs[0] if inputs else "input"
        raise ConfigError(f"{where}: gives {len(articles)} article; a comparison needs at least two")
    return articles


def _load_options(max_bytes: int) -> LoadOptions:
    if not 0 < max_bytes <= MAX_INPUT_BYTES_CEILING:
        raise ConfigError(f"--max-bytes must be between 1 and {MAX_INPUT_BYTES_CEILING} bytes")
    return LoadOptions(max_bytes=max_bytes)


def _check_width(width: int | None) -> None:
    """A width a terminal can have: rendering 100,000,000 columns would never finish."""
    if width is not None and not MIN_RENDER_WIDTH <= width <= MAX_RENDER_WIDTH:
        raise ConfigError(f"--width must be between {MIN_RENDER_WIDTH} and {MAX_RENDER_WIDTH} columns")


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
LabelOpt = Annotated[list[str] | None, typer.Option("--label", "-l", help="Source id, once per input.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not stdout.")]
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
    _check_width(width)
    report = run_compare(_load_sources(inputs, max_bytes, label))
    options = RenderOptions(only=_parse_only(only), width=width, color=_use_color(fmt, output))
    _emit(_render(report, fmt, options), output, inputs)
    if fail_on_diverge and report.counts()[Verdict.DIVERGE.value]:
        raise typer.Exit(1)


@app.command()
def report(
    inputs: InputsArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="Base: NAME.html/.md/.json")],
    label: LabelOpt = None,
    max_bytes: MaxBytesOpt = MAX_INPUT_BYTES,
) -> None:
    """Write a consistency report as HTML, Markdown and JSON side by side.

    Example: sourcediff report seeds/ -o reports/seeds
    """
    result = run_compare(_load_sources(inputs, max_bytes, label))
    options = RenderOptions(color=False, title=output.name)
    base = output.with_suffix("") if output.suffix in (".html", ".md", ".json") else output
    files = {base.parent / (base.name + suffix): _render(result, fmt, options)
             for fmt, suffix in ((OutFormat.json, ".json"), (OutFormat.markdown, ".md"),
                                 (OutFormat.html, ".html"))}
    write_set(files, inputs=inputs)  # all three or none
    for target in files:
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


def _read_text(path: Path, max_bytes: int) -> str:
    """A small text file for ``check`` (a diff, or the draft's own bytes for line numbers).

    Read like an article (regular files only, bounded, UTF-16 with a BOM
    decoded) so that a FIFO given as ``--diff`` is refused instead of waiting.
    """
    from sourcediff.ingest.reading import decode_lenient, read_file_bytes

    return decode_lenient(read_file_bytes(path, max_bytes))


def _read_stdin_text(max_bytes: int) -> str:
    """A diff piped in, bounded like any input (an endless pipe is refused at --max-bytes)."""
    from sourcediff.ingest.reading import decode_lenient, read_stdin_bytes

    return decode_lenient(read_stdin_bytes(max_bytes))


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(
        help="The draft file, first; any further paths are sources, like --against.", show_default=False)],
    against: Annotated[list[str] | None, typer.Option(
        "--against", "-a", help="A source article or directory (repeat; trailing paths count too).")] = None,
    diff: Annotated[str | None, typer.Option(
        "--diff", help="Only check lines this unified diff adds or changes ('-': standard input).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, github, sarif or json.")] = "text",
    policy: Annotated[Path | None, typer.Option(
        "--policy", help="Policy file (default: sourcediff.toml or pyproject.toml [tool.sourcediff] "
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
        diff_text = _read_stdin_text(max_bytes) if diff == "-" else _read_text(Path(diff), max_bytes)
        change = change_for(parse_diff(diff_text, origin=diff), Path(draft))
        if change is None:
            result = CheckResult(draft, (), 0, status="the diff does not touch the draft")
            _emit(render_check(result, out_format), output, [draft, *sources, diff, rules.origin])
            return
        changed = change.added
    articles = load_many(sources, options=_load_options(max_bytes))
    taken = {a.id for a in articles}
    label = next(f"draft{n or ''}" for n in range(len(taken) + 1) if f"draft{n or ''}" not in taken)
    article = load(draft, options=_load_options(max_bytes), label=label)
    report = run_compare([article, *articles], CompareOptions(aliases=tuple(rules.aliases.items())))
    result = run_check(report, label, file_text=_read_text(Path(draft), max_bytes), path=draft,
                       compatible=compatible, policy=rules, changed=changed)
    _emit(render_check(result, out_format), output, [draft, *sources, diff or "", rules.origin])
    if result.exit_code:
        raise typer.Exit(result.exit_code)


def _read_json(path: Path) -> Any:
    import json

    from sourcediff.errors import parsing
    from sourcediff.ingest.reading import read_file_bytes

    data = read_file_bytes(path, MAX_INPUT_BYTES_CEILING)
    with parsing(str(path), "JSON"):
        try:
            return json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"not valid JSON: {exc}", path=str(path)) from None


@app.command(name="score")
def score_report(
    report_file: Annotated[Path, typer.Argument(metavar="REPORT", help="A sourcediff JSON report.")],
    gold_file: Annotated[Path, typer.Argument(metavar="GOLD", help="A hand-made reference (gold) file.")],
    quiet: Annotated[bool, typer.Option(help="Print only the figures.")] = False,
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


def _one_line(message: str) -> str:
    """An error message as one line: a file name or parser message may hold newlines."""
    return " ".join(message.split("\n"))


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; map every failure to an exit code and one line on stderr.

    Typer (in standalone mode) already turns usage errors into exit code 2
    with a message; what reaches here is ours to map.
    """
    try:
        app(args=argv, prog_name="sourcediff")
    except SourcediffError as exc:
        sys.stderr.write(f"sourcediff: error: {_one_line(str(exc))}\n")
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as exc:
        # The file system said no (permissions, a name too long, a full disk,
        # /proc): the user's problem with a path, not a bug.
        where = exc.filename if exc.filename is not None else "output"
        sys.stderr.write(f"sourcediff: error: {_one_line(str(where))}: {exc.strerror or exc}\n")
        sys.exit(2)
    except Exception as exc:
        if os.environ.get("SOURCEDIFF_DEBUG"):
            raise
        sys.stderr.write(f"sourcediff: internal error: {type(exc).__name__}: {exc} "
                         "(set SOURCEDIFF_DEBUG=1 for a traceback)\n")
        sys.exit(3)
