"""``sourcediff corpus INPUT... -o OUTDIR``: the corpus mode's command, registered by cli.py.

Translates flags into :func:`sourcediff.corpus.build` and writes what it
returns: one report per story under ``OUTDIR/stories/``, ``index.json`` and
``index.html``. Progress bars go to stderr when it is a terminal; a summary
line ends the run.
"""

import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sourcediff.corpus.settings import MAX_CORPUS_FILES, THRESHOLD
from sourcediff.errors import ConfigError, InputError
from sourcediff.options import MAX_INPUT_BYTES

if TYPE_CHECKING:  # the grouping, the pipeline and SQLite load when the command runs, not for --help
    from sourcediff.corpus.flow import CorpusResult, Progress
    from sourcediff.model import Article
# Compiled here, not from regexcache: reading its table would cost --help and --version 3 ms.
_STORY_FILE = re.compile(r"[0-9a-f]{12}\.(json|html)")


def corpus(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUTS...", help="Article files, directories, JSON Lines or URLs.", show_default=False)],
    output: Annotated[Path, typer.Option(
        "--output", "-o", metavar="OUTDIR", help="Folder for the reports and index.")],
    html: Annotated[bool, typer.Option("--html", help="Also write one HTML page per story.")] = False,
    show_all: Annotated[bool, typer.Option(
        "--all", help="HTML pages list every unique detail, vague spans and byline stamps too.")] = False,
    db: Annotated[Path | None, typer.Option(
        "--db", metavar="FILE", help="State database (default OUTDIR/corpus.sqlite).")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", metavar="N", help="Local worker processes.")] = 1,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", metavar="ADDRESS",
        help="Run the tasks on a Dask distributed scheduler: tcp://HOST:8786.")] = None,
    threshold: Annotated[float, typer.Option(
        "--threshold", metavar="SIMILARITY",
        help="Story grouping: mean similarity for one story.")] = THRESHOLD,
    regroup: Annotated[bool, typer.Option(
        "--regroup", help="Regroup every article, not only the new ones, into stories.")] = False,
    max_bytes: Annotated[int, typer.Option(
        "--max-bytes", metavar="BYTES", help="Refuse input files larger than this.")]
    = MAX_INPUT_BYTES,
) -> None:
    """Group a feed of articles into stories and compare each story.

    Example: sourcediff corpus feed/ today.jsonl -o out/ --html --jobs 2
    """
    if not 0.0 < threshold < 1.0:
        raise ConfigError("--threshold must be between 0 and 1")
    if jobs < 1:
        raise ConfigError("--jobs must be 1 or more")
    if output.exists() and not output.is_dir():
        raise InputError("is a file; -o needs a folder", path=str(output))
    _refuse_foreign_index(output)
    articles = _load(inputs, max_bytes)
    from sourcediff.corpus.flow import build
    from sourcediff.corpus.store import Store

    (output / "stories").mkdir(parents=True, exist_ok=True)
    store = Store(db or output / "corpus.sqlite")
    start = time.perf_counter()
    try:
        with _progress() as progress:
            result = build(articles, jobs=jobs, scheduler=scheduler, store=store, threshold=threshold,
                           html=html, regroup=regroup, progress=progress, show_all=show_all)
    finally:
        store.close()
    _write(result, output, html, inputs)
    for bad in result.failed:
        sys.stderr.write(f"sourcediff: warning: {bad.id}: analysis failed, left out ({bad.error}); "
                         "please report it\n")
    sys.stderr.write(_summary(result, output, time.perf_counter() - start) + "\n")


# What the first bytes of each index file hold when an earlier corpus run wrote it.
_OWN_INDEX = {"index.json": b'"schema": "sourcediff/corpus-index@',
              "index.html": b"<title>sourcediff corpus</title>"}
_INDEX_HEAD_BYTES = 1024


def _refuse_foreign_index(output: Path) -> None:
    """Refuse, before any work, an -o folder whose index.json or index.html a person wrote.

    A re-run replaces the index it wrote itself; a folder of the user's own
    (a site with its index.html) lost that page silently, as -o of the other
    commands never loses a file that is not its own output.
    """
    for name, mark in _OWN_INDEX.items():
        path = output / name
        if not path.exists():
            continue
        try:
            with path.open("rb") as fh:
                head = fh.read(_INDEX_HEAD_BYTES)
        except OSError as exc:
            raise InputError(f"cannot read it to check it is a corpus index: {exc.strerror or exc}",
                             path=str(path)) from None
        if mark not in head:
            raise InputError(f"-o {output} holds an {name} that sourcediff corpus did not write; "
                             "refusing to replace it (give -o a new folder or an earlier corpus output)",
                             path=str(path))


def _load(inputs: list[str], max_bytes: int) -> "tuple[Article, ...]":
    from sourcediff.ingest import load_many
    from sourcediff.options import LoadOptions

    if max_bytes <= 0:
        raise ConfigError("--max-bytes must be a positive number of bytes")
    articles = load_many(inputs, options=LoadOptions(max_bytes=max_bytes, max_files=MAX_CORPUS_FILES))
    if not articles:
        raise InputError("holds no articles", path=inputs[0])
    return articles


def _write(result: "CorpusResult", output: Path, html: bool, inputs: list[str]) -> None:
    """Story reports, then the index; stale story files of earlier runs are removed."""
    from sourcediff.corpus.index import index_data, index_html, index_json, story_file
    from sourcediff.output import write_atomic

    keep = set()
    for story in result.stories:
        if not story.compared:
            continue
        for ext, text in (("json", story.report), ("html", story.html)):
            if text:
                name = story_file(story, ext)
                write_atomic(output / name, text, inputs=inputs)
                keep.add(Path(name).name)
    for old in (output / "stories").iterdir():
        if _STORY_FILE.fullmatch(old.name) and old.name not in keep:
            old.unlink()
    data = index_data(result, html_pages=html)
    write_atomic(output / "index.json", index_json(data), inputs=inputs)
    write_atomic(output / "index.html", index_html(data), inputs=inputs)


def _summary(result: "CorpusResult", output: Path, seconds: float) -> str:
    stories = [s for s in result.stories if s.compared]
    diverging = sum(1 for s in stories if '"status": "diverge"' in s.report)
    grouping = "new articles placed into the stored stories" if result.incremental else "all articles grouped"
    return (f"{_count(result.articles, 'article')} ({result.analysed} analysed, "
            f"{result.articles - result.analysed} reused) -> {grouping} -> "
            f"{_count(len(stories), 'story', 'stories')} of 2+ sources ({result.compared} compared, "
            f"{len(stories) - result.compared} unchanged), {diverging} with divergences; "
            f"{seconds:.1f}s; index: {output / 'index.html'}")


def _count(n: int, one: str, many: str = "") -> str:
    """"1 story", "2 stories": the summary once read "1 stories of 2+ sources"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


@contextmanager
def _progress() -> "Iterator[Progress]":
    """Rich progress bars on stderr when it is a terminal; silence otherwise."""
    if not sys.stderr.isatty():
        yield lambda stage, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    bars = Progress(TextColumn("{task.description:<9}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=Console(stderr=True), transient=False)
    tasks: dict[str, TaskID] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bars.add_task(stage, total=total)
        bars.update(tasks[stage], completed=done, total=total)

    with bars:
        yield update
