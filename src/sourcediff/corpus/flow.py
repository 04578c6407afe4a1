"""build(articles) -> stories and their reports: the corpus mode as a library call.

Each article is analysed once (segment + extract), whatever the stories it
ends up in; stories are found from those analyses (group.py); each story of
two or more sources is compared with the ordinary pipeline. With a store,
analyses and reports already made for the same content are reused, and a
re-run places only its new articles into the stored stories (assign.py), so
only the stories they join are compared again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from sourcediff.corpus.assign import extend
from sourcediff.corpus.features import StoryTerms
from sourcediff.corpus.group import Story, group
from sourcediff.corpus.run import CHUNK, Analysed, Failed, Runner, analyse_task, compare_task, runner
from sourcediff.corpus.settings import THRESHOLD
from sourcediff.corpus.store import Store, article_key, story_key
from sourcediff.errors import InputError
from sourcediff.model import Article, SourceInfo

# progress(stage, done, total): stage is "analyse", "group" or "compare".
Progress = Callable[[str, int, int], None]
# Analyses and reports are written to the store this many at a time: one
# transaction each, and no more than this many held back from the store.
WRITE_BATCH = 200
# Salt of the stored key of a story compared for ``--all`` pages: no article key contains it.
ALL_PAGES = "--all"


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
    # True when the new articles were placed into the stored stories rather than the feed regrouped.
    incremental: bool = False


def _quiet(stage: str, done: int, total: int) -> None:
    return None


def build(articles: Sequence[Article], *, jobs: int = 1, scheduler: str | None = None,
          store: Store | None = None, threshold: float = THRESHOLD, html: bool = False,
          regroup: bool = False, progress: Progress = _quiet, show_all: bool = False) -> CorpusResult:
    """Group the articles into stories and compare each story of two or more sources.

    With a ``store`` holding earlier runs, only new articles are analysed and
    placed into stories (``assign.py``); ``regroup=True`` regroups every
    article from scratch instead. ``show_all`` makes the HTML pages list
    every unique detail, as ``compare --all`` does.
    """
    _check_ids(articles)
    # Without a store, an in-memory one: analyses wait there as compact bytes
    # rather than as objects, and the code path is the same.
    state = store if store is not None else Store(":memory:")
    work = runner(jobs, scheduler)
    try:
        keys = [article_key(a) for a in articles]
        known, failed, analysed = _analyse(articles, keys, work, state, progress)
        keys = [k for k in keys if k in known]
        docs = [known[k][0] for k in keys]
        progress("group", 0, 1)
        stories, incremental = _group(docs, [known[k][1] for k in keys], keys, state, threshold, regroup)
        progress("group", 1, 1)
        reports = _compare(stories, {d.id: k for d, k in zip(docs, keys, strict=True)}, work, state, html,
                           progress, show_all)
    finally:
        work.close()
        if store is None:
            state.close()
    compared = sum(1 for r in reports if r.compared and not r.reused)
    if store is not None:
        store.log_run(len(articles), analysed, len(stories), compared)
    return CorpusResult(tuple(reports), len(articles), analysed, compared, failed, incremental)


def _check_ids(articles: Sequence[Article]) -> None:
    seen: set[str] = set()
    for a in articles:
        if a.id in seen:
            raise InputError(f"two articles share the id {a.id!r}; ids must be unique in a corpus")
        seen.add(a.id)


def _analyse(articles: Sequence[Article], keys: Sequence[str], work: Runner, store: Store, progress: Progress
             ) -> tuple[dict[str, tuple[StoryTerms, str | None]], tuple[Failed, ...], int]:
    """Grouping terms and story label of each article analysed (now or before); analyses only what is new.

    Fresh analyses go to the store in batches as they arrive, so the analyses
    of a large feed are never all held in memory.
    """
    known = store.terms(keys)
    todo = [i for i, k in enumerate(keys) if k not in known]
    progress("analyse", len(keys) - len(todo), len(keys))
    batch: list[tuple[str, Analysed]] = []
    failed: list[Failed] = []
    for n, done in enumerate(work.map(analyse_task, (articles[i] for i in todo), CHUNK), start=1):
        if isinstance(done, Failed):
            failed.append(done)
        else:
            batch.append((keys[todo[n - 1]], done))
            known[keys[todo[n - 1]]] = (done.terms, None)
            if len(batch) >= WRITE_BATCH:
                store.put_analyses(batch)
                batch = []
        progress("analyse", len(keys) - len(todo) + n, len(keys))
    store.put_analyses(batch)
    return known, tuple(failed), len(todo) - len(failed)


def _group(docs: Sequence[StoryTerms], labels: Sequence[str | None], keys: Sequence[str], store: Store,
           threshold: float, regroup: bool) -> tuple[tuple[Story, ...], bool]:
    """Stories of the articles, and whether they were found incrementally; records each article's story.

    Incremental when the stored stories were made with the same settings and
    the new articles are fewer than the stored ones: past that point a full
    grouping costs about the same and draws every border afresh.
    """
    settings = f"threshold={threshold!r}"
    fresh = sum(1 for label in labels if label is None)
    incremental = not regroup and store.grouping() == settings and 2 * fresh < len(docs)
    stories = extend(docs, labels, threshold) if incremental else group(docs, threshold=threshold)
    index = {d.id: i for i, d in enumerate(docs)}
    changed: list[tuple[str, str]] = []
    for s in stories:
        members = [index[m] for m in s.members]
        # An earlier story keeps its label; a new one (any story of a full run) is named by its first member.
        label = next((lb for i in members if (lb := labels[i]) is not None), None) if incremental else None
        label = label or keys[members[0]]
        changed += [(keys[i], label) for i in members if labels[i] != label]
    store.put_stories(changed, settings)
    return stories, incremental


def _compare(stories: Sequence[Story], by_id: dict[str, str], work: Runner, store: Store, html: bool,
             progress: Progress, show_all: bool = False) -> list[StoryReport]:
    """Each story's report, reusing the stored one when its members did not change.

    Stories are handed to the workers largest first, each with its members'
    analyses read from the store just before, so the longest comparisons
    start first and only the stories in flight are held in memory. Pages made
    with ``show_all`` are stored under a key of their own (``ALL_PAGES``), so
    a later run without ``--all`` never reuses them, nor the other way round.
    """
    out: list[StoryReport] = []
    todo: list[int] = []
    for s in stories:
        members = [by_id[m] for m in s.members]
        key = story_key([*members, ALL_PAGES] if show_all else members)
        cached = store.report(key) if len(members) > 1 else None
        if cached is not None and (cached[1] or not html):
            out.append(StoryReport(s, key, cached[0], cached[1] if html else "", reused=True))
            continue
        if len(members) > 1:
            todo.append(len(out))
        out.append(StoryReport(s, key))
    progress("compare", 0, len(todo))

    def tasks() -> Iterator[tuple[tuple[SourceInfo, ...], bool, bool]]:
        for i in todo:
            members = [by_id[m] for m in out[i].story.members]
            infos = store.infos(members)
            yield tuple(infos[k] for k in members), html, show_all

    done: list[int] = []
    for n, (report, page) in enumerate(work.map(compare_task, tasks()), start=1):
        i = todo[n - 1]
        out[i] = StoryReport(out[i].story, out[i].key, report, page)
        done.append(i)
        if len(done) >= WRITE_BATCH:
            store.put_reports((out[j].key, out[j].story.members, out[j].report, out[j].html) for j in done)
            done = []
        progress("compare", n, len(todo))
    store.put_reports((out[j].key, out[j].story.members, out[j].report, out[j].html) for j in done)
    return out
