"""build(articles) -> stories and their reports: the corpus mode as a library call.

Each article is analysed once (segment + extract), whatever the stories it
ends up in; stories are found from those analyses (group.py); each story of
two or more sources is compared with the ordinary pipeline. With a store,
analyses and reports already made for the same content are reused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sourcediff.corpus.group import Story, group
from sourcediff.corpus.run import Analysed, Failed, Runner, analyse_task, compare_task, runner
from sourcediff.corpus.settings import THRESHOLD
from sourcediff.corpus.store import Store, article_key, story_key
from sourcediff.errors import InputError
from sourcediff.model import Article, SourceInfo

# progress(stage, done, total): stage is "analyse", "group" or "compare".
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class StoryReport:
    """One story: its members, and for two or more sources its report@1 JSON (and page)."""

    story: Story
    key: str
    report: str = ""
    html: str = ""
    reused: bool = False

    @property
    def compared(self) -> bool:
        return bool(self.report)


@dataclass(frozen=True)
class CorpusResult:
    """Every story of the corpus, largest first, and what this run had to compute."""

    stories: tuple[StoryReport, ...]
    articles: int
    analysed: int
    compared: int
    # Articles whose analysis crashed (id, error): left out of every story, reported.
    failed: tuple[Failed, ...] = ()


def _quiet(stage: str, done: int, total: int) -> None:
    return None


def build(articles: Sequence[Article], *, jobs: int = 1, scheduler: str | None = None,
          store: Store | None = None, threshold: float = THRESHOLD, html: bool = False,
          progress: Progress = _quiet) -> CorpusResult:
    """Group the articles into stories and compare each story of two or more sources."""
    _check_ids(articles)
    work = runner(jobs, scheduler)
    try:
        keys = [article_key(a) for a in articles]
        done, failed, analysed = _analyse(articles, keys, work, store, progress)
        keys = [k for k, a in zip(keys, done, strict=True) if a is not None]
        ok = [a for a in done if a is not None]
        infos = [a.info for a in ok]
        progress("group", 0, 1)
        stories = group([a.terms for a in ok], threshold=threshold)
        progress("group", 1, 1)
        reports = _compare(stories, infos, keys, work, store, html, progress)
    finally:
        work.close()
    compared = sum(1 for r in reports if r.compared and not r.reused)
    if store is not None:
        store.log_run(len(articles), analysed, len(stories), compared)
    return CorpusResult(tuple(reports), len(articles), analysed, compared, failed)


def _check_ids(articles: Sequence[Article]) -> None:
    seen: set[str] = set()
    for a in articles:
        if a.id in seen:
            raise InputError(f"two articles share the id {a.id!r}; ids must be unique in a corpus")
        seen.add(a.id)


def _analyse(articles: Sequence[Article], keys: Sequence[str], work: Runner, store: Store | None,
             progress: Progress) -> tuple[list[Analysed | None], tuple[Failed, ...], int]:
    """Every article's analysis in input order (None where it failed); computes only what the store lacks."""
    known = store.analyses(keys) if store is not None else {}
    todo = [i for i, k in enumerate(keys) if k not in known]
    progress("analyse", len(keys) - len(todo), len(keys))
    fresh: list[tuple[str, Analysed]] = []
    failed: list[Failed] = []
    for n, done in enumerate(work.map(analyse_task, [articles[i] for i in todo]), start=1):
        if isinstance(done, Failed):
            failed.append(done)
        else:
            fresh.append((keys[todo[n - 1]], done))
        progress("analyse", len(keys) - len(todo) + n, len(keys))
    if store is not None and fresh:
        store.put_analyses(fresh)
    known.update(fresh)
    return [known.get(k) for k in keys], tuple(failed), len(fresh)


def _compare(stories: Sequence[Story], infos: Sequence[SourceInfo], keys: Sequence[str], work: Runner,
             store: Store | None, html: bool, progress: Progress) -> list[StoryReport]:
    """Each story's report, reusing the stored one when its members did not change."""
    index = {info.article.id: i for i, info in enumerate(infos)}
    out: list[StoryReport] = []
    todo: list[int] = []
    for s in stories:
        members = [index[m] for m in s.members]
        key = story_key(keys[i] for i in members)
        cached = store.report(key) if store is not None and len(members) > 1 else None
        if cached is not None and (cached[1] or not html):
            out.append(StoryReport(s, key, cached[0], cached[1] if html else "", reused=True))
            continue
        if len(members) > 1:
            todo.append(len(out))
        out.append(StoryReport(s, key))
    progress("compare", 0, len(todo))
    tasks = [(tuple(infos[index[m]] for m in out[i].story.members), html) for i in todo]
    for n, (report, page) in enumerate(work.map(compare_task, tasks), start=1):
        i = todo[n - 1]
        out[i] = StoryReport(out[i].story, out[i].key, report, page)
        progress("compare", n, len(todo))
    if store is not None and todo:
        store.put_reports((out[i].key, out[i].story.members, out[i].report, out[i].html) for i in todo)
    return out
