"""A lower-case office "of" a body between commas describes the name before it, whatever the body is.

Why: in "Tom Hale, head of the RVI, said: ..." the segment "head of the RVI"
was read as a name: "head" is no role noun on its own, so the capitalized
acronym after "of" was taken for the person speaking, and the quote (and any
"he said" after it) went to the body, not to the man who heads it.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def speakers(body: str) -> list[str | None]:
    article = Article.from_text("River keeps rising\n\n" + body, id="s0", published="2026-03-03")
    return [m.speaker for m in analyse(article).mentions if m.kind.value == "quote"]


@pytest.mark.parametrize(("body", "speaker"), [
    ('Tom Hale, head of the RVI, said: "The water does not read forecasts."', "Tom Hale"),
    ('Dr Jane Roe, head of the RVI, said the river was still rising. "The water does not read forecasts," '
     'she said.', "Jane Roe"),
    ('Tom Hale, head of RVI, said the river was rising. "We are watching it every hour," he told reporters.',
     "Tom Hale"),
    ('Ana Voss, head of the KPL, told the hearing: "We found the fault in March."', "Ana Voss"),
])
def test_office_of_an_acronym_leaves_the_person(body: str, speaker: str) -> None:
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(("body", "speaker"), [
    ('Tom Hale, chief of the RVI, said: "The water does not read forecasts."', "Tom Hale"),
    ('Jane Roe, director of the Rivermouth Valley Institute, said: "The water does not read forecasts."',
     "Jane Roe"),
    ('"The water does not read forecasts," said Tom Hale, head of the RVI.', "Tom Hale"),
])
def test_other_appositives_keep_their_person(body: str, speaker: str) -> None:
    assert speakers(body) == [speaker]
