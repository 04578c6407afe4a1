"""Field and wildlife roles open a sentence with its subject: "Chief ranger Ana Roe ..." (invented text).

"Head warden Ilse Brandvold, who has worked the reserve for 20 years, watched
from the ridge. \"It went better than we hoped,\" he said." credited the
quote to the last subject before, because "warden" was no role noun and the
name did not count as the sentence's subject.
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


@pytest.mark.parametrize("role", ["Chief ranger", "Head warden", "Ecologist", "Senior vet",
                                  "Wildlife biologist", "Estate gamekeeper", "Museum curator"])
def test_a_field_role_before_the_name_makes_it_the_subject(role: str) -> None:
    text = ("Marta Pellegrin, who chairs the hill farmers' group, was at the gate. \"We want answers,\" she "
            f"said.\n\n{role} Ilse Brandvold, who has worked the reserve for 20 years, watched from the "
            "ridge. \"It went better than we hoped,\" he said.")
    assert speaker_of(text, "better than we hoped") == "Ilse Brandvold"


def test_a_verb_before_the_name_keeps_it_an_object() -> None:
    text = ("Marta Pellegrin, who chairs the hill farmers' group, was at the gate. \"We want answers,\" she "
            "said.\n\nPolice questioned ranger Ilse Brandvold on Monday. \"It is a scandal,\" she said.")
    assert speaker_of(text, "scandal") == "Marta Pellegrin"
