"""A kin or role noun heading an apposition ("his sister, Petra Dalby,") shows the pronoun of the name.

The name's pronoun is read from the word right before it (extract/pronouns.py);
news copy often puts a comma between the noun and the name. Without it, the
woman named just before a quote closed by "she said" was not known to take
"she", and the quote went to another woman named paragraphs earlier.
"""

from __future__ import annotations

from sourcediff import Article, compare

TEXT = (
    "Harbour master Greta Olund said the quay at Fenmoor would reopen on Monday.\n\n"
    "\"We expect a normal service by the afternoon,\" she said.\n\n"
    "In a statement read at the harbour, Mr Dalby's sister, Petra Dalby, thanked the lifeboat crews.\n\n"
    "\"He was the kindest man any of us knew, and the sea was his whole life,\" she said.\n"
)


def _speakers(text: str) -> dict[str, str | None]:
    report = compare([Article.from_text(text, id="s0", published="2026-04-02")])
    return {m.raw[:12]: m.speaker for f in report.facts if f.kind.value == "quote" for m in f.mentions}


def test_a_quote_closed_by_she_said_goes_to_the_woman_named_in_an_apposition() -> None:
    speakers = _speakers(TEXT)
    assert speakers["He was the k"] == "Petra Dalby"
    assert speakers["We expect a "] == "Greta Olund"
