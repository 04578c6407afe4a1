"""A pay grade between a count and its noun: "214 band 3 officers" counts officers, not three.

Public-sector copy puts the grade before the staff it counts ("60 grade 7
officials", "1,200 Band 5 nurses"). The noun reader stopped at the grade's
figure, so the count was dropped as counting nothing, and the grade's own
figure was read as a count of the officers instead.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sourcediff.extract import extract
from sourcediff.model import Article, Kind
from sourcediff.segment import segment
from sourcediff.values import Quantity


def _counts(text: str) -> list[tuple[str, Decimal]]:
    article = Article(id="x", text=text, published=dt.date(2026, 5, 6))
    return [(m.raw, m.value.amount) for m in extract(article, segment(article))
            if m.kind is Kind.NUMBER and isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "raw", "amount"), [
    ("The Stallard trust now has 1,200 Band 5 nurses on its wards.", "1,200", Decimal("1200")),
    ("Corlan council employs 60 grade 7 officials in its planning team.", "60", Decimal("60")),
    ("Staffing at Ormsgill: 214 band 3 officers in post.", "214", Decimal("214")),
])
def test_the_count_reads_past_the_grade(text: str, raw: str, amount: Decimal) -> None:
    counts = _counts(text)
    assert (raw, amount) in counts
    assert len(counts) == 1, counts  # the grade's figure is no count of its own


def test_a_count_without_a_grade_is_unchanged() -> None:
    assert _counts("Corlan council employs 60 officials.") == [("60", Decimal("60"))]
