"""Runs of identifiers (extract/identifiers.py), on invented notices.

"batch numbers 4410 through 4432" and a list's "Batches: 4410-4432" are one
run of numbered things: a figure two sources agree or diverge on, though it
counts nothing.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import extract
from sourcediff.model import Mention
from sourcediff.segment import segment


def _runs(text: str) -> list[tuple[str, str, str]]:
    article = Article.from_text(text, id="t")
    found: tuple[Mention, ...] = extract(article, segment(article))
    return [(m.raw, m.canonical, m.slot) for m in found if m.slot.startswith("number:identifier:")]


@pytest.mark.parametrize(("text", "raw"), [
    ("The notice covers batch numbers 4410 through 4432 only.", "4410 through 4432"),
    ("The notice covers batch numbers 4410 to 4432 only.", "4410 to 4432"),
    ("Batches: 4410-4432.", "4410-4432"),
    ("The notice covers batch nos. 4410–4432 only.", "4410–4432"),
])
def test_a_run_of_identifiers_is_one_value(text: str, raw: str) -> None:
    assert _runs(text) == [(raw, "4410-4432 batch", "number:identifier:batch")]


@pytest.mark.parametrize("text", [
    "Scores: 3-1 after extra time.",
    "Ages: 18-65 may apply.",
    "The notice covers batch numbers 4432 to 4410 only.",  # no run downwards
    "The club sold 4410 to 4432 tickets.",  # a count's range: nothing says what is numbered
])
def test_no_run_without_numbered_things(text: str) -> None:
    assert _runs(text) == []


def test_two_sources_runs_agree_and_differing_runs_do_not_merge() -> None:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-04") for n, t in enumerate((
        "The maker recalled jars with batch numbers 4410 through 4432, the agency said.",
        "Batches: 4410-4432.",
        "Jars with serial numbers 4410 to 4432 are not affected."))]
    facts = [(f.status.value, sorted((m.source, m.raw) for m in f.mentions)) for f in compare(articles).facts
             if any(m.slot.startswith("number:identifier:") for m in f.mentions)]
    assert ("agree", [("s0", "4410 through 4432"), ("s1", "4410-4432")]) in facts, facts
    assert ("unique", [("s2", "4410 to 4432")]) in facts, facts
