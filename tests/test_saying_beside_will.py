"""A day dating a past saying is read before a "will" further off in its clause (invented text).

"Shopkeepers say they will feel the pinch after the postal service confirmed
on Tuesday that ..." in a paper of the Friday after: "confirmed on Tuesday"
dates the confirming, which is past, and it stands nearer the day than the
outer clause's "will". A reporting verb is no tense cue of its own (what
was said is often the dated thing), so the shape "verb + on <day>" that
`_day_of_saying` reads was asked only when the clause gave no tense, and the
"will" sent the Tuesday to the one still to come.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.datetense import _dated_saying
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _days(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize("text", [
    "Shopkeepers in Brellow say they will feel the pinch after the postal service confirmed on Tuesday "
    "that a stamp will cost more.",
    "Drivers will pay more at the pumps after the refiner announced on Tuesday that it would cut output.",
    "Commuters will pay more after the operator said in a statement on Tuesday that fares would rise.",
])
def test_a_dated_saying_beats_a_further_will(text: str) -> None:
    assert _days(text, "2027-06-11")["Tuesday"] == "2027-06-08"


@pytest.mark.parametrize("text", [
    "The new fares will be announced on Tuesday.",
    "The winners are due to be confirmed on Tuesday.",
    "The mayor will speak to reporters on Tuesday.",
    "The firm said it will confirm the closures on Tuesday.",
])
def test_a_saying_still_to_come_keeps_its_day_ahead(text: str) -> None:
    assert _days(text, "2027-06-11")["Tuesday"] == "2027-06-15"


def test_only_a_past_reporting_verb_dates_the_saying() -> None:
    assert _dated_saying("they will feel the pinch after the firm confirmed on".split()) is True
    assert _dated_saying("the results will be announced on".split()) is False
    assert _dated_saying("the board will meet on".split()) is False
