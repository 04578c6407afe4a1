""""Nearly a full second", "almost a whole day": a hedged span with "full" or "whole" is the figure 1 of
its unit, as "nearly a second" is, so a tabloid's rounding meets a wire's 0.91 seconds."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def _spans(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text(text, id="x", published="2026-09-03"))
    return [(m.raw, m.value.unit) for m in info.mentions if isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "want"), [
    ("Kessel won the sprint by nearly a full second.", [("nearly a full second", "second")]),
    ("The outage lasted almost a whole day.", [("almost a whole day", "day")]),
    ("The vote was delayed by just over a full week.", [("just over a full week", "week")]),
    # After a verb of how long the "a" is the figure 1 unhedged too ("took an hour", patterns.NUM_A_BY_SPAN).
    ("It took a full day.", [("a full day", "day")]),
])
def test_a_full_or_whole_unit_after_a_hedge_is_one_unit(text: str, want: list[tuple[str, str]]) -> None:
    assert _spans(text) == want


@pytest.mark.parametrize("text", [
    "She gave it a full second look.",
    "They worked a whole day shift.",
    "It was a full day.",
])
def test_no_hedge_no_figure(text: str) -> None:
    assert _spans(text) == []


def test_nearly_a_full_second_meets_a_precise_margin() -> None:
    a = Article.from_text("Jonah Vell won the 100 metres freestyle final in Tessin on Friday, finishing 0.91 "
                          "seconds ahead of Piet Aro.", id="a", published="2026-09-04")
    b = Article.from_text("Jonah Vell won the 100 metres freestyle final in Tessin on Friday, finishing "
                          "nearly a full second clear of Piet Aro.", id="b", published="2026-09-04")
    facts = [f for f in compare([a, b]).facts if any(m.raw.endswith("second") or m.raw.endswith("seconds")
                                                      for m in f.mentions)]
    assert [f.status.value for f in facts] == ["agree"]
    assert {m.source for m in facts[0].mentions} == {"a", "b"}
