"""Quoted words after "welcomed/greeted ... as" are the welcomer's (quotes.CHARACTERIZING).

"The union welcomed the offer as “a fair start”" quotes the union as surely
as "described it as" does. Without the cue the quote was carried over from
the sentence before, and two people credited with one quote read as a
divergence. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.quotes import extract
from sourcediff.model import Mention
from sourcediff.segment import segment


def quotes(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text, id="t")
    return extract(article, segment(article))


def speaker_of(text: str, words: str) -> str | None:
    hits = [m for m in quotes(text) if words in m.raw]
    assert hits, f"no quote containing {words!r} in {[m.raw for m in quotes(text)]}"
    return hits[0].speaker


@pytest.mark.parametrize("text, words, speaker", [
    # an organisation's subject after a person quoted in the sentence before
    ('Transport minister Lena Doyle said the result showed that “hard bargaining pays”. The Rail Users '
     'Forum (RUF), which had collected complaints from commuters for a year, welcomed the deal as “a win '
     'for the people who stand on these platforms” every morning.', "a win for the people",
     "Rail Users Forum"),
    ('Councillor Mia Brandt said the vote was “a fair outcome”. The Harbour Traders Association welcomed '
     'the ruling as “a victory for the small shops on the quay”.', "a victory for the small shops",
     "Harbour Traders Association"),
    # no quote before: the subject was not found at all
    ('Mayor Tom Reese welcomed the decision as “long overdue and badly needed by the town”.',
     "long overdue", "Tom Reese"),
    ('Head teacher Ola Brenning greeted the report as “proof that the staff never gave up on these '
     'children”.', "proof that the staff", "Ola Brenning"),
])
def test_welcoming_as_quotes_its_subject(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_a_welcome_far_from_the_quote_hands_it_to_no_one_new() -> None:
    # "welcomed" in a clause of its own, the quote in another sentence: the quote keeps its own speaker
    text = ('The council welcomed the visitors at the town hall on Friday morning with a short speech. '
            '“We have waited a long time for this,” said Mayor Jon Idris.')
    assert speaker_of(text, "We have waited") == "Jon Idris"
