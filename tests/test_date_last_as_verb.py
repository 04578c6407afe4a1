"""The verb "last" ("will last until", "due to last until") is no past cue for its date (invented text).

A paper dated 9 March 2027 wrote "the strike is due to last until 21
March": "last" was read as in "last March", the clause as past, and the
coming end of the strike went to 21 March 2026.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _days(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize(("text", "day"), [
    ("The walkout by refuse crews will last until March 21.", "March 21"),
    ("The strike is due to last until 21 March, the union said.", "21 March"),
    ("Engineers said the closure of the Harrow Lane bridge could last until April 2.", "April 2"),
    ("The stoppage is expected to last until 21 March.", "21 March"),
])
def test_the_verb_last_looks_ahead_to_a_coming_day(text: str, day: str) -> None:
    assert _days(text, "2027-03-09")[day][:4] == "2027"


@pytest.mark.parametrize(("text", "day"), [
    ("Fares last rose on 2 March.", "2 March"),
    ("The last stoppage lasted from 14 February and was called off.", "14 February"),
])
def test_last_as_an_adverb_still_looks_back(text: str, day: str) -> None:
    # Published 2027-01-20: 2 March and 14 February of 2027 are still to come; the past ones are 2026.
    assert _days(text, "2027-01-20")[day] == {"2 March": "2026-03-02", "14 February": "2026-02-14"}[day]
