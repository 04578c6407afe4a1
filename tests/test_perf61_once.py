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

