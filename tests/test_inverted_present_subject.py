"""The subject of a present-tense inverted sentence, after a described role, is who "she" means.

"Among the staff who will lose their jobs is the library's chief archivist,
historian Jo Ode. '...,' she said": the sentence is about Ode, as "Among the
freed crew was Anneke Vos" is about Vos; read with a past verb only and no
role in apposition, the later "she" went back to an earlier named official.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _quotes(body: str) -> list[tuple[str, str | None]]:
    article = Article.from_text("Library cuts hours\n\n" + body, id="s0", published="2026-03-04")
    return [(m.raw, m.speaker) for m in analyse(article).mentions if m.kind is Kind.QUOTE]


_OPENING = ("The county's finance director, Piers Ambleton, said the cuts had been unavoidable. "
            '"We have had to close two branches," Mr Ambleton said.\n\n'
            "The library's manager, Ms Corva Lisle, said staff had been told on Monday.\n\n")


@pytest.mark.parametrize("inverted", [
    "Among the staff who will lose their jobs is the library's chief archivist, historian Jo Ode, who "
    "joined in 1994.",
    "Among those laid off are the branch's two porters and its archivist, Jo Ode.",
    "Among the staff leaving is Jo Ode, the archivist.",
])
def test_the_present_inverted_subject_takes_the_pronoun(inverted: str) -> None:
    body = (_OPENING + "Councillor Tam Welk said the county could not pay.\n\n" + inverted
            + '\n\n"I catalogued every map in this building. Nobody asked me about any of it," she said.')
    assert _quotes(body)[-1][1] == "Jo Ode"


def test_a_named_object_after_among_is_still_no_subject() -> None:
    body = (_OPENING + "She thanked, among others, the archivist Jo Ode.\n\n"
            '"We will reopen in the spring," she said.')
    assert _quotes(body)[-1][1] == "Corva Lisle"
