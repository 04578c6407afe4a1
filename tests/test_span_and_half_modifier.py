"""A unit of time with a half after it reads as 1.5 with a word before the unit (invented text).

"a year and a half" was a span of 1.5 years, but "a gruelling year and a
half", "a further hour and a half" and "another year and a half" were no
figure at all, while another outlet's "18 months" or "90 minutes" was read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article
from sourcediff.extract import numbers
from sourcediff.segment import segment


def spans(text: str) -> list[tuple[str, Decimal, str | None]]:
    article = Article.from_text(text, id="t", published="2026-05-15")
    return [(m.raw, m.value.amount, m.value.unit)  # type: ignore[union-attr]
            for m in numbers.extract(article, segment(article))]


@pytest.mark.parametrize(("text", "raw", "unit"), [
    ("The rebuilt Ostmark bridge faces another year and a half of inspections.",
     "another year and a half", "year"),
    ("Negotiators in Halvorsen met for a further hour and a half on Monday.",
     "a further hour and a half", "hour"),
    ("The ferry crew endured a miserable day and a half at anchor off Velby.",
     "a miserable day and a half", "day"),
    ("Residents waited a year and a half for the Ostmark clinic to reopen.",
     "a year and a half", "year"),
])
def test_a_word_before_the_unit_keeps_the_half(text: str, raw: str, unit: str) -> None:
    assert (raw, Decimal("1.5"), unit) in spans(text)


def test_no_half_after_the_unit_is_no_span_of_one_and_a_half() -> None:
    found = spans("The Velby club had a golden year and a half-century of trophies behind it.")
    assert all(amount != Decimal("1.5") for _, amount, _ in found)
