"""Quoted words after "thanked/praised/blamed someone for" are the thanker's (quotes.CHARACTERIZING).

"She thanked branches for “holding the line”" quotes her as surely as "she
described it as “...”" does. Every sentence here is invented.
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
    # a pronoun subject in a paragraph of its own, after the person spoke in the paragraph before
    ('Harbour pilots end dispute\n\nPilots\' leader Catriona Bell spoke by video link. "We have a deal '
     'we can sign," she said.\n\nShe thanked crews for "keeping the boats moving through a wild winter" '
     'and said talks on rosters would follow.', "keeping the boats moving", "Catriona Bell"),
    # a named subject, the verb's object between it and the quote
    ('Mayor Ewan Tosh praised the volunteers for "turning out in the rain night after night" at the '
     'flood barriers.', "turning out in the rain", "Ewan Tosh"),
    ('Councillor Nia Rowe blamed the operator for "years of putting profit before passengers".',
     "years of putting profit", "Nia Rowe"),
    ('Fleet manager Joel Harte hailed the new timetable as "the biggest change since the bridge opened".',
     "the biggest change since", "Joel Harte"),
    ('Inspector Ruth Okafor criticised the landlord for "ignoring every warning letter we sent".',
     "ignoring every warning letter", "Ruth Okafor"),
])
def test_thanking_and_praising_quote_their_subject(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_a_thank_you_without_a_quote_nearby_is_no_attribution() -> None:
    # "thanked" far from the quote, in another clause, hands the quote to no one new
    text = ('Ferry chief Marta Lind thanked the crews at length for their work through the storms of the '
            'winter and the long nights. Passengers called the new timetable "a mess".')
    assert speaker_of(text, "a mess") != "Marta Lind"


def test_the_earlier_speaker_keeps_a_plain_statement() -> None:
    text = ('"We will sign on Friday," said union secretary Dev Arora. He thanked members for their '
            'patience.')
    assert speaker_of(text, "We will sign on Friday") == "Dev Arora"
