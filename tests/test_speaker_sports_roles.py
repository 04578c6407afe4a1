"""A player's position is a role: "Former defenceman Ray Hollin was blunt about it: "..."" names its speaker.

A sports story opens its sentences with a position before the name as a
news story opens them with a job ("Former councillor Ray Hollin ..."): the
sentence's subject is that person, and a quote the colon introduces is his.
Before, a position the role nouns did not hold ("defenceman", "goaltender")
left the quote without a speaker. Every name and sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.quotes import extract as quotes
from sourcediff.model import Article
from sourcediff.segment import segment


def speaker_of(text: str, words: str) -> str | None:
    article = Article.from_text(text, id="t")
    hits = [m for m in quotes(article, segment(article)) if words in m.raw]
    assert hits
    return hits[0].speaker


@pytest.mark.parametrize("opening", [
    "Former defenceman Ray Hollin was blunt about it:",
    "Veteran goaltender Ray Hollin, who retired in the spring, put it plainly:",
    "Rovers midfielder Ray Hollin was in no doubt:",
    "Retired jockey Ray Hollin, 58, was blunt:",
])
def test_a_position_before_the_name_makes_the_subject_the_speaker(opening: str) -> None:
    text = "The club met on Monday.\n\n" + opening + ' "If they cannot keep him, somebody should go."'
    assert speaker_of(text, "cannot keep him") == "Ray Hollin"
