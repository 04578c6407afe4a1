"""A header's date after a middle dot or bullet is the outlet's publication stamp, not an event day."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract.stamps import date_is_stamp


def _stamp(text: str, date: str) -> bool:
    start = text.index(date)
    return date_is_stamp(text, start, start + len(date))


def test_a_date_after_header_separators_is_a_stamp() -> None:
    assert _stamp("Harbour News · Business · Friday 6 March 2026\n\nIt reopened.", "Friday 6 March 2026")
    assert _stamp("Valley Gazette • 12 June 2026\n\nFarmers met.", "12 June 2026")


def test_a_date_in_prose_after_a_dot_stays_a_date() -> None:
    assert not _stamp("The port said · on Friday 6 March 2026 it would reopen.", "Friday 6 March 2026")


def test_a_header_stamp_does_not_move_another_source_bare_weekday() -> None:
    # The trade weekly's header date is its publication day, no day of the story: the wire's
    # "Monday", said on a Tuesday, stays the day before.
    wire = Article.from_text(
        "The port authority said its new $40 million crane was in service, in a notice issued at 9:00 a.m. "
        "local time (2200 GMT on Monday).",
        id="a", published="2026-03-03")
    weekly = Article.from_text(
        "Harbour Trade Weekly · Ports · Monday 9 March 2026\n\n"
        "The port authority's new $40 million crane has arrived, a week behind schedule.",
        id="b", published="2026-03-09")
    days = {m.value.start.isoformat() for f in compare([wire, weekly]).facts for m in f.mentions
            if m.source == "a" and m.raw == "Monday"}
    assert days == {"2026-03-02"}
