"""Corpus re-runs: new articles are placed into the stored stories instead of regrouping the feed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sourcediff.cli import main
from sourcediff.corpus import Store, build
from sourcediff.corpus.assign import extend
from sourcediff.corpus.features import StoryTerms
from sourcediff.corpus.flow import CorpusResult
from sourcediff.corpus.group import group
from sourcediff.corpus.run import AHEAD, AHEAD_PER_WORKER, LocalProcesses, _in_order
from sourcediff.model import Article
from test_corpus import DEAL2, _art, _write_feed, feed

STORM = (
    "Storm Orla brought winds of 140 kilometres an hour to the port of Lismarra on Friday, tearing roofs "
    "from 300 houses, the coastguard said. Harbour master Petra Vund said two fishing boats sank at their "
    "moorings. \"Nobody was aboard, thank God,\" Vund said."
)
STORM2 = (
    "Winds of 140 kilometres an hour from Storm Orla ripped the roofs off 300 houses in Lismarra on Friday. "
    "Two fishing boats sank in the harbour, harbour master Petra Vund said, adding that nobody was aboard."
)
LONE = (
    "The Tollgate Chess Club elected Wren Amsel as its president on Thursday; Amsel, 71, has played at the "
    "club since 1969 and promised a junior section."
)
DEAL3 = DEAL2.replace("$1.3 billion", "$1.2 billion").replace("Monday", "Monday evening")


def _groups(result: CorpusResult) -> set[frozenset[str]]:
    return {frozenset(s.story.members) for s in result.stories}


def _fresh(result: CorpusResult) -> set[frozenset[str]]:
    return {frozenset(s.story.members) for s in result.stories if s.compared and not s.reused}


@pytest.mark.parametrize(("new", "recompared"), [
    # one more article on a stored story: that story alone is compared again
    ([_art("deal-3", DEAL3)], [{"deal-1", "deal-2", "deal-3"}]),
    # two articles on an event the store has not seen: a new story, nothing stored is touched
    ([_art("storm-1", STORM), _art("storm-2", STORM2)], [{"storm-1", "storm-2"}]),
    # an article on nothing else: a story of one source, no comparison at all
    ([_art("lone", LONE)], []),
])
def test_rerun_places_new_articles_like_a_full_run_and_compares_only_their_stories(
        tmp_path: Path, new: list[Article], recompared: list[set[str]]) -> None:
    store = Store(tmp_path / "state.sqlite")
    build(feed(), store=store)
    again = build([*feed(), *new], store=store)
    full = build([*feed(), *new], store=Store(tmp_path / "other.sqlite"))
    assert again.incremental and not full.incremental
    assert again.analysed == len(new)
    assert _groups(again) == _groups(full)
    assert _fresh(again) == {frozenset(s) for s in recompared}
    by_members = {s.story.members: s.report for s in full.stories}
    assert all(s.report == by_members[s.story.members] for s in again.stories)
    store.close()


def test_regroup_flag_and_a_changed_threshold_group_the_whole_feed_again(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.sqlite")
    first = build(feed(), store=store)
    assert not first.incremental
    assert build(feed(), store=store).incremental
    assert not build(feed(), store=store, regroup=True).incremental
    assert not build(feed(), store=store, threshold=0.3).incremental
    assert build(feed(), store=store, threshold=0.3).incremental
    store.close()


def _terms(id_: str, *words: str) -> StoryTerms:
    return StoryTerms(id_, tuple((w, 1.0) for w in sorted(words)))


def test_a_new_article_cannot_merge_two_stored_stories() -> None:
    # x shares the words of stories A and B; at this low threshold a full grouping puts all five together.
    docs = [_terms("a1", "alpha", "beta", "kappa"), _terms("a2", "alpha", "beta", "lambda"),
            _terms("b1", "gamma", "delta", "mu"), _terms("b2", "gamma", "delta", "nu"),
            _terms("x", "alpha", "beta", "gamma", "delta")]
    assert len(group(docs, threshold=0.05)) == 1
    stories = {frozenset(s.members) for s in extend(docs, ["A", "A", "B", "B", None], threshold=0.05)}
    assert not any({"a1", "b1"} <= s for s in stories)
    assert {"a1", "a2"} <= next(s for s in stories if "a1" in s)
    assert any("x" in s and len(s) == 3 for s in stories), "x joins one of the stored stories"


def test_stored_stories_keep_their_members_when_nothing_is_new() -> None:
    docs = [_terms("a", "alpha"), _terms("b", "omega"), _terms("c", "alpha")]
    stories = extend(docs, ["S1", "S1", "S2"], threshold=0.1)
    assert [s.members for s in stories] == [("a", "b"), ("c",)]


def test_local_processes_hand_out_work_lazily_and_return_it_in_order() -> None:
    pulled: list[int] = []

    def items() -> Iterator[int]:
        for i in range(-500, 0):
            pulled.append(i)
            yield i

    work = LocalProcesses(1)
    try:
        results = work.map(abs, items(), 2)
        assert next(results) == 500
        assert len(pulled) == 2 * AHEAD, "only AHEAD tasks are made ahead of the one awaited"
        assert list(results) == list(range(499, 0, -1))
    finally:
        work.close()


class _Done:
    def __init__(self, value: list[int]) -> None:
        self.value = value

    def result(self) -> list[int]:
        return self.value


@pytest.mark.parametrize(("workers", "chunk"), [(1, 1), (2, 16), (100, 1)])
def test_tasks_in_flight_grow_with_the_workers_so_a_big_cluster_stays_busy(workers: int, chunk: int) -> None:
    submitted: list[list[int]] = []

    def submit(part: list[int]) -> _Done:
        submitted.append(part)
        return _Done([-x for x in part])

    results = _in_order(submit, range(10_000), chunk, workers)
    assert next(results) == 0
    assert len(submitted) == max(AHEAD, AHEAD_PER_WORKER * workers)
    assert list(results) == [-x for x in range(1, 10_000)]


def test_a_rerun_on_a_dask_cluster_gives_the_same_stories_and_reports(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    new = [_art("deal-3", DEAL3), _art("storm-1", STORM), _art("storm-2", STORM2)]
    here = Store(tmp_path / "here.sqlite")
    build(feed(), store=here)
    expected = build([*feed(), *new], store=here)
    there = Store(tmp_path / "there.sqlite")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        build(feed(), store=there, scheduler=cluster.scheduler_address)
        on_dask = build([*feed(), *new], store=there, scheduler=cluster.scheduler_address)
    assert on_dask.incremental and on_dask.compared == expected.compared == 2
    assert [(s.story.members, s.report) for s in on_dask.stories] == [
        (s.story.members, s.report) for s in expected.stories]


@pytest.mark.parametrize(("flags", "said"), [
    ([], "new articles placed into the stored stories"),
    (["--regroup"], "all articles grouped"),
])
def test_cli_rerun_says_how_it_grouped(tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str],
                                       said: str) -> None:
    inputs = _write_feed(tmp_path / "feed")
    out = tmp_path / "out"
    with pytest.raises(SystemExit):
        main(["corpus", *inputs, "-o", str(out)])
    assert "all articles grouped" in capsys.readouterr().err
    (tmp_path / "feed" / "deal-3.txt").write_text(f"date 2026-03-03\n\n{DEAL3}\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["corpus", *inputs, "-o", str(out), *flags])
    assert exc.value.code == 0
    err = capsys.readouterr().err
    assert said in err and "(1 analysed, 8 reused)" in err
