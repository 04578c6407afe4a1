"""perf61: values the judge read twice are read once, and the report is the one it was.

The judge scanned the mentions for passages stating both sides of an update
(``stated_updates``) three times a comparison: for its pairs, for the update
splits (``own_pairs`` in factverdicts) and for the descriptions (``own_pairs``
again). It now scans once and hands the answer on.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

import pytest

import sourcediff.updates as updates_module
from sourcediff import Article, Kind, Verdict, compare
from sourcediff.model import Mention

compare_module = importlib.import_module("sourcediff.compare")  # the package exports the function
DAY = "2026-06-12"
VOTED = "The council voted on Monday. "
TEXTS = (VOTED + "Cars crossing the Harlow bridge will pay 22 pence a trip from May.",
         VOTED + "Cars crossing the Harlow bridge will pay 22p a trip from May.",
         VOTED + "The charge for cars crossing the Harlow bridge rises from £0.18 to £0.23 a trip from May.")


def _report() -> object:
    return compare([Article.from_text(t, id=chr(ord("a") + n), published=DAY) for n, t in enumerate(TEXTS)])


def test_the_stated_updates_are_scanned_once_a_comparison(monkeypatch: pytest.MonkeyPatch) -> None:
    scans: list[int] = []
    inner = updates_module.stated_updates

    def counted(ms: Sequence[Mention]) -> list[tuple[int, int]]:
        scans.append(len(ms))
        return inner(ms)

    monkeypatch.setattr(updates_module, "stated_updates", counted)
    monkeypatch.setattr(compare_module, "stated_updates", counted)
    report = _report()
    assert len(scans) == 1
    money = sorted(((f.status, sorted((m.source, m.raw) for m in f.mentions)) for f in report.facts  # type: ignore[attr-defined]
                    if f.kind is Kind.MONEY), key=str)
    # the current figures still diverge and the source's own earlier figure still stands apart
    assert money == [(Verdict.DIVERGE, [("a", "22 pence"), ("b", "22p"), ("c", "£0.23")]),
                     (Verdict.UNIQUE, [("c", "£0.18")])]


def test_own_pairs_reads_the_pairs_it_is_given() -> None:
    ms = compare_module.bridged([m for s in _report().sources for m in s.mentions])  # type: ignore[attr-defined]
    stated = updates_module.stated_updates(ms)
    assert stated
    assert updates_module.own_pairs(ms, stated) == updates_module.own_pairs(ms)
    assert updates_module.own_pairs(ms, []) == frozenset()


def test_the_word_joins_read_each_mentions_words_once() -> None:
    from sourcediff.lonetold import read_once

    calls: list[str] = []

    def read(m: Mention) -> set[str]:
        calls.append(m.raw)
        return {m.raw}

    ms = [m for s in _report().sources for m in s.mentions][:3]  # type: ignore[attr-defined]
    words = read_once(read)
    assert [words(m) for m in ms + ms] == [{m.raw} for m in ms + ms]
    assert calls == [m.raw for m in ms]


def test_a_lone_figure_moves_only_into_the_one_fact_told_alike() -> None:
    from sourcediff.lonetold import join_told

    ms = [m for s in _report().sources for m in s.mentions]  # type: ignore[attr-defined]
    a, b = [m for m in ms if m.source == "a"][:1], [m for m in ms if m.source == "b"][:1]
    facts = [(a, Verdict.UNIQUE, None, None), (b, Verdict.AGREE, None, None)]
    order = {"a": 0, "b": 1, "c": 2}
    asked: list[tuple[Mention, int, str]] = []

    def rival(lone: Mention, k: int, found: str) -> bool:
        asked.append((lone, k, found))
        return False

    # two agreed facts told alike: the words cannot say which one the lone figure disputes
    assert join_told(facts, order, lambda g: g[0], lambda lone: [(1, "x"), (1, "y")], rival) == facts
    assert asked == []
    # one, but no rival: nothing moves
    assert join_told(facts, order, lambda g: g[0], lambda lone: [(1, "x")], rival) == facts
    assert asked == [(a[0], 1, "x")]
    # one and a rival: the lone fact joins it and both are one divergent fact
    joined = join_told(facts, order, lambda g: g[0], lambda lone: [(1, "x")], lambda *_: True)
    assert [(sorted(m.source for m in g), v) for g, v, _c, _r in joined] == [(["a", "b"], Verdict.DIVERGE)]
