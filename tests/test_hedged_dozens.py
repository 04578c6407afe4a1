"""A count written in dozens: "two dozen" is 24, "around two dozen" a round figure near it, "dozens" vague."""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.compat import compatible
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import APPROX, Quantity


def facts(*texts: str) -> list[tuple[str, str]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2025-10-17") for n, t in enumerate(texts)]
    return [(f.status.value, f.summary) for f in compare(articles).facts if f.kind.value == "number"]


def theft(count: str) -> str:
    return f"Thieves took {count} carved masks from the museum store in Halden, the curator said."


def test_around_two_dozen_meets_23() -> None:
    found = facts(theft("23"), theft("around two dozen"))
    assert [status for status, _ in found] == ["agree"]


def test_about_two_dozen_meets_26_and_three_dozen_meets_34() -> None:
    assert [s for s, _ in facts(theft("26"), theft("about two dozen"))] == ["agree"]
    assert [s for s, _ in facts(theft("34"), theft("some three dozen"))] == ["agree"]


def test_dozens_stay_a_vague_range() -> None:
    assert "diverge" not in [s for s, _ in facts(theft("40"), theft("dozens of"))]


def test_around_two_dozen_is_not_30() -> None:
    assert [s for s, _ in facts(theft("30"), theft("around two dozen"))] == ["diverge"]


def test_two_dozen_unhedged_is_24() -> None:
    assert [s for s, _ in facts(theft("24"), theft("two dozen"))] == ["agree"]
    assert [s for s, _ in facts(theft("23"), theft("two dozen"))] == ["diverge"]


def test_a_hedged_figure_in_digits_keeps_its_last_digit() -> None:
    assert [s for s, _ in facts(theft("23"), theft("about 24"))] == ["diverge"]


def test_the_dozen_mark_is_read_from_the_writing_not_the_figure() -> None:
    def mention(raw: str, value: Quantity) -> Mention:
        return Mention(Kind.NUMBER, "s", 0, Span(0, len(raw)), raw, value, slot="number:count")
    hedged = mention("around two dozen", Quantity(Decimal(24), None, APPROX, in_dozens=True))
    digits = mention("about 24", Quantity(Decimal(24), None, APPROX))
    plain = mention("23", Quantity(Decimal(23)))
    assert compatible(hedged, plain) and not compatible(digits, plain)
