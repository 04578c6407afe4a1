"""A prior period's figure in brackets after a measure measures what that figure does.

Results tables and the trade press write "41,200 tonnes (2025: 38,900)":
the unit once, the comparative bare. Read alone the bracketed figure
counted nothing, so another outlet's "38,900 tonnes a year earlier" had no
partner. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import numbers
from sourcediff.model import Article
from sourcediff.segment import segment


def readings(text: str) -> dict[str, str]:
    article = Article.from_text(text, id="t", published="2026-11-24")
    return {m.raw: m.value.canonical() for m in numbers.extract(article, segment(article))}


@pytest.mark.parametrize(("text", "raw", "value"), [
    ("Grain exported: 41,200 tonnes (2025: 38,900)", "38,900", "38900 tonne"),
    ("Ferry delay: 6,300 hours (2024-25: 5,100)", "5,100", "5100 hour"),
    ("The quarry shipped 41,200 tonnes of gravel (last year: 38,900).", "38,900", "38900 tonne"),
    ("The mill emitted 41,200 tonnes (FY2025: 38,900), the filing said.", "38,900", "38900 tonne"),
    ("Police made 412 arrests (2025: 380; 2024: 355).", "380", "380"),
])
def test_bracketed_prior_figure_takes_the_unit_before(text: str, raw: str, value: str) -> None:
    assert readings(text)[raw] == value


def test_bracketed_prior_count_takes_the_noun_before() -> None:
    article = Article.from_text("The airport served 58 million passengers (2025: 55 million) last year.",
                                id="t", published="2026-11-24")
    found = {m.raw: m for m in numbers.extract(article, segment(article))}
    assert "passenger" in found["55 million"].cues


@pytest.mark.parametrize(("text", "raw"), [
    # no period label: a part of the whole, not the same measure a year before
    ("The clinic treated 412 patients (2025, 380 of them children).", "380"),
    # a figure with its own unit keeps it
    ("The ship sailed 410 km (2025: 250 miles).", "250 miles"),
])
def test_other_brackets_are_left_alone(text: str, raw: str) -> None:
    got = readings(text)
    assert raw not in got or ("tonne" not in got[raw] and "kilometer" not in got[raw])
