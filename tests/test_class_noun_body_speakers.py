"""A lower-case class noun right after "of" describes the body after it: the person before "of" speaks.

Why: in "Jo Roe of broker Finch Securities said ..." the role noun
("broker") and the capitalized run after it were read as "Chamber of
Commerce chair Yvonne Marsh", a role titling the person named last, so the
quote went to "Finch Securities". There a capitalized body name sits
between "of" and the role noun; here only describing words do (lower case,
or a place's "-based" compound).
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def speakers(body: str) -> list[str | None]:
    article = Article.from_text("Grain prices slip\n\n" + body, id="s0", published="2026-03-03")
    return [m.speaker for m in analyse(article).mentions if m.kind.value == "quote"]


@pytest.mark.parametrize("body", [
    "Jo Roe of broker Finch Securities said the harvest was \u201cbetter than feared\u201d.",
    "Jo Roe of Delft-based broker Finch Securities said the harvest was \u201cbetter than feared\u201d.",
    "Jo Roe of consultancy Vale Partners said the harvest was \u201cbetter than feared\u201d.",
])
def test_class_noun_after_of_leaves_the_person(body: str) -> None:
    assert speakers(body) == ["Jo Roe"]


def test_body_name_before_its_role_noun_still_titles_the_person() -> None:
    body = 'Riverside Chamber of Commerce chair Yvonne Marsh said: "The harvest was better than feared."'
    assert speakers(body) == ["Yvonne Marsh"]
