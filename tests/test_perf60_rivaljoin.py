"""perf60: join_rivals skips a candidate neither test can join before calling them (align/rivaljoin.py).

Invented articles read by the real extractors, claims and proposals given by
hand (as tests/test_align_rivaljoin.py). A candidate stating no count and
two sums can join no claim: `_joins` reads counts alone and `_joins_sum`
refuses any passage not stating exactly one sum (`_sum_refused`).
"""

from __future__ import annotations

from typing import Any

import pytest

from sourcediff.align import rivaljoin
from sourcediff.align.features import source_docs
from sourcediff.align.measurejoin import measures_of
from sourcediff.model import Article, Mention
from sourcediff.pipeline import analyse

SETTLEMENT = (
    "The club will pay her about 3.2 million pounds in compensation, a person familiar with the deal said.",
    "Calverton will pay £3.2m to end the coach's contract.",
    "The decision was announced on Monday.",
)


def _story(*texts: str) -> tuple[list[str], list[list[Mention]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-03") for n, t in enumerate(texts)]
    infos = tuple(analyse(a) for a in articles)
    docs = [d for s in infos for d in source_docs(s)]
    return [d.source for d in docs], measures_of(infos, [(d.source, d.index) for d in docs])


def _asked(monkeypatch: pytest.MonkeyPatch, rival: str) -> tuple[list[list[int]], list[str]]:
    source_of, measures = _story(*SETTLEMENT, rival)
    asked: list[str] = []
    for name in ("_joins", "_joins_sum"):
        real = getattr(rivaljoin, name)

        def spy(*args: Any, _real: Any = real, _name: str = name) -> bool:
            asked.append(_name)
            return bool(_real(*args))

        monkeypatch.setattr(rivaljoin, name, spy)
    return rivaljoin.join_rivals([[0, 1]], {(1, 3): 0.2}, source_of, measures), asked


def test_a_candidate_of_two_sums_and_no_count_is_not_tested(monkeypatch: pytest.MonkeyPatch) -> None:
    joined, asked = _asked(monkeypatch, "She walks away with a £4m pay-off and a £1m bonus.")
    assert joined == [[0, 1]]
    assert asked == []


def test_a_candidate_of_one_sum_is_still_tested_and_joins(monkeypatch: pytest.MonkeyPatch) -> None:
    joined, asked = _asked(monkeypatch, "She walks away with a £4m pay-off.")
    assert joined == [[0, 1, 3]]
    assert "_joins_sum" in asked


def test_the_sources_shut_per_claim_are_those_sum_refused_refuses() -> None:
    sources = ("a", "b", "c")
    source_of = [s for s in sources for _ in range(2)]
    one = _story(SETTLEMENT[1])[1][0]  # one sentence stating one sum
    sums = [one] * len(source_of)
    for titled in (set(), {"a"}, {"a", "b"}):
        for figured in (set(), {"b"}, {"a", "c"}):
            view = rivaljoin._ClaimView(members={}, sums={}, titled=frozenset(titled),
                                        figured=frozenset(figured))
            shut = rivaljoin._shut(view, frozenset(sources))
            assert {source_of[x] for x in range(len(source_of))
                    if rivaljoin._sum_refused(x, view, source_of, sums)} == shut
