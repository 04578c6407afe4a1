"""Two figures the count and measure readers dropped: a count right after a weekday, and a spaced hour sign.

"By Wednesday 47 crew had fallen ill": a capitalised word before digits makes
them a name ("Boeing 737", numberclassify._is_label), and a weekday was read
as one, so the count vanished. A weekday names a day, never a numbered thing:
the figure after it is a count when it cannot be a day of the month (above
31) or a lower-case word follows it. Trade and technical writers put a space
before the hour sign ("a 36 h cleaning cycle", "isolated for 48 h"); only the
attached "31h" was read.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.extract import extract
from sourcediff.model import Kind
from sourcediff.segment import segment


def figures(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="s0", published="2026-06-19")
    return [(m.raw, m.canonical) for m in extract(article, segment(article)) if m.kind is Kind.NUMBER]


def test_a_count_after_a_weekday_is_read() -> None:
    assert ("47", "47") in figures("By Wednesday 47 walkers had been airlifted off the ridge.")


def test_a_small_count_after_a_weekday_with_its_noun_is_read() -> None:
    assert ("12", "12") in figures("Since Monday 12 ferries have been cancelled at Hollin Sound.")


def test_a_large_count_after_a_weekday_is_read() -> None:
    assert ("1,200", "1200") in figures("Since Sunday 1,200 residents have left the valley.")


def test_a_bare_day_number_after_a_weekday_is_no_count() -> None:
    assert figures("The fair closes on Friday 13.") == []


def test_a_model_name_stays_a_name() -> None:
    assert figures("The Skyliner 737 was grounded at Pellham.") == []


def test_a_spaced_hour_sign_is_hours() -> None:
    found = figures("Inspectors ordered a 36 h cleaning cycle and staff were isolated for 48 h.")
    assert ("36 h", "36 hour") in found
    assert ("48 h", "48 hour") in found


def test_a_spaced_hour_sign_meets_the_hours_written_out() -> None:
    assert figures("The line was shut for 6 h, then reopened.") == [("6 h", "6 hour")]


def test_a_letter_after_a_figure_that_starts_a_word_is_no_hour() -> None:
    assert figures("The boat has a 5 hp outboard motor.") == []
