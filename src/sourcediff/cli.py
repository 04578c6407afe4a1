"""The ``sourcediff`` command: flags -> library calls -> renderer -> exit code.

The CLI only translates; everything it prints could be produced with the
library API. Errors a user can fix (SourcediffError) are caught once, in
:func:`main`, and printed as one line with exit code 2; anything else is a
bug and exits 3 with a short message instead of a traceback.
"""

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sourcediff import __version__
from sourcediff.clihelp import Command
from sourcediff.cliout import (
    OutFormat,
    check_format_for,
    chosen_format,
    emit,
    file_texts,
    make_folder,
    render,
)
from sourcediff.errors import ConfigError, InputError, SourcediffError
from sourcediff.options import MAX_INPUT_BYTES, MAX_INPUT_BYTES_CEILING, NATIVE_THREAD_VARS
from sourcediff.termio import ColorChoice, progress, use_color
from sourcediff.urls import is_url

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


def _parse_only(only: str | None) -> "frozenset[Verdict]":
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
    sys.stderr.write(f"sourcediff: note: {_one_line(f'skipped {path}: {reason}')}\n")


# Notes on the inputs, printed once the command has succeeded: a failing run
# prints its one error line and nothing else.
_PENDING_NOTES: list[str] = []


def _note_inputs(articles: "tuple[Article, ...] | list[Article]") -> None:
    """Note an input that is not English or repeats another (the report still runs)."""
    from sourcediff.inputnotes import input_notes

    _PENDING_NOTES.extend(input_notes(articles))


def _flush_notes() -> None:
    for note in _PENDING_NOTES:
        sys.stderr.write(f"sourcediff: note: {_one_line(note)}\n")
    _PENDING_NOTES.clear()


def _load_sources(inputs: list[str], options: "LoadOptions",
                  labels: list[str] | None) -> "tuple[Article, ...]":
    """Load the articles to compare; a comparison needs two of them at least.

    A file found in a directory that is not an article (a gold.json, a
    config.json) is left out with a note; a file named on the command line
    must be an article.
    """
    from sourcediff.ingest import load_many

    articles = load_many(inputs, options=options, labels=labels, on_skip=_note_skipped,
                         on_fetched=_fetch_progress(inputs))
    if len(articles) < 2:
        where = inputs[0] if inputs else "input"
        raise ConfigError(f"{where}: gives {len(articles)} article; a comparison needs at least two")
    _note_inputs(articles)
    return articles


def _load_options(max_bytes: int, timeout: float = 20.0, cache: Path | None = None,
                  offline: bool = False) -> "LoadOptions":
    from sourcediff.options import MAX_TIMEOUT, LoadOptions

    if not 0 < max_bytes <= MAX_INPUT_BYTES_CEILING:
        raise ConfigError(f"--max-bytes must be between 1 and {MAX_INPUT_BYTES_CEILING} bytes")
    if not 0 < timeout <= MAX_TIMEOUT:
        raise ConfigError(f"--timeout must be over 0 and at most {MAX_TIMEOUT:g} seconds")
    if offline and cache is None:
        raise ConfigError("--offline reads only the cache: give --cache DIR too")
    return LoadOptions(max_bytes=max_bytes, timeout=timeout, cache_dir=str(cache) if cache else None,
                       offline=offline)


def _fetch_progress(inputs: list[str]) -> Any:
    """A line on stderr per fetched page, when there are pages and stderr is a terminal."""
    from sourcediff.urls import is_url

    urls = [i for i in inputs if is_url(i)]
    if not urls or not sys.stderr.isatty():
        return None
    done: list[str] = []

    def report(url: str) -> None:
        done.append(url)
        sys.stderr.write(f"fetched {len(done)}/{len(urls)}: {url}\n")

    return report


def _check_width(width: int | None) -> None:
    """A width a terminal can have: rendering 100,000,000 columns would never finish."""
    from sourcediff.options import MAX_RENDER_WIDTH, MIN_RENDER_WIDTH

    if width is not None and not MIN_RENDER_WIDTH <= width <= MAX_RENDER_WIDTH:
        raise ConfigError(f"--width must be between {MIN_RENDER_WIDTH} and {MAX_RENDER_WIDTH} columns")


InputsArg = Annotated[list[str], typer.Argument(
    metavar="INPUTS...", help="Article files, directories, http(s) URLs, or - for standard input.",
    show_default=False)]
TimeoutOpt = Annotated[float, typer.Option(
    "--timeout", metavar="SECONDS", help="Wait this long to connect to or hear from a URL's server.")]
CacheOpt = Annotated[Path | None, typer.Option(
    "--cache", metavar="DIR", show_default=False,
    help="Keep fetched pages here (with URL, final URL, status, headers and fetch time).")]
# Shared by compare and report: every format lists the same unique details (render/view.shown).
ShowAllOpt = Annotated[bool, typer.Option(
    "--all", help="Also list vague spans (\"this week\"), caption dates and bylines' publication times "
    "as unique details.")]
OfflineOpt = Annotated[bool, typer.Option("--offline", help="Read URLs only from --cache; no network.")]
LabelOpt = Annotated[list[str] | None, typer.Option(
    "--label", "-l", metavar="ID", help="Source id, once per input.", show_default=False)]
OutputOpt = Annotated[Path | None, typer.Option(
    "--output", "-o", metavar="FILE", help="Write here, not stdout.", show_default=False)]
MaxBytesOpt = Annotated[int, typer.Option(
    "--max-bytes", metavar="BYTES", help="Refuse input files larger than this.")]


@app.command(cls=Command)
def compare(
    inputs: InputsArg,
    fmt_asked: Annotated[OutFormat | None, typer.Option(
        "--format", "-f", metavar="FORMAT",
        help="terminal, oneline (one line per finding), json, html, or markdown (md); default: the one "
        "-o's extension names (.html, .json, .md), else terminal.", show_default=False)] = None,
    output: OutputOpt = None,
    label: LabelOpt = None,
    only: Annotated[str | None, typer.Option(
        metavar="VERDICTS", help="Show only these verdicts, e.g. diverge,unique.")] = None,
    show_all: ShowAllOpt = False,
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
    timeout: TimeoutOpt = 20.0,
    cache: CacheOpt = None,
    offline: OfflineOpt = False,
) -> None:
    """Compare two or more articles.

    Example: sourcediff compare seeds/* --format json -o report.json
    """
    from sourcediff.model import Verdict
    from sourcediff.render import RenderOptions

    verdicts = _parse_only(only)
    _check_width(width)
    load_options = _load_options(max_bytes, timeout, cache, offline)
    _check_output(output, inputs)
    fmt = chosen_format(fmt_asked, output)
    if fmt is OutFormat.html and output is None and sys.stdout.isatty():
        # A whole web page (45 KB for two short articles) scrolled past as markup; as gzip
        # refuses to write to a terminal, the page is kept for a file or a pipe.
        raise ConfigError("-f html writes a web page, not text for a terminal: give -o FILE "
                          "(e.g. -o report.html) or pipe it")
    with progress(sys.stderr.isatty()) as step:
        articles = _load_sources_with(step, inputs, load_options, label)
        step(f"comparing {len(articles)} articles")
        report = _run_compare(articles)
    text_formats = fmt in (OutFormat.terminal, OutFormat.oneline)
    # A file gets colour only when asked for it outright; stdout follows the terminal and environment.
    colored = (color is ColorChoice.always if output is not None
               else use_color(color, os.environ, sys.stdout.isatty()))
    options = RenderOptions(only=verdicts, width=width, show_all=show_all, color=text_formats and colored,
                            file_texts=file_texts(articles) if text_formats else ())
    emit(render(report, fmt, options), output, inputs, pager=fmt is OutFormat.terminal and not no_pager)
    if fmt is OutFormat.json and verdicts != frozenset(Verdict):
        # The JSON is the whole report by contract; --only passed silently looked like a filter that failed.
        _PENDING_NOTES.append("--only does not filter the JSON report, which holds every fact; select "
                              "them by their status, e.g. jq '.facts[] | select(.status == \"diverge\")'")
    if fail_on_diverge and report.counts()[Verdict.DIVERGE.value]:
        raise typer.Exit(1)


def _check_output(output: Path | None, inputs: list[str]) -> None:
    """-o's problems (no such folder, an input, read-only) before the work, not after it."""
    if output is not None:
        from sourcediff.output import check_target

        check_target(output, inputs=inputs)


def _load_sources_with(step: "Step", inputs: list[str], options: "LoadOptions",
                       labels: list[str] | None) -> "tuple[Article, ...]":
    step(f"reading {len(inputs)} input{'s' if len(inputs) != 1 else ''}")
    return _load_sources(inputs, options, labels)


def _run_compare(articles: "tuple[Article, ...]") -> "Report":
    from sourcediff.pipeline import compare as run_compare

    return run_compare(articles)


@app.command(cls=Command, short_help="Write HTML, Markdown and JSON reports at once.")
def report(
    inputs: InputsArg,
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="BASE", help="Writes BASE.html, BASE.md and BASE.json (folders created; an "
        "earlier report there is replaced, a file of your own is not).",
        show_default=False)],
    label: LabelOpt = None,
    max_bytes: MaxBytesOpt = MAX_INPUT_BYTES,
    timeout: TimeoutOpt = 20.0,
    cache: CacheOpt = None,
    offline: OfflineOpt = False,
    show_all: ShowAllOpt = False,
) -> None:
    """Write a consistency report as HTML, Markdown and JSON side by side.

    Example: sourcediff report seeds/ -o reports/seeds
    """
    from sourcediff.output import write_set
    from sourcediff.render import RenderOptions

    base = _report_base(output)
    load_options = _load_options(max_bytes, timeout, cache, offline)
    if base.parent.is_dir():
        # An input or read-only target was named only after the whole comparison, under
        # the notes of files skipped while reading; a missing folder is made later.
        for suffix in _REPORT_SUFFIXES:
            _check_output(base.parent / (base.name + suffix), inputs)
            _check_not_users_own(base.parent / (base.name + suffix), output)
    with progress(sys.stderr.isatty()) as step:
        articles = _load_sources_with(step, inputs, load_options, label)
        step(f"comparing {len(articles)} articles")
        result = _run_compare(articles)
    options = RenderOptions(color=False, title=Path(output).name, show_all=show_all)
    make_folder(base.parent)
    files = {base.parent / (base.name + suffix): render(result, fmt, options)
             for fmt, suffix in zip((OutFormat.json, OutFormat.markdown, OutFormat.html), _REPORT_SUFFIXES,
                                    strict=True)}
    write_set(files, inputs=inputs)  # all three or none
    from sourcediff.render.safe_text import printable

    for target in files:  # an ESC or newline in -o is shown, not sent to the terminal
        shown = printable(str(target)).replace("\n", "\\n")
        typer.echo(f"wrote {shown}")


_REPORT_SUFFIXES = (".json", ".md", ".html")


def _check_not_users_own(target: Path, output: str) -> None:
    """Refuse to replace a file of the user's own that one of report's three names lands on.

    ``-o`` names a base, not a file: ``report src/ -o reports/notes`` replaced
    the user's ``reports/notes.md`` with a report, unasked. Only a report
    sourcediff wrote (an earlier run's) is replaced; anything else, or a file
    that cannot be read, stops the run before any work.
    """
    from sourcediff.ingest.ownoutput import is_own_output_file

    if target.is_file() and not is_own_output_file(target):
        raise ConfigError(f"is a file of your own, not a report sourcediff wrote: report -o {output} writes "
                          f"{target.name} there; choose another -o name, or move the file", path=str(target))


def _report_base(output: str) -> Path:
    """The base path of report's three files; a folder or an empty name is refused before any work.

    ``-o reports/`` used to write ``reports.json`` beside the folder, and
    ``-o ''`` hidden ``.json``/``.md``/``.html`` files in the current one.
    """
    path = Path(output)
    base = path.with_suffix("") if path.suffix in (".html", ".md", ".json") else path
    if output.endswith(("/", os.sep)) or base.name in ("", ".", ".."):
        example = f"{output.rstrip('/' + os.sep) or 'reports'}/story" if output.strip() else "reports/story"
        raise ConfigError(f"-o takes a base name for the .html, .md and .json files, not a folder "
                          f"(e.g. -o {example})", path=output or "''")
    return base


def _analyse_one(file: str, options: "LoadOptions") -> Any:
    from sourcediff.ingest import load
    from sourcediff.pipeline import analyse

    return analyse(load(file, options=options))


FileArg = Annotated[str, typer.Argument(
    metavar="FILE", help="One article file, an http(s) URL, or - for standard input.", show_default=False)]
DumpOpt = Annotated[DumpFormat, typer.Option("--format", "-f", metavar="FORMAT", help="terminal or json.")]


@app.command(cls=Command, short_help="Debug: how one article is split into passages.")
def passages(
    file: FileArg,
    fmt: DumpOpt = DumpFormat.terminal,
    max_bytes: MaxBytesOpt = MAX_INPUT_BYTES,
    timeout: TimeoutOpt = 20.0,
    cache: CacheOpt = None,
    offline: OfflineOpt = False,
) -> None:
    """Show how one article is split into passages (a debug view of one stage).

    Example: sourcediff passages seeds/002_9c0ad20c70d1b311.txt
    """
    from sourcediff.render.debug import passages_json, passages_text

    info = _analyse_one(file, _load_options(max_bytes, timeout, cache, offline))
    sys.stdout.write(passages_json(info) if fmt is DumpFormat.json else passages_text(info))


@app.command(cls=Command, short_help="Debug: every fact found in one article.")
def facts(
    file: FileArg,
    fmt: DumpOpt = DumpFormat.terminal,
    max_bytes: MaxBytesOpt = MAX_INPUT_BYTES,
    timeout: TimeoutOpt = 20.0,
    cache: CacheOpt = None,
    offline: OfflineOpt = False,
) -> None:
    """Show every fact mention found in one article with its normalized value.

    Example: sourcediff facts seeds/004_cfa6929efbd600a7.txt
    """
    from sourcediff.render.debug import mentions_json, mentions_text

    info = _analyse_one(file, _load_options(max_bytes, timeout, cache, offline))
    sys.stdout.write(mentions_json(info) if fmt is DumpFormat.json else mentions_text(info))


def _read_text(path: Path, max_bytes: int) -> str:
    """A small text file for ``check`` (a diff, or the draft's own bytes for line numbers).

    Read like an article (regular files only, bounded, UTF-16 with a BOM
    decoded) so that a FIFO given as ``--diff`` is refused instead of waiting.
    """
    from sourcediff.ingest.reading import decode_lenient, read_file_bytes

    return decode_lenient(read_file_bytes(path, max_bytes, noun="a text file"))


def _read_stdin_text(max_bytes: int) -> str:
    """A diff piped in, bounded like any input (an endless pipe is refused at --max-bytes)."""
    from sourcediff.ingest.reading import decode_lenient, read_stdin_bytes

    return decode_lenient(read_stdin_bytes(max_bytes))


def _draft_problem(draft: str) -> str:
    """Why ``check`` cannot take this draft, in the words ``compare`` uses for the same path."""
    if draft == "-":
        return "the draft must be a file, not standard input (its lines are reported); sources may be -"
    if is_url(draft):
        return "the draft must be a local file (its lines are reported); a page by URL may be a source"
    if not os.path.lexists(draft):
        return "no such file"
    if Path(draft).is_dir():
        return "is a directory; the draft must be one file (its lines are reported)"
    return "the draft must be a regular file (its lines are reported)"


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
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT", show_default=False,
        help="text, github, sarif, json or markdown (a CI job summary); default: the one -o's "
        "extension names (.sarif, .json, .md), else text.")] = None,
    policy: Annotated[Path | None, typer.Option(
        "--policy", metavar="FILE", show_default=False,
        help="Policy file (default: sourcediff.toml or pyproject.toml [tool.sourcediff] "
        "next to the draft, then in the current directory).")] = None,
    output: OutputOpt = None,
    max_bytes: MaxBytesOpt = MAX_INPUT_BYTES,
    timeout: TimeoutOpt = 20.0,
    cache: CacheOpt = None,
    offline: OfflineOpt = False,
) -> None:
    """Check a draft's facts and quotes against its sources; exit 1 on violations.

    Exit codes: 0 clean (warnings allowed), 1 violations, 2 bad input, diff or policy, 3 internal error.

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

    if fmt is None:
        fmt = check_format_for(output)
    try:
        out_format = CheckFormat(fmt)
    except ValueError:
        raise ConfigError(f"--format: unknown format {fmt!r} "
                          "(use text, github, sarif, json, markdown)") from None
    draft, sources = paths[0], [*(against or []), *paths[1:]]
    if draft == "-" or not Path(draft).is_file():
        raise ConfigError(_draft_problem(draft), path=draft)
    if not sources:
        raise ConfigError("no sources: give the articles to check against with --against")
    if diff == "-" and "-" in sources:
        raise ConfigError("standard input can be read once: --diff - and a source '-' both ask for it",
                          path="<stdin>")
    rules = resolve_policy(policy, Path(draft), Path.cwd())
    _check_output(output, [draft, *sources, diff or "", rules.origin])
    changed = None
    if diff is not None:
        diff_text = _read_stdin_text(max_bytes) if diff == "-" else _read_text(Path(diff), max_bytes)
        change = change_for(parse_diff(diff_text, origin=diff), Path(draft))
        if change is None:
            result = CheckResult(draft, (), 0, status="the diff does not touch the draft")
            emit(render_check(result, out_format), output, [draft, *sources, diff, rules.origin])
            return
        changed = change.added
    articles = _without_draft(load_many(sources, options=_load_options(max_bytes, timeout, cache, offline),
                                        on_fetched=_fetch_progress(sources)), Path(draft))
    taken = {a.id for a in articles}
    label = next(f"draft{n or ''}" for n in range(len(taken) + 1) if f"draft{n or ''}" not in taken)
    article = load(draft, options=_load_options(max_bytes), label=label)
    _note_inputs([article, *articles])
    report = run_compare([article, *articles], CompareOptions(aliases=tuple(rules.aliases.items())))
    files = {a.id: _read_text(Path(a.path), max_bytes) for a in articles if a.path and Path(a.path).is_file()}
    result = run_check(report, label, file_text=_read_text(Path(draft), max_bytes), path=draft,
                       compatible=compatible, policy=rules, changed=changed, source_files=files)
    emit(render_check(result, out_format), output, [draft, *sources, diff or "", rules.origin])
    if result.exit_code:
        raise typer.Exit(result.exit_code)


def _without_draft(articles: "tuple[Article, ...]", draft: Path) -> "tuple[Article, ...]":
    """The sources minus the draft itself, which a folder of sources often holds.

    Checked against its own text, every fact of a draft is supported and the
    check passes without checking anything.
    """
    kept = tuple(a for a in articles if not (a.path and _same_file(Path(a.path), draft)))
    for article in articles:
        if article not in kept:
            _PENDING_NOTES.append(f"left {article.path} out of the sources: it is the draft")
    if not kept:
        raise ConfigError("no sources besides the draft itself: give the articles to check against "
                          "with --against", path=str(draft))
    return kept


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _read_json(path: Path) -> Any:
    import json

    from sourcediff.errors import parsing
    from sourcediff.ingest.reading import read_file_bytes

    data = read_file_bytes(path, MAX_INPUT_BYTES_CEILING, noun="a JSON file")
    with parsing(str(path), "JSON"):
        try:
            return json.loads(data.decode("utf-8"))
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
        from sourcediff.render.safe_text import printable

        for miss in result.misses:
            typer.echo(printable(miss))  # a false alarm quotes the article
    typer.echo(result.line())


# Corpus mode (a feed -> stories -> one report each) lives in its own package.
def _register_corpus() -> None:
    """The corpus command lives in its own package; its module imports nothing heavy at the top."""
    from sourcediff.corpus.cli import corpus as corpus_command

    app.command(name="corpus", cls=Command,
                short_help="Group a feed of articles into stories and report on each.")(corpus_command)


_register_corpus()


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
    from sourcediff.threads import pools_sized

    one_native_thread(os.environ)
    pools_sized()  # threads.py was imported with cli.py (termio), before the variables were set
    _PENDING_NOTES.clear()
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
    except ImportError as exc:
        if os.environ.get("SOURCEDIFF_DEBUG") or (exc.name or "").startswith("sourcediff"):
            _internal(exc)
        missing = exc.name or str(exc)
        sys.stderr.write(f"sourcediff: error: the Python module {missing!r} is missing; "
                         "reinstall sourcediff with pip to get its dependencies\n")
        sys.exit(2)
    except Exception as exc:
        _internal(exc)
    _flush_notes()
    sys.exit(code if isinstance(code, int) else 0)




def one_native_thread(environ: dict[str, str] | os._Environ[str]) -> None:
    """Ask BLAS/OpenMP for one thread unless the user chose a number.

    The pipeline already runs its matrix work single-threaded (a story's
    matrices are small; threads.single_threaded), but OpenBLAS starts one
    thread per core when numpy is imported: about 0.1 s of a ``compare``
    that should take half a second. Set before the import, the pool is never
    made. A value the user exported is kept, and corpus workers inherit it
    (they parallelise over articles and stories, not inside a matrix).
    """
    for var in NATIVE_THREAD_VARS:
        environ.setdefault(var, "1")


def _internal(exc: Exception) -> None:
    """A bug: exit 3 with one line, or the traceback when SOURCEDIFF_DEBUG is set."""
    if os.environ.get("SOURCEDIFF_DEBUG"):
        raise exc
    sys.stderr.write(f"sourcediff: internal error: {type(exc).__name__}: {exc} "
                     "(set SOURCEDIFF_DEBUG=1 for a traceback)\n")
    sys.exit(3)


def _one_line(message: str) -> str:
    """A message for stderr on one line, its control characters shown as escapes.

    Messages quote what a user did not write: a server's Location header, a
    file's bytes; an ESC in them must not set the terminal's title.
    """
    from sourcediff.render.safe_text import printable

    return " ".join(printable(message).split())
