"""A leftover "nearly 2 per cent" against an exact 1.6% short of it is no rival (invented text).

Two passages each state two share moves; the shared one ("almost 3 per
cent" / "2.9%") pairs off, and the leftover rule set the tabloid's "nearly
2 per cent" against the trade paper's "1.6% lower" once "lower" marked the
1.6% as a change. "Nearly X" is a writer's rough word for a figure short of
X; the leftover rule's indirect evidence cannot say how far short is too
far, so it does not call that a divergence. A figure past X still is.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict


def _facts(second: str) -> list[tuple[Verdict, set[str]]]:
    arts = [
        Article.from_text("Tolvik Air ordered 40 jets on Tuesday. Tolvik's shares slid nearly 2 per cent "
                          "by the close, while plane-maker Amberlane's jumped almost 3 per cent.", id="s0",
                          published="2027-06-09"),
        Article.from_text(f"Tolvik Air ordered 40 jets on Tuesday. Tolvik stock closed {second} lower; "
                          "Amberlane gained 2.9%.", id="s1", published="2027-06-09"),
    ]
    return [(f.status, {m.raw for m in f.mentions}) for f in compare(arts).facts if f.kind is Kind.PERCENT]


def test_nearly_two_against_a_figure_short_of_two_is_no_divergence() -> None:
    facts = _facts("1.6%")
    assert not any(status is Verdict.DIVERGE for status, _ in facts), facts


def test_nearly_two_against_a_figure_past_two_still_diverges() -> None:
    facts = _facts("2.4%")
    assert any(status is Verdict.DIVERGE and {"nearly 2 per cent", "2.4%"} <= raws
               for status, raws in facts), facts
