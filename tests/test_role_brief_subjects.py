"""A role followed by its brief, then a name, opens a sentence with that person as subject.

"Cabinet member for transport Owen Darrow defended the plan." was no
sentence subject: the lower-case words before the name end in the brief
("transport"), not the role noun, so a later "he said" went to whoever
spoke before ("Planners warned ..."). A role noun tied to its brief by
"for" or "of" now heads the phrase. Every name and sentence is invented.
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


@pytest.mark.parametrize("lead", [
    "Cabinet member for transport Owen Darrow",
    "Director of housing Owen Darrow",
    "Deputy director of public health Owen Darrow",
    "Shadow spokesman for rural affairs Owen Darrow",
])
def test_a_role_with_its_brief_makes_the_subject(lead: str) -> None:
    text = (f"Inspectors told the board that the depot scheme was late. {lead} defended the plan. "
            "\u201cWe will finish the depot by spring,\u201d he said.")
    assert speaker_of(text, "finish the depot") == "Owen Darrow"


def test_a_verb_before_the_role_still_makes_an_object() -> None:
    text = ("Inspector Mara Quill led the review. Police arrested head of security Owen Darrow on Friday. "
            "\u201cThe review found the gaps we feared,\u201d she said.")
    assert speaker_of(text, "found the gaps") == "Mara Quill"


@pytest.mark.parametrize("lead", [
    "Cabinet member for transport Bramwell Ennisby",
    "Deputy director of public health Bramwell Ennisby",
    "Shadow spokesperson for rural affairs Bramwell Ennisby",
])
def test_a_role_with_its_brief_names_a_person_no_list_holds(lead: str) -> None:
    text = (f"Inspectors told the board that the depot scheme was late. {lead} defended the plan. "
            "\u201cWe will finish the depot by spring,\u201d he said.")
    assert speaker_of(text, "finish the depot") == "Bramwell Ennisby"


def test_a_spokesman_for_a_body_names_no_person() -> None:
    text = ("Bramwell Ennisby chairs the board. A spokesman for the Harbour Trust declined to comment. "
            "\u201cWe will finish the depot by spring,\u201d he said.")
    assert speaker_of(text, "finish the depot") != "Harbour Trust"
