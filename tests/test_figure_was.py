"""A bare figure after "the figure was" counts what the count before counts (invented text).

"Bailiffs evicted 214 households ... In the same three months of 2026 the
figure was 163." Read alone 163 counted nothing and was dropped, so the
local paper's earlier figure stated no fact (extract/figurewords.py).
"""

from __future__ import annotations

import datetime as dt

from sourcediff.extract import extract
from sourcediff.model import Article, Kind
from sourcediff.segment import segment


def _cues(text: str) -> dict[str, tuple[str, ...]]:
    article = Article(id="x", text=text, published=dt.date(2027, 5, 18))
    return {m.raw: m.cues for m in extract(article, segment(article)) if m.kind is Kind.NUMBER}


def test_figure_was_in_the_next_sentence() -> None:
    text = ("Bailiffs evicted 188 households in the Ashmoor court area between January and March. "
            "In the same three months of 2026 the figure was 131.")
    assert _cues(text)["131"] == ("household",)


def test_comparable_figure_in_the_same_sentence() -> None:
    text = "The clinic treated 342 patients this winter; last winter the comparable figure was 297."
    assert _cues(text)["297"] == ("patient",)


def test_no_count_before_leaves_it_unread() -> None:
    text = "Officials would not say how bad it was. In 2025 the figure was 131."
    assert "131" not in _cues(text)


def test_a_figure_with_its_own_noun_keeps_it() -> None:
    text = "The clinic treated 342 patients this winter. Last winter the number was 297 visits."
    assert _cues(text).get("297", ()) != ("patient",)
