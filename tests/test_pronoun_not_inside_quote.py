""""he said" after a quote naming someone else: the name inside the quote is not the speaker (invented text).

A broadsheet wrote 'the judge said ... "That allegation was false, and Mr
Harrow knew it," he said.': the latest sentence subject before "he" was
the name inside the quotation, so the judge's words went to the man he was
judging. A name inside a quotation is a word of its speaker's, never an
antecedent of the "he" or "she" who says it.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.speakers import _outside_quotes, _quoted
from sourcediff.model import Kind
from sourcediff.pipeline import analyse

PUBLISHED = "2027-07-01"


def _speakers(text: str) -> dict[str, str | None]:
    info = analyse(Article.from_text(text, published=PUBLISHED))
    return {text[m.span.start:m.span.end][:30]: m.speaker for m in info.mentions if m.kind is Kind.QUOTE}


@pytest.mark.parametrize(("text", "speaker"), [
    ("Mr Justice Penhallow ruled on Tuesday that the posts were defamatory.\n\n"
     "In his judgment, the judge said the claim had no basis. \u201cThat claim was false, and Mr Orton knew "
     "it was false when he wrote it,\u201d he said.\n\n"
     "Orton, who lives in Lenmouth, said he would appeal.\n", "Penhallow"),
    ("Coroner Miriam Eastgate recorded a verdict of misadventure on Tuesday.\n\n"
     "In her findings, the coroner said the crossing had been poorly lit. \u201cThe council knew the lamp "
     "was broken, and Mrs Gwen Tolley was right to warn them,\u201d she said.\n\n"
     "Tolley, who lives by the crossing, said she was relieved.\n", "Miriam Eastgate"),
])
def test_a_name_inside_the_quote_does_not_take_the_pronoun(text: str, speaker: str) -> None:
    assert set(_speakers(text).values()) == {speaker}, _speakers(text)


def test_a_subject_outside_quotes_still_takes_the_pronoun() -> None:
    text = ("Gareth Tolley, who lives beside the crossing, had warned the council twice.\n\n"
            "\u201cI told them the lamp was broken,\u201d he said.\n")
    assert set(_speakers(text).values()) == {"Gareth Tolley"}, _speakers(text)


def test_only_names_between_closed_double_marks_are_dropped() -> None:
    text = 'Roe spoke. "Then Poe came in," he said. Loe left.\n"Unclosed Zoe'
    quoted = _quoted(text)
    found = ((0, "Roe"), (text.index("Poe"), "Poe"), (text.index("Loe"), "Loe"), (text.index("Zoe"), "Zoe"))
    assert [n for _, n in _outside_quotes(found, quoted)] == ["Roe", "Loe", "Zoe"]
