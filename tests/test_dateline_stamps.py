"""A wire's dateline date ("KASTEL, Nov 12 (CPA) -") is the day the agency filed: a stamp, not an event."""

from __future__ import annotations

import pytest

from sourcediff.extract import dates
from sourcediff.extract.stamps import STAMP, dateline_date
from sourcediff.model import Article


def _at(text: str, word: str) -> tuple[str, int, int]:
    start = text.index(word)
    return text, start, start + len(word)


@pytest.mark.parametrize(("text", "date"), [
    ("KASTEL, Nov 12 (Baltra News Agency) - Norvenia will raise its wage.", "Nov 12"),
    ("DOLNI BROD, Ostrevia, Nov 15 (CPA) – Floods closed the road.", "Nov 15"),
    ("Wage rise announced\nPORT VEYRA, Valdora, March 3 (NPA) — The port reopened.", "March 3"),
    ("ST. ALDRIC, 4 June (Meridian Press) - A fire broke out.", "4 June"),
])
def test_a_dateline_s_date_is_a_stamp(text: str, date: str) -> None:
    assert dateline_date(*_at(text, date))


@pytest.mark.parametrize(("text", "date"), [
    ("The council met in KASTEL, Nov 12 (a Thursday) - and voted.", "Nov 12"),  # not opening its line
    ("On Nov 12 (Thursday) - the day of the vote - fares rose.", "Nov 12"),  # no place in capitals
    ("KASTEL, Nov 12 (Baltra News Agency) said the fare rose.", "Nov 12"),  # no dash after the agency
    ("Kastel, Nov 12 (CPA) - fares rose.", "Nov 12"),  # a place in running capitals only
])
def test_dates_that_are_no_dateline(text: str, date: str) -> None:
    assert not dateline_date(*_at(text, date))


def test_the_dateline_s_date_is_marked_but_the_lead_s_own_date_is_not() -> None:
    text = ("LARKFIELD, Sept 10 (NWA) - Larkfield council will raise the bus fare to £2.10 from October 5, "
            "the council announced on Thursday.")
    article = Article.from_text(text, id="w", published="2026-09-10")
    from sourcediff.segment import segment

    found = {m.raw: m.cues for m in dates.extract(article, segment(article))}
    assert STAMP in found["Sept 10"]
    assert STAMP not in found["October 5"] and STAMP not in found["Thursday"]
