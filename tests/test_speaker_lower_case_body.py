"""A person named before "of" a body written in lower case still speaks.

"Dr. Oskar Lindvall of the Northmoor Institute said" gave the quote to
Lindvall, but with the body in lower case ("of the tenants' union", "of the
residents association") the phrase ended on a lower-case word and was read
whole as a role: with a role noun in it the whole phrase became the speaker
("Corin Maddox of the residents association"), without one no one spoke,
and a quote another outlet credits to someone else was not seen as
misattributed. Every name and sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.quotes import extract as quotes
from sourcediff.model import Article
from sourcediff.segment import segment

QUOTE = '"We have waited ten years for this library to open its doors again,"'


def speaker_of(text: str, words: str) -> str | None:
    article = Article.from_text(text, id="t")
    hits = [m for m in quotes(article, segment(article)) if words in m.raw]
    assert hits
    return hits[0].speaker


@pytest.mark.parametrize("tail", [
    "Corin Maddox of the tenants' union told the crowd outside the hall, to loud cheers.",
    "Corin Maddox of the residents association said.",
    "Corin Maddox of the union told reporters.",
    "Corin Maddox from the parish council said on Monday.",
    "said Corin Maddox of the tenants' union.",
])
def test_the_person_before_a_lower_case_body_speaks(tail: str) -> None:
    assert speaker_of(f"{QUOTE} {tail}", "waited ten years") == "Corin Maddox"


def test_a_capitalized_body_still_leaves_the_person() -> None:
    text = f"{QUOTE} Corin Maddox of the Tenants Union told reporters."
    assert speaker_of(text, "waited ten years") == "Corin Maddox"


def test_a_role_of_a_lower_case_body_stays_a_role() -> None:
    text = f"{QUOTE} the chair of the residents association said."
    assert speaker_of(text, "waited ten years") != "Corin Maddox"


def test_a_subject_ending_on_its_preposition_reads_no_one() -> None:
    text = f"{QUOTE} Corin Maddox of said."
    assert speaker_of(text, "waited ten years") is None
