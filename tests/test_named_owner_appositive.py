"""An unlisted given name is a person's when a body's possessive opens the role after it: "Ekwueme Darr,
Tolvane Mining's chief executive, said" reads as "its chief executive" does; a university's officers too."""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def people(text: str) -> list[str]:
    info = analyse(Article.from_text(text, id="s", published="2026-04-02"))
    return [m.raw for m in info.mentions if m.kind is Kind.PERSON]


@pytest.mark.parametrize(("text", "name"), [
    ("Ekwueme Darr, Tolvane Mining's chief executive, said output would rise.", "Ekwueme Darr"),
    ("Yusra Quell, Harbry College's head of admissions, said offers would go out in May.", "Yusra Quell"),
    ("Tavi Oyelowo, the institute's pro-vice-chancellor for research, said the money was welcome.",
     "Tavi Oyelowo"),
    ("Ndidi Farrash, Corlan's provost, said the vote was close.", "Ndidi Farrash"),
])
def test_a_named_owners_role_makes_the_name_a_persons(text: str, name: str) -> None:
    assert name in people(text)


def test_a_place_before_a_named_owners_noun_is_no_person() -> None:
    assert people("Visitors from Port Ellary, Tolvane Mining's largest harbour, said little.") == []
