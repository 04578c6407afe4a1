"""Shared presentation helpers: ordering, highlight runs, excerpts, value display, golden files."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from render_fixture import build_report, check_golden
from sourcediff.model import Fact, Kind, Mention, Span, Verdict
from sourcediff.render import RenderOptions
from sourcediff.render.view import (
    CHANGED,
    MENTION,
    counts_line,
    fact_value,
    mentions_by_source,
    shown,
    split_marked,
    value_text,
    wording,
)
from sourcediff.values import CEILING, Entity, Money, Quantity


def test_split_marked_nested_and_overlapping_spans() -> None:
    marks = [(Span(6, 20), "part"), (Span(6, 12), "day"), (Span(13, 30), "x")]
    assert split_marked("until Friday evening to", marks) == (
        ("until ", frozenset()), ("Friday", frozenset({"part", "day"})), (" ", frozenset({"part"})),
        ("evening", frozenset({"part", "x"})), (" to", frozenset({"x"})))


@given(st.text(max_size=40), st.lists(st.tuples(st.integers(-5, 50), st.integers(0, 50)), max_size=6))
def test_split_marked_never_loses_or_adds_text(text: str, raw: list[tuple[int, int]]) -> None:
    spans = [(Span(max(a, 0), max(a, 0) + b), i) for i, (a, b) in enumerate(raw)]
    runs = split_marked(text, spans)
    assert "".join(t for t, _ in runs) == text
    assert all(t for t, _ in runs)


def test_shown_orders_by_urgency_and_filters() -> None:
    report = build_report()
    groups = shown(report, RenderOptions())
    assert list(groups) == [Verdict.DIVERGE, Verdict.UNIQUE, Verdict.AGREE]
    assert [f.id for f in groups[Verdict.AGREE]] == ["f3", "f4", "f5", "f6"]
    only = shown(report, RenderOptions(only=frozenset({Verdict.AGREE})))
    assert list(only) == [Verdict.AGREE]
    assert counts_line(report, RenderOptions(only=frozenset({Verdict.AGREE}))).endswith("(showing agree)")


def test_wording_marks_mention_and_changed_words_in_context() -> None:
    report = build_report()
    f1 = report.facts[0]
    w = wording(report, f1, f1.mentions[0], radius=20)
    marked = [(p.text, sorted(p.marks)) for p in w.pieces if p.marks]
    assert marked == [("Friday ", [MENTION]), ("evening", [CHANGED, MENTION])]
    assert w.clipped_start and w.clipped_end
    text = "".join(p.text for p in w.pieces)
    assert text == "AI startup until Friday evening to agree to the"  # cut at spaces, never mid-word
    whole = wording(report, f1, f1.mentions[0])
    assert not whole.clipped_start and not whole.clipped_end
    assert "".join(p.text for p in whole.pieces) == report.passage("000", 1).text


def test_agreeing_facts_get_no_changed_marks() -> None:
    report = build_report()
    f5 = next(f for f in report.facts if f.id == "f5")
    assert all(CHANGED not in p.marks for m in f5.mentions for p in wording(report, f5, m).pieces)


def test_value_text_groups_money_digits_and_keeps_qualifier() -> None:
    assert value_text(Money("USD", Decimal(200_000_000), qualifier=CEILING)) == "ceiling USD 200,000,000"
    assert value_text(Money("EUR", Decimal("1.50"), high=Decimal("2000"))) == "EUR 1.5-2,000"
    assert value_text(Money("GBP", Decimal("1E+9"))) == "GBP 1,000,000,000"
    assert value_text(Quantity(Decimal(48), "hour", "below")) == "below 48 hour"


def _mention(source: str, raw: str, start: int) -> Mention:
    return Mention(Kind.ORG, source, 0, Span(start, start + len(raw)), raw, Entity("Pentagon", "org"))


def test_mentions_by_source_merges_equal_wordings_and_caps() -> None:
    mentions = [_mention("a", "Pentagon", i * 10) for i in range(5)]
    others = ["the Pentagon", "DoD", "Department of War", "War Department"]
    mentions += [_mention("a", w, 100 + i * 20) for i, w in enumerate(others)]
    mentions += [_mention("b", "PENTAGON", 0)]
    fact = Fact("f1", Kind.ORG, Verdict.AGREE, tuple(mentions), value="Pentagon")
    a, b = mentions_by_source(fact, limit=3)
    assert (a.source, [(s.mention.raw, s.repeats) for s in a.shown], a.more) == \
        ("a", [("Pentagon", 5), ("the Pentagon", 1), ("DoD", 1)], 2)
    assert (b.source, len(b.shown), b.more) == ("b", 1, 0)
    assert fact_value(fact) == "Pentagon"


def test_check_golden_detects_stale_and_rewrites_when_asked(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "g.txt"
    monkeypatch.setenv("SOURCEDIFF_UPDATE_GOLDEN", "1")
    check_golden(path, "one\n")
    assert path.read_text() == "one\n"
    monkeypatch.delenv("SOURCEDIFF_UPDATE_GOLDEN")
    check_golden(path, "one\n")
    with pytest.raises(AssertionError, match="stale"):
        check_golden(path, "two\n")
    with pytest.raises(AssertionError, match="missing"):
        check_golden(tmp_path / "none.txt", "x")
