"""A bare month after "from" stays a date when a place opens the clause after it (invented text).

A capital after a bare month reads it as a given name ("August Wilson"), so
"from September Lunderholm will be a stop on the line" lost its month and
the local paper's start date never met the other outlets' "September". After
"from", a month that is no given name opens a period; the months that are
also given names ("a letter from June Carter") stay names.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _months(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize(("text", "raw", "start"), [
    ("From November Brackwell will have its own ferry terminal, the council said.", "November", "2026-11-01"),
    ("The bridge reopens in spring, and from October Hollin Road will carry buses again.",
     "October", "2026-10-01"),
    ("Tolls will rise from December Kestrel Way drivers will pay twice as much.", "December", "2026-12-01"),
])
def test_from_and_a_month_before_a_place_is_a_date(text: str, raw: str, start: str) -> None:
    assert _months(text, "2026-05-20").get(raw) == start


@pytest.mark.parametrize("text", [
    "The plaque was a gift from June Carter, who taught at the school for 40 years.",
    "A letter from April Dunmore was read out at the meeting.",
    "August Pellow chaired the meeting.",
])
def test_a_month_that_is_a_given_name_stays_a_name(text: str) -> None:
    assert not _months(text, "2026-05-20")
