"""A tail-only segment between the last comma and the verb leaves the subject before it (invented text).

"His brother Idris, who drove through the night, had earlier told reporters:
"..."" is Idris's quotation: the segment right before "told" is "had
earlier", an auxiliary and an adverb, which name nobody. Read as the
subject, they left the quotation without a speaker.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.quotes import extract
from sourcediff.model import Article
from sourcediff.segment import segment

EARLIER = "The ferry reached Portlow harbour on Monday night after two days adrift.\n\n"
QUOTE = '"We waited by the radio for two days and nobody slept at all."'


def speaker_of(text: str) -> str | None:
    article = Article.from_text(text, id="t")
    hits = [m for m in extract(article, segment(article)) if "radio" in m.raw]
    assert hits, "no quotation found"
    return hits[0].speaker


@pytest.mark.parametrize(("lead", "speaker"), [
    ("His brother Idris, who drove through the night, had earlier told reporters:", "Idris"),
    ("Saskia Orlen, 52, whose son was aboard, on Monday told the Herald:", "Saskia Orlen"),
    ("Harbour master Piet Okoro, who met the ferry, has also said:", "Piet Okoro"),
])
def test_the_subject_stands_before_a_tail_only_segment(lead: str, speaker: str) -> None:
    assert speaker_of(EARLIER + lead + " " + QUOTE + "\n") == speaker


def test_a_real_subject_after_the_comma_still_speaks() -> None:
    lead = "Harbour master Piet Okoro met the ferry, and his deputy Lena Voss told reporters:"
    assert speaker_of(EARLIER + lead + " " + QUOTE + "\n") == "Lena Voss"
