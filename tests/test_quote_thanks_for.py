"""Quoted words after "thanked/praised/blamed someone for" are the thanker's (quotes.CHARACTERIZING).

"She thanked branches for “holding the line”" quotes her as surely as "she
described it as “...”" does. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.quotes import extract
from sourcediff.model import Mention
from sourcediff.pipeline import analyse
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


# The same verbs through the whole pipeline: a pronoun subject resolves to the speaker before it.
def analysed_quotes(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-08-19"))
    return [(m.raw, m.speaker) for m in info.mentions if m.kind.value == "quote"]


def test_a_pronoun_that_thanked_someone_in_quoted_words() -> None:
    text = ('Mayor Ana Ruiz visited the flood barrier on Tuesday. "We held the line," Ruiz said.\n\n'
            'She thanked "the volunteers who filled sandbags all night."')
    assert analysed_quotes(text) == [("We held the line", "Ana Ruiz"),
                            ("the volunteers who filled sandbags all night", "Ana Ruiz")]


def test_praised_and_hailed_with_a_named_subject() -> None:
    assert analysed_quotes('Coach Dan Hale praised "a side that never stopped running" after the final.') == [
        ("a side that never stopped running", "Dan Hale")]
    hailed = 'Minister Lena Ost hailed "a turning point for the whole region" in her speech.'
    assert analysed_quotes(hailed) == [("a turning point for the whole region", "Lena Ost")]


def test_thanks_to_a_quoted_name_is_no_attribution() -> None:
    got = analysed_quotes('Thanks to "Operation Shield", thefts in the old town fell by a third last year.')
    assert all(speaker is None for _, speaker in got)
