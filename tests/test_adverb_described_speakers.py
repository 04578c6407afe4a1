"""An -ly adverb describing a named speaker ("a visibly shaken Jane Roe said") is no subject tail.

Why: `patterns.SUBJECT_TAIL` cuts the words between a subject and its verb
at an -ly adverb ("Roe previously said", "the company reportedly said"), but
when a capitalized name follows the adverb (right after it or one word on) the
adverb describes the person still to come, and cutting there left "A" and no
speaker at all.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def speakers(body: str) -> list[str | None]:
    article = Article.from_text("Storm leaves village without power\n\n" + body, id="s0",
                                published="2026-03-03")
    return [m.speaker for m in analyse(article).mentions if m.kind.value == "quote"]


@pytest.mark.parametrize(("body", "speaker"), [
    ('A visibly shaken Jane Roe said: "The water came through the door in seconds."', "Jane Roe"),
    ('A clearly emotional John Doe told reporters: "My father built this house."', "John Doe"),
    ('"We lost everything in an hour," a visibly shaken Jane Roe said.', "Jane Roe"),
    ('"We lost everything in an hour," said a clearly emotional John Doe.', "John Doe"),
    ('The newly appointed Health Minister Jane Roe said: "Every family will be housed."', "Jane Roe"),
    ('A clearly tired Transport Minister Tom Hale told reporters: "The line reopens on Friday."', "Tom Hale"),
    ('Visibly shaken Jane Roe said: "The water came through the door in seconds."', "Jane Roe"),
])
def test_an_adverb_before_a_name_leaves_the_name(body: str, speaker: str) -> None:
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(("body", "speaker"), [
    ('Jane Roe previously said: "The embankment was never inspected."', "Jane Roe"),
    ('Tom Hale only recently said: "The embankment was never inspected."', "Tom Hale"),
    ('Jane Roe separately in a radio interview said: "The embankment was never inspected."', "Jane Roe"),
    ('Jane Roe reportedly told council staff: "The embankment was never inspected."', "Jane Roe"),
])
def test_an_adverb_after_the_subject_is_still_cut(body: str, speaker: str) -> None:
    assert speakers(body) == [speaker]
