"""A quoted "today" or "this morning" names the speaker's day, no date of the story (quoteddeixis.py).

Invented text. The date such a word alone names was read against each
article's own date, so one statement quoted by a paper on the 3rd ("this
morning") and by a weekly on the 5th ("Today") gave two rival days, a date
divergence about nothing the story tells. The part of day was already
marked as the time of speaking; the day now is too. Outside quotation marks,
or when the quote names its day ("on Tuesday"), the date keeps its reading.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import compare
from sourcediff.extract import extract
from sourcediff.extract.stamps import BRIEFING
from sourcediff.model import Article, Kind
from sourcediff.segment import segment


def dated(text: str, day: dt.date = dt.date(2026, 3, 10)) -> dict[str, tuple[str, ...]]:
    """The raw words of each date mention of ``text`` and its cues."""
    article = Article.from_text(text, id="a", published=day)
    return {m.raw: m.cues for m in extract(article, segment(article)) if m.kind is Kind.DATE}


def test_a_quoted_today_is_the_day_of_speaking() -> None:
    found = dated('"Today we brought the last of the climbers down," the Orrin Valley warden said.')
    assert BRIEFING in found["Today"]


def test_the_same_word_outside_the_quotation_keeps_its_reading() -> None:
    found = dated("The last of the climbers were brought down from Orrin Ridge today, the warden said.")
    assert BRIEFING not in found["today"]


def test_a_quoted_day_that_is_named_keeps_its_reading() -> None:
    found = dated('"We brought the last of them down on Tuesday," the Orrin Valley warden said.')
    assert BRIEFING not in found["Tuesday"]


def test_one_statement_quoted_on_two_days_is_no_date_divergence() -> None:
    a = Article.from_text('Climbers rescued\n\n"We brought the last of the climbers off Orrin Ridge this '
                          'morning, and every one of them is safe," said warden Tamsin Holloway.',
                          id="a", published=dt.date(2026, 3, 3))
    b = Article.from_text('Orrin rescue ends\n\nWarden Tamsin Holloway told reporters: "Today we brought the '
                          'last of the climbers off Orrin Ridge, and every one of them is safe."',
                          id="b", published=dt.date(2026, 3, 5))
    dates = [f for f in compare([a, b]).to_dict()["facts"] if f["kind"] == "date"]
    assert not any(f["status"] == "diverge" for f in dates)


def test_a_quoted_day_agrees_with_no_other_outlets_date() -> None:
    """A tabloid of the 4th quoting "hurt this morning" (said the day before) is no source of "4 March"."""
    trade = Article.from_text(
        "Funicular crash at Orrin\n\nThe Orrin Hill funicular hit a maintenance trolley on Tuesday, injuring "
        "eight passengers.\n\nEngineers lifted the car back on to the rails on 4 March, and the line "
        "reopened two days later.", id="trade", published=dt.date(2026, 3, 9))
    tabloid = Article.from_text(
        "Funicular smash\n\nEight people were hurt when the Orrin Hill funicular hit a trolley yesterday."
        "\n\nOperator boss Idris Penhallow said: \"Our thoughts are with everyone who was hurt this "
        "morning.\"",
        id="tabloid", published=dt.date(2026, 3, 4))
    dates = [f for f in compare([trade, tabloid]).to_dict()["facts"] if f["kind"] == "date"]
    lifted = [f for f in dates if any(m["text"] == "4 March" for m in f["mentions"])]
    assert len(lifted) == 1 and {m["source"] for m in lifted[0]["mentions"]} == {"trade"}
    # the day of the crash, told outside the quotation, still agrees
    assert any(f["status"] == "agree" and {m["text"] for m in f["mentions"]} == {"Tuesday", "yesterday"}
               for f in dates)
