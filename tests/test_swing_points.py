"""An electoral swing is a move in vote shares: its figure is percentage points however it is printed.

A wire writes "a swing of 7.5 percentage points", a tabloid "a swing of
7.5%" or "a 7.5% swing", an election-data site "puts the swing at 7.8
points" with no vote or poll word in the sentence. Read as a percent and a
count, the tabloid's and the site's figures never met the wire's. A market's
or a mood's swing is no election: its percent stays a percent.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import numbers
from sourcediff.model import Article, Mention, Passage, Span
from sourcediff.text import fold


def found(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t")
    ms: tuple[Mention, ...] = numbers.extract(
        article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))
    return [(m.raw, m.canonical) for m in ms]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("The Liberal majority of 2,340 came on a swing of 7.5% from the Farmers' Party.",
     "7.5%", "750 basis point"),
    ("Osgood won the seat on a 9.2% swing, the biggest at any by-election this year.",
     "9.2%", "920 basis point"),
    ("Our model puts the Farmers-to-Liberal swing at 6.1 points, the largest this parliament.",
     "6.1 points", "610 basis point"),
])
def test_an_electoral_swing_is_in_percentage_points(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in found(text)


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Shares of Tarnwell Foods saw a swing of 7.5% during the session.", "7.5%", "7.5%"),
    ("Turnout rose to 64.5%, up from 58%.", "64.5%", "64.5%"),
])
def test_other_percents_stay_percents(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in found(text)
