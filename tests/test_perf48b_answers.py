"""perf48b: `answers` and `holding` give what calling the scan passage by passage gives.

`answers` reads a `shared_text` scan's memory once for many texts; the scan
still runs once a text within a scope, and a later call of the wrapper is a
hit. `holding` keeps, in order, the passages where the scan finds anything.
Invented passages throughout.
"""

from __future__ import annotations

from collections.abc import Callable

from sourcediff import Article
from sourcediff.extract import shared
from sourcediff.segment import segment

TEXT = ("The Ostbrook ferry carried 40 riders on Monday.\n"
        "Nobody was hurt.\n"
        "A second ferry carried 12 riders and a third none.")


def _counting() -> tuple[list[str], Callable[[str], tuple[int, ...]]]:
    calls: list[str] = []

    def scan(text: str) -> tuple[int, ...]:
        calls.append(text)
        return tuple(int(w) for w in text.replace(".", " ").split() if w.isdigit())

    return calls, shared.shared_text(scan)


def test_answers_match_calls_and_share_the_scans_memory() -> None:
    calls, scan = _counting()
    texts = ["Ferry 40 left.", "None left.", "Ferry 40 left."]
    with shared.scope():
        assert shared.answers(scan, texts) == [scan(t) for t in texts] == [(40,), (), (40,)]
        assert scan("None left.") == ()
    assert calls == ["Ferry 40 left.", "None left."]


def test_answers_outside_a_scope_and_of_a_plain_function_just_call() -> None:
    calls, scan = _counting()
    assert shared.answers(scan, ["A 3.", "A 3."]) == [(3,), (3,)]
    assert len(calls) == 2
    assert shared.answers(len, ["ab", ""]) == [2, 0]


def test_holding_keeps_the_passages_with_finds_in_order() -> None:
    _, scan = _counting()
    article = Article.from_text(TEXT, id="a")
    passages = segment(article)
    with shared.scope():
        held = shared.holding(passages, scan)
    assert [p.index for p in held] == [p.index for p in passages if scan(p.text)]
    assert len(held) == 2 < len(passages)
