"""A company named alone ("..., Tallowmere says") is never the "he" or "she" of a later quote.

An outlet names a company in full once ("Tallowmere Energy") and then by
its first word as the subject of "says". That one word was read as a
person's name, so a later "he said" went to the company. Every name and
sentence is invented.
"""

from __future__ import annotations

from sourcediff.extract.quotes import extract as quotes
from sourcediff.model import Article
from sourcediff.segment import segment

QUOTE = '"It is the best news this valley has had in years," he said.'


def speaker_of(text: str, words: str) -> str | None:
    article = Article.from_text(text, id="t")
    hits = [m for m in quotes(article, segment(article)) if words in m.raw]
    assert hits
    return hits[0].speaker


def test_he_is_not_the_company_said_alone() -> None:
    text = ("Shares in Tallowmere Energy rose on Monday.\n\n"
            "Production could start by 2029, Tallowmere says, once the permits are signed.\n\n"
            "Nobody at the site expected it.\n\n" + QUOTE)
    assert speaker_of(text, "best news") != "Tallowmere"


def test_he_goes_to_the_person_named_before_the_company() -> None:
    text = ("Shares in Tallowmere Energy rose on Monday, and chief executive Ivo Yelverton was pleased.\n\n"
            "Production could start by 2029, Tallowmere says, once the permits are signed.\n\n" + QUOTE)
    assert speaker_of(text, "best news") == "Ivo Yelverton"


def test_a_person_known_by_that_name_still_speaks() -> None:
    text = ("Dara Tallowmere, who runs the site, was at the quay on Monday.\n\n"
            "Production could start by 2029, Tallowmere says, once the permits are signed.\n\n" + QUOTE)
    assert speaker_of(text, "best news") == "Dara Tallowmere"
