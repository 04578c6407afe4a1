"""perf35: `shared_text`, the lean memo for scans of one passage text, answers as `shared` does.

Inside an extraction scope a repeated scan of the same text is answered
from memory (the scan runs once); outside one nothing is remembered; two
scopes never share answers. Invented passages throughout.
"""

from __future__ import annotations

from collections.abc import Callable

from sourcediff import Article
from sourcediff.extract import EXTRACTORS, extract, shared
from sourcediff.extract.cues import cues
from sourcediff.segment import segment

TEXT = ("The Ostbrook council approved a $12.5 million flood wall on Monday, March 2.\n"
        "Work starts at 7:30 a.m. and 240 homes in the lower town should be protected by 2028.")


def _counting() -> tuple[list[str], Callable[[str], tuple[int, ...]]]:
    calls: list[str] = []

    def scan(text: str) -> tuple[int, ...]:
        calls.append(text)
        return (len(text),)

    return calls, shared.shared_text(scan)


def test_a_repeated_scan_runs_once_within_a_scope() -> None:
    calls, scan = _counting()
    with shared.scope():
        assert scan("Forty homes lost power.") == scan("Forty homes lost power.") == (23,)
        assert scan("Six did not.") == (12,)
    assert calls == ["Forty homes lost power.", "Six did not."]


def test_nothing_is_remembered_outside_a_scope_or_across_scopes() -> None:
    calls, scan = _counting()
    scan("The ferry sailed at noon.")
    scan("The ferry sailed at noon.")
    with shared.scope():
        scan("The ferry sailed at noon.")
    with shared.scope():
        scan("The ferry sailed at noon.")
    assert len(calls) == 4


def test_two_scans_of_one_text_keep_their_own_answers() -> None:
    calls_a, a = _counting()
    b = shared.shared_text(lambda text: (text.upper(),))
    with shared.scope():
        assert a("quay") == (4,)
        assert b("quay") == ("QUAY",)
        assert a("quay") == (4,)
    assert calls_a == ["quay"]


def test_cues_inside_and_outside_a_scope_are_equal() -> None:
    article = Article.from_text(TEXT, id="wire", published="2026-03-03")
    passages = segment(article)
    outside = [cues(p.text) for p in passages]
    with shared.scope():
        inside = [cues(p.text) for p in passages]
        assert all(cues(p.text) is c for p, c in zip(passages, inside, strict=True))
    assert outside == inside


def test_extraction_reads_the_same_with_or_without_the_memo() -> None:
    article = Article.from_text(TEXT, id="wire", published="2026-03-03")
    passages = segment(article)
    plain = [m for run in EXTRACTORS for m in run(article, passages)]  # no scope: every scan runs
    with shared.scope():
        memoized = [m for run in EXTRACTORS for m in run(article, passages)]
    assert plain == memoized
    assert extract(article, passages)
