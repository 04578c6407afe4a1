"""A figure hyphenated onto its period is a count: "a 60,000-a-year target" states 60,000.

Outlets write a rate as an adjective ("a 75,000-a-year quota", "its
1,500-per-day cap") as often as spaced ("a quota of 75,000 a year"). The
hyphen after the figure read as the figure running on into a word, as in
"COVID-19" or "two-thirds", so the hyphenated figure was dropped and the
outlet stated nothing where the others stated the count. A hyphen that
joins the figure to "a"/"per" and a period is a rate, and the figure is read
as its spaced form is. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import numbers
from sourcediff.model import Article
from sourcediff.segment import segment


def figures(text: str) -> list[str]:
    article = Article.from_text(text, id="t", published="2026-11-19")
    return [m.raw for m in numbers.extract(article, segment(article))]


@pytest.mark.parametrize("text", [
    "The port is still short of the ministry's 75,000-a-year quota.",
    "Officials kept the 75,000-per-year quota for the port.",
    "The port stayed below its 75,000-an-hour peak.",
])
def test_a_figure_hyphenated_onto_its_period_is_read(text: str) -> None:
    assert figures(text) == ["75,000"]


def test_the_hyphenated_rate_reads_as_the_spaced_one() -> None:
    spaced = figures("The port missed the 75,000 a year quota.")
    assert figures("The port missed the 75,000-a-year quota.") == spaced


@pytest.mark.parametrize("text", [
    "The 2,000-year-old bowl was found near the port.",
    "The port reported 75,000-odd arrivals.",
])
def test_other_hyphenated_figures_keep_their_reading(text: str) -> None:
    assert "75,000" not in figures(text)
