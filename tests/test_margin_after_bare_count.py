"""A margin after a large count of no noun: "4,871 of them were valid, 596 more than the threshold".

A figure of thousands is kept as a count even when its noun stands
elsewhere; the margin after it ("N more than", "N behind") borrows no noun,
only the count it is measured from, so it is read as a margin there too.
Before, only a count naming its noun opened the margin reading, and the
figure counted nothing and was dropped.
"""

from __future__ import annotations

from sourcediff.extract import numbers
from sourcediff.extract.roles import MARGIN
from sourcediff.model import Article, Mention
from sourcediff.segment import segment


def _mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text)
    return numbers.extract(article, segment(article))


def _counts(text: str) -> dict[str, tuple[str, ...]]:
    return {m.raw: m.cues for m in _mentions(text) if m.slot == "number:count"}


def test_margin_after_a_large_bare_part() -> None:
    counts = _counts("Campaigners delivered 3,418 signatures to the town hall. "
                     "The electoral officer said on Friday that 3,122 of them were valid, "
                     "347 more than the threshold.")
    assert counts["347"] == (MARGIN,)


def test_margin_after_a_large_figure_whose_noun_stands_elsewhere() -> None:
    counts = _counts("The organisers put the crowd at 14,600, some 900 more than last year.")
    assert counts["some 900"] == (MARGIN,)


def test_margin_after_a_count_with_its_noun_is_unchanged() -> None:
    counts = _counts("The bank closed 2,310 accounts, 75 more than it had planned.")
    assert counts["2,310"] == ("account",)
    assert counts["75"] == (MARGIN,)


def test_a_small_bare_figure_opens_no_margin() -> None:
    counts = _counts("The council said 48 were approved, 6 more than last year.")
    assert "6" not in counts
