"""Word-level changes inside quotations, shared by the judge's notes and the check."""

from __future__ import annotations

from sourcediff.worddiff import quote_changes


def texts(a: str, b: str, **kw: bool) -> list[tuple[str, str]]:
    return [(a[x.start:x.end], b[y.start:y.end]) for x, y in quote_changes(a, b, **kw)]


def test_adjacent_edits_merge_and_typography_is_no_change() -> None:
    a = "we cannot in good conscience accede to their request"
    b = "We cannot in good conscience accept their request."
    assert texts(a, b) == [("accede to", "accept")]


def test_trimming_at_the_ends_is_no_change_but_inner_drops_are() -> None:
    full = "Regardless, these threats do not change our position"
    assert texts("these threats do not change", full) == []
    assert texts(full, "these threats do not change") == []
    assert texts("the scale we need in Central Europe", "the scale we need in Europe") == [("Central", "")]


def test_extra_words_at_the_start_of_a_draft_quote_count_when_asked() -> None:
    assert texts("Regardless, these threats", "these threats", trim_a=False) == [("Regardless", "")]
