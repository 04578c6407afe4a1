"""A date's tense is read from its own predicate, not a neighbouring one (invented text).

Three ways a tense cue of another clause reached a date:

* a forward word of an outer clause vetoed the past of a subordinate one
  (`datetense._ahead_before`): "it would not give a figure when the Gazette
  asked on Friday", dated a Tuesday, kept the -3..+3 rule, and the Friday
  gone by went to the coming one;
* a past of a first predicate dated a second, present one joined by "and
  has" (`datetense._cue`): "opened an inquiry last Wednesday and has given
  the firm until October 29", dated 18 October, sent the deadline still to
  come to the October of the year before;
* the past inside an infinitive of purpose after the date
  (`datetense._tense`): "until October 29 to explain what went wrong" read
  "went" as the date's own tense, with the same result.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _days(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


def test_a_subordinate_past_dates_its_weekday_despite_an_outer_would() -> None:
    text = ("The firm said 1,300 sheep had been found by Wednesday evening, but it would not give "
            "a newer figure when the Gazette asked on Friday.")
    assert _days(text, "2027-10-19")["Friday"] == "2027-10-15"


def test_a_forward_word_inside_the_subordinate_clause_still_looks_ahead() -> None:
    text = "The mayor said she would resign when the council meets on Friday."
    assert _days(text, "2027-10-19")["Friday"] == "2027-10-22"


@pytest.mark.parametrize("text", [
    "The regulator opened an inquiry last Wednesday and has given the firm until October 29 to "
    "explain what went wrong.",
    "The regulator opened an inquiry last Wednesday and has given the firm until October 29.",
    "The board has given the club until October 29 to explain what went wrong.",
])
def test_a_deadline_of_a_present_predicate_stays_ahead(text: str) -> None:
    assert _days(text, "2027-10-18")["October 29"] == "2027-10-29"


def test_a_past_deadline_keeps_its_own_past() -> None:
    # the predicate of the date is past itself: the deadline has gone by
    text = "The club was given until October 2 to explain what went wrong."
    assert _days(text, "2027-10-18")["October 2"] == "2027-10-02"
