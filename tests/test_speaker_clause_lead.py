"""A person with a role who opens a clause after ", and" is who a following "he said" means (invented text).

Local copy writes "Enrolment fell for a third year, and head teacher Oswin
Tarrant was frank about it. \"We have to win families back,\" he said." The
quote is its own paragraph; the name was not at a sentence's start, so the
"he" found nobody and the quote had no speaker.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.quotes import extract
from sourcediff.model import Article
from sourcediff.segment import segment


def speaker_of(text: str, words: str) -> str | None:
    article = Article.from_text(text, id="t")
    hits = [m for m in extract(article, segment(article)) if words in m.raw]
    assert hits, f"no quote containing {words!r}"
    return hits[0].speaker


@pytest.mark.parametrize("clause", [
    "Enrolment at the academy fell for a third year, and head teacher Oswin Tarrant",
    "The council cut the grant, but union leader Oswin Tarrant",
    "Parents were angry, while school governor Dr Oswin Tarrant",
])
def test_a_role_after_and_makes_its_name_the_subject(clause: str) -> None:
    text = f"{clause} was frank about it.\n\n\"We have to win families back,\" he said."
    assert speaker_of(text, "win families back") == "Oswin Tarrant"


def test_a_name_as_object_after_and_is_no_subject() -> None:
    text = ("Parent Mr Colm Reddy, 41, said: \"We were told nothing.\"\n\n"
            "The board met on Monday, and sacked Oswin Tarrant.\n\n\"It is a scandal,\" he said.")
    assert speaker_of(text, "scandal") == "Colm Reddy"


def test_a_listed_name_after_and_without_a_role_is_no_subject() -> None:
    text = ("Parent Mr Colm Reddy, 41, said: \"We were told nothing.\"\n\n"
            "The panel heard from the bursar, the chair, and Oswin Tarrant.\n\n\"It is a scandal,\" he said.")
    assert speaker_of(text, "scandal") == "Colm Reddy"
