"""A date governed by a preposition opening its sentence ("From 1 May 2028, ...") is prose, not a stamp."""

from __future__ import annotations

from sourcediff.extract.stamps import date_is_stamp


def _stamp(text: str, date: str) -> bool:
    start = text.index(date)
    return date_is_stamp(text, start, start + len(date))


def test_a_sentence_opening_with_from_and_a_date_is_prose() -> None:
    text = "What changes\nFrom 1 May 2028, no shop in Darrowby may sell single-use cups."
    assert not _stamp(text, "1 May 2028")
    text = "Timeline\nOn 4 June 2027, the Darrowby board approved the plan."
    assert not _stamp(text, "4 June 2027")


def test_a_header_date_stays_a_stamp() -> None:
    assert _stamp("Darrowby Courier | Monday 16 November 2026\nThe board met on Friday.", "16 November 2026")
    assert _stamp("Business\n3 May 2026\nThe board met on Friday.", "3 May 2026")
