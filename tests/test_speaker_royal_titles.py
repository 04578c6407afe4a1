"""A royal or church title after "the" is a speaker: "the Duke said:", "the Duchess said" (invented text).

"Speaking outside the hospital, the Duke said: “...”" was no attribution
("duke" was no role noun), so the quote took the last speaker named in the
paragraph before, the wrong person. Titles now stand as roles the way
"the king" and "the minister" did.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind
from sourcediff.pipeline import analyse


def speakers(text: str) -> list[tuple[str, str | None]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-06-09")).mentions
    return [(m.raw, m.speaker) for m in ms if m.kind is Kind.QUOTE]


BEFORE = 'Her neighbour, Agnes Pell, said she had heard "the whole street cheering at once."\n\n'


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('Speaking at the gates, the Duke said: "We are thrilled and very tired tonight."', "Duke"),
    ('"It was a joy to meet every nurse on the ward," the Duchess said.', "Duchess"),
    ('At the cathedral, the Archbishop said: "This is a day of thanks for the whole city."', "Archbishop"),
    ('"We pray for mother and child tonight," the Pope said.', "Pope"),
])
def test_a_title_speaks_for_its_own_quote(sentence: str, speaker: str) -> None:
    found = speakers(BEFORE + sentence)
    assert found[-1][1] == speaker
    assert all(sp != speaker for _, sp in found[:-1])


def test_the_previous_speaker_keeps_an_unattributed_follow_up() -> None:
    text = BEFORE + '"I have never heard anything like it in forty years here."'
    assert speakers(text)[-1][1] == "Agnes Pell"
