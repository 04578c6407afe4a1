"""Counts written once for a change, and headcounts in capitals.

"The compliance team grew from 85 to 230 people": the noun stands after the
second figure only, so the first counted nothing and was dropped, and an
outlet that wrote "85 people" before the change had nothing to agree with.
"rose to 230 FTE": an all-capitals unit after a figure was never a count's
noun, while "230 FTEs" was. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import numbers
from sourcediff.model import Article, Passage, Span
from sourcediff.text import fold


def counts(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t")
    found = numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))
    return [(m.raw, m.canonical) for m in found if m.slot == "number:count"]


@pytest.mark.parametrize("text", [
    "The compliance team grew from 85 to 230 people over two years.",
    "Headcount in the unit rose from 85 to 230 full-time equivalents.",
    "The fraud desk went from 85 to 230 analysts after the review.",
    "The compliance function has grown from 85 to 230 FTE since the audit.",
])
def test_both_figures_of_a_change_count_its_noun(text: str) -> None:
    assert [raw for raw, _ in counts(text)] == ["85", "230"]


def test_the_first_figure_takes_the_seconds_noun() -> None:
    first, second = counts("Staffing rose from 85 to 230 people.")
    assert first[1].split()[0] == "85" and second[1].split()[0] == "230"


@pytest.mark.parametrize("text", [
    "The line runs from 85 to 230 Main Street.",           # no count after "to"
    "Prices rose from 85 to 230 pounds a tonne.",           # a measure, not a count
    "The index went from 85 to 230 in a single afternoon.",  # nothing counted at all
])
def test_no_count_is_made_where_the_second_figure_counts_nothing(text: str) -> None:
    assert "85" not in [raw for raw, _ in counts(text)]


@pytest.mark.parametrize("text", [
    "The bank now employs 230 FTE in financial crime.",
    "The bank now employs 230 FTEs in financial crime.",
])
def test_a_headcount_in_capitals_is_a_count(text: str) -> None:
    assert [raw for raw, _ in counts(text)] == ["230"]


def test_other_capitals_after_a_figure_are_still_no_headcount() -> None:
    assert counts("The firm moved 230 TB of data overnight.") == []
    assert counts("Flight 230 BA was delayed.") == []
