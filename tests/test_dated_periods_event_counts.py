"""A period that dates a figure is no rate, and "N spill events" counts spills (the sewage story's misses).

"from 262,100 hours a year earlier" is last year's total, not 262,100 hours
per year; and a trade paper's "96 spill events" counts what another outlet's
"96 spills" does, so a third outlet's rival count meets three agreeing
sources, not two. All text here is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse

PUBLISHED = "2027-05-12"


def _numbers(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, published=PUBLISHED))
    return [(m.raw, m.canonical, m.cues) for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Delays rose to 5,400 hours, from 4,100 hours a year earlier.", "4,100 hours", "4100 hour"),
    ("The depot handled 820 tonnes, against 760 tonnes a month ago.", "760 tonnes", "760 tonne"),
    ("Queues lasted 40 minutes, up from 25 minutes a week previously.", "25 minutes", "25 minute"),
])
def test_a_period_that_dates_a_figure_is_no_rate(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in [(r, c) for r, c, _ in _numbers(text)]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("The works will treat 12,000 litres a day from June.", "12,000 litres a day", "12000 liter per day"),
    ("The mill burns 40 tonnes a week, its owners said.", "40 tonnes a week", "40 tonne per week"),
])
def test_a_rate_is_still_a_rate(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in [(r, c) for r, c, _ in _numbers(text)]


@pytest.mark.parametrize(("text", "noun"), [
    ("Inspectors logged 58 pollution incidents on the estuary last year.", "pollution"),
    ("The valley recorded 34 flood events over the winter.", "flood"),
    ("The stadium hosted 40 sporting events in its first season.", "event"),
    ("The city staged 25 events for the festival.", "event"),
])
def test_an_event_head_counts_its_modifier(text: str, noun: str) -> None:
    cues = [c for _, _, c in _numbers(text)]
    assert any(noun in c for c in cues), cues


def _report(figures: list[str]) -> list[tuple[Verdict, set[str]]]:
    texts = [
        "Halbury Moor recorded {} over the winter, the river trust said in its annual review.",
        "The river trust's review found Halbury Moor suffered {} this winter, more than any other valley.",
        "According to the river trust, Halbury Moor had {} during the winter months.",
        "Halbury Moor saw {} over the winter, the trust's yearly review shows.",
    ]
    arts = [Article.from_text(t.format(f), id=f"s{n}", published=PUBLISHED)
            for n, (t, f) in enumerate(zip(texts, figures, strict=True))]
    rep = compare(arts)
    return [(f.status, {m.source for m in f.mentions}) for f in rep.facts if f.kind is Kind.NUMBER]


def test_a_rival_count_meets_an_event_head_count_of_the_same_noun() -> None:
    facts = _report(["52 flood events", "52 floods", "25 floods", "52 floods"])
    assert any(status is Verdict.DIVERGE and {"s0", "s2"} <= sources for status, sources in facts), facts


def test_event_head_counts_that_agree_stay_agreed() -> None:
    facts = _report(["52 flood events", "52 floods", "52 floods", "52 floods"])
    assert all(status is not Verdict.DIVERGE for status, _ in facts), facts
