"""The window a party is given for a step is a planned span: "have 28 days to appeal" (divergespans).

Every text here is invented: a council fined by a planning inspectorate, and the time it has to appeal.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from sourcediff import compare
from sourcediff.align import score_pairs
from sourcediff.divergespans import ALLOWED_AFTER, ALLOWED_BEFORE, lone_spans, planned_span, spans_contradict
from sourcediff.evidence import build_evidence
from sourcediff.ingest import parse_raw
from sourcediff.ingest.reading import RawInput
from sourcediff.model import Article, Report


def _one(text: str, name: str) -> Article:
    (article,) = parse_raw(RawInput(name, text), Path(name).suffix)
    return replace(article, id=Path(name).stem)


def _fine(window_c: str, window_a: str = "have 14 days to", window_b: str = "has 14 days to") -> Report:
    a = _one("Inspectorate fines Dunmere council\n\nThe planning inspectorate on Monday fined Dunmere "
             "council 90,000 euros for approving a quarry extension without an environmental survey.\n\n"
             f"The council and the quarry operator {window_a} lodge an appeal with the planning court.\n",
             "wire.txt")
    b = _one("Dunmere council hit with quarry fine\n\nDunmere council was fined 90,000 euros by the planning "
             "inspectorate on Monday over a quarry extension it approved without a survey.\n\n"
             f"The council {window_b} appeal to the planning court against the fine.\n", "post.txt")
    c = _one("Quarry fine for Dunmere\n\nThe inspectorate fined Dunmere council 90,000 euros on Monday for "
             "approving the quarry extension without an environmental survey.\n\n"
             f"The council {window_c} appeal, and its leader has already said that the council will fight it "
             "all the way, which could hold up the quarry again.\n", "gazette.txt")
    return compare([a, b, c])


def _day_facts(report: Report) -> list[tuple[str, frozenset[str]]]:
    return [(f.status.value, frozenset(m.raw for m in f.mentions)) for f in report.facts
            if any("day" in m.raw for m in f.mentions)]


def test_a_shorter_window_to_appeal_diverges() -> None:
    facts = _day_facts(_fine("has 10 days to"))
    assert ("diverge", frozenset({"14 days", "10 days"})) in facts


def test_windows_to_appeal_are_planned_spans_that_contradict() -> None:
    # The judge's own test, on the mentions it reads: the two windows, each its sentence's one figure,
    # are rivals a sure claim may hold even when the sentences share few words (pair score under 0.3).
    report = _fine("has 10 days to")
    ctx = build_evidence(report.sources, report.claims, score_pairs(report.sources))
    days = {m.source: m for s in report.sources for m in s.mentions if m.raw.endswith("days")}
    wire, gazette = days["wire"], days["gazette"]
    assert planned_span(wire, ctx) and planned_span(gazette, ctx)
    assert lone_spans(wire, gazette, Counter((m.source, m.passage) for s in report.sources
                                             for m in s.mentions), ctx)
    assert spans_contradict(wire, gazette, ctx)


def test_a_span_without_the_window_shape_is_no_planned_span() -> None:
    a = _one("Quarry dispute\n\nThe quarry operator worked for 14 days without a permit, the inspectorate "
             "said.\n", "wire.txt")
    b = _one("Quarry row\n\nThe operator had been digging 14 days ago when inspectors arrived.\n", "post.txt")
    report = compare([a, b])
    ctx = build_evidence(report.sources, report.claims, score_pairs(report.sources))
    days = [m for s in report.sources for m in s.mentions if m.raw.endswith("days")]
    assert days and not any(planned_span(m, ctx) for m in days)


def test_the_same_window_agrees() -> None:
    facts = _day_facts(_fine("has 14 days to"))
    assert not any(status == "diverge" for status, _ in facts)


def test_the_shape_needs_the_verb_before_and_to_after() -> None:
    assert ALLOWED_BEFORE.search("The council has ") is not None
    assert ALLOWED_BEFORE.search("was given a further ") is not None
    assert ALLOWED_BEFORE.search("The council worked for ") is None
    assert ALLOWED_AFTER.match(" to appeal against it") is not None
    assert ALLOWED_AFTER.match(" in which to pay") is not None
    assert ALLOWED_AFTER.match(" ago, the council") is None
    assert ALLOWED_AFTER.match(" to 2027") is None
