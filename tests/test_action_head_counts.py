""""58 depot closures" counts depots: an action's head noun counts the noun before it (invented text).

A trade outlet's restructuring bullet "1,500 FTE reductions and 58 depot
closures" and a wire's "will close 85 depots" count the same thing; read as
"closure", the trade outlet's rival figure stood apart from the depots the
others agreed on, and the planted divergence was lost. Closures,
reductions, cancellations, openings and shutdowns now count their modifier,
as event heads ("96 spill events") already did; "two rate cuts" still
counts cuts.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse

PUBLISHED = "2027-03-02"


def _cues(text: str) -> list[tuple[str, ...]]:
    info = analyse(Article.from_text(text, published=PUBLISHED))
    return [m.cues for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "noun"), [
    ("The grocer confirmed 58 store closures across the north by next spring.", "store"),
    ("The airline announced 300 route cancellations for the winter timetable.", "route"),
    ("The chain plans 12 branch openings in the capital this year.", "branch"),
])
def test_an_action_head_counts_its_modifier(text: str, noun: str) -> None:
    assert any(noun in c for c in _cues(text)), _cues(text)


def test_a_rate_cut_count_still_counts_cuts() -> None:
    cues = _cues("Markets now price in two rate cuts before the end of the year.")
    assert not any("rate" in c for c in cues), cues


def _report(figures: list[str]) -> list[tuple[Verdict, set[str]]]:
    texts = [
        "Dunmere Logistics will {} under its rescue plan, the haulier said on Monday.",
        "The rescue plan for Dunmere Logistics means {}, the haulier confirmed.",
        "Dunmere Logistics' rescue plan includes {}, the haulier said.",
        "Under the rescue plan Dunmere Logistics will {}, the haulier said.",
    ]
    arts = [Article.from_text(t.format(f), id=f"s{n}", published=PUBLISHED)
            for n, (t, f) in enumerate(zip(texts, figures, strict=True))]
    rep = compare(arts)
    return [(f.status, {m.source for m in f.mentions}) for f in rep.facts if f.kind is Kind.NUMBER]


def test_a_rival_closure_count_meets_the_others_depots() -> None:
    facts = _report(["close 85 depots", "85 depot closures", "58 depot closures", "close eighty-five depots"])
    assert any(status is Verdict.DIVERGE and {"s0", "s2"} <= sources for status, sources in facts), facts


def test_closure_counts_that_agree_stay_agreed() -> None:
    facts = _report(["close 85 depots", "85 depot closures", "85 depot closures", "close eighty-five depots"])
    assert all(status is not Verdict.DIVERGE for status, _ in facts), facts
