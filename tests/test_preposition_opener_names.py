"""A preposition opening a sentence before a name ("For Tilda Marrish, ...") leaves the name (invented text).

Why: a capitalized run that starts a sentence takes its opening word with it.
A listed given name after it cuts the run there ("For Jane Roe"), and a
connective is cut off an unlisted one ("But Oswin Treharne"); a preposition
was not, so "For Tilda Marrish, who runs a yarn shop, the timing could hardly
be worse" found nobody, no sentence subject either, and the shopkeeper's
“...,” she said later had no speaker.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.entities import scan, split_title
from sourcediff.pipeline import analyse


def people(text: str) -> list[str]:
    return [f.name for f in scan(text).found if f.type == "person"]


@pytest.mark.parametrize(("text", "name"), [
    ("For Qessa Marrish, who runs a yarn shop on Kettle Row, the timing could hardly be worse.",
     "Qessa Marrish"),
    ("With Orvald Pennack, the club's captain, out injured, the side struggled.", "Orvald Pennack"),
    ("Unlike Brisa Tallowmere, the council's leader, most members backed the plan.", "Brisa Tallowmere"),
])
def test_a_preposition_before_an_unlisted_given_name_leaves_the_name(text: str, name: str) -> None:
    assert people(text) == [name]


def test_a_preposition_and_a_lone_surname_stay_a_run_of_their_own() -> None:
    assert split_title(["For", "Marrish"]) == ([], ["For", "Marrish"])


def test_she_said_after_a_preposition_led_paragraph_is_that_person() -> None:
    body = ("Small traders in Brellow say they will feel the pinch.\n\n"
            "For Qessa Marrish, who sells hand-dyed wool online, the timing could hardly be worse. "
            "She posts about 200 packets a week.\n\n"
            "\u201cI can't put that on my prices overnight,\u201d she said.")
    article = Article.from_text("Stamp prices to rise\n\n" + body, id="s0", published="2027-03-12")
    got = {m.raw: m.speaker for m in analyse(article).mentions if m.kind.value == "quote"}
    assert got["I can't put that on my prices overnight"] == "Qessa Marrish"
