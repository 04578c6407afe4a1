"""A witness named by what they were doing at the scene is the subject a later "he said" takes up.

Invented text. "Stunned hiker Maria Solberg, 41, was on the path below.",
then a paragraph later "“…,” she said.": the noun before the name is the
witness's part in the story as "teacher" or "driver" is a role, and without
it the quotation had no speaker.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind
from sourcediff.pipeline import analyse


def speakers(text: str) -> list[str | None]:
    ms = analyse(Article.from_text(text, id="x", published="2026-04-11")).mentions
    return [m.speaker for m in ms if m.kind is Kind.QUOTE]


@pytest.mark.parametrize(("text", "name"), [
    ("Stunned hiker Maria Solberg, 41, was on the path below the ridge.\n\n"
     "\"The whole slope just gave way. We ran for our lives,\" she said.", "Maria Solberg"),
    ("Shaken commuter Idris Penhallow was waiting on the platform when the roof fell.\n\n"
     "\"There was dust everywhere and people were screaming,\" he said.", "Idris Penhallow"),
    ("Horrified onlooker Helen Marsby saw the boat capsize.\n\n"
     "\"It went over in seconds,\" she said.", "Helen Marsby"),
])
def test_a_witness_named_at_the_scene_speaks(text: str, name: str) -> None:
    assert set(speakers(text)) == {name}
