"""A "with" phrase after a date is verbless: its "-ed" adjective is no past cue (invented text).

A trade site dated 8 March 2027 wrote "Catch-up rounds are planned for 2
Saturdays, 27 March and 3 April, with crews working extended shifts". With
no cue in the short clause before "3 April", the words after it were read,
and "extended" (an adjective before "shifts") sent 3 April to 2026; the
article's tenseless "from 1 April" followed it by month.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _days(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


def test_an_ed_adjective_in_a_with_phrase_does_not_send_the_day_back() -> None:
    text = ("Extra rounds are planned for two weekends, 27 March and 3 April, with drivers working "
            "extended shifts of up to ten hours.\n\nThe new rates apply from 1 April.")
    days = _days(text, "2027-03-08")
    assert days["3 April"] == "2027-04-03"
    assert days["1 April"] == "2027-04-01"


def test_a_past_verb_after_an_opening_date_still_looks_back() -> None:
    # The date opens the clause and the verb after it is its own: past, so the April before.
    assert _days("On 3 April, inspectors closed the depot.", "2027-03-08")["3 April"] == "2026-04-03"
