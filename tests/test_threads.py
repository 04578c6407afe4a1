"""The comparison runs native thread pools single-threaded, and gives the caller's settings back."""

from __future__ import annotations

from threadpoolctl import threadpool_info, threadpool_limits

from sourcediff import Article, compare
from sourcediff.pipeline import single_threaded


def _blas_threads() -> set[int]:
    return {p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"}


def test_blas_runs_one_thread_inside_and_is_restored_after() -> None:
    with threadpool_limits(limits=2, user_api="blas"):
        before = _blas_threads()
        with single_threaded():
            assert _blas_threads() <= {1}
        assert _blas_threads() == before


def test_compare_leaves_the_callers_thread_settings_alone() -> None:
    a = Article.from_text("The council approved $4.5 million for the bridge on Monday.", id="a",
                          published="2026-03-02")
    b = Article.from_text("On Monday the council approved $4.5 million to repair the bridge.", id="b",
                          published="2026-03-02")
    with threadpool_limits(limits=2, user_api="blas"):
        before = _blas_threads()
        report = compare([a, b])
        assert _blas_threads() == before
    assert any(f.status.value == "agree" and f.kind.value == "money" for f in report.facts)
