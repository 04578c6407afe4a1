"""A quotation set apart after "X told Radio Y on Monday:" is X's.

A paragraph ending in a colon after a verb of saying introduces the next
paragraph's quotation; the rule asked for nothing between the verb and the
colon, so a recipient, a time or a channel there ("told Radio Dunmore on
Monday:", "said in a statement:") left the quotation with no speaker when the
paragraph also held another attribution (the organisation's own "says").
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.pipeline import analyse


def speakers(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-02"))
    return [(m.raw, m.speaker) for m in info.mentions if m.kind.name.lower() == "quote"]


def _article(intro: str) -> str:
    return (f"The nurses' union says its members feel ignored. {intro}\n\n"
            "\"We did not want this strike. We were given no choice by the board.\"\n\n"
            "The board did not comment on Tuesday.")


def test_a_recipient_and_a_time_between_the_verb_and_the_colon() -> None:
    got = speakers(_article("Its leader, Nora Quillam, told Radio Dunmore on Monday:"))
    assert got and all(who == "Nora Quillam" for _, who in got)


def test_a_channel_between_the_verb_and_the_colon() -> None:
    got = speakers(_article("Its leader, Nora Quillam, said in a statement:"))
    assert got and all(who == "Nora Quillam" for _, who in got)


def test_a_clause_before_the_colon_introduces_no_quotation() -> None:
    got = speakers(_article("Its leader, Nora Quillam, said there were two reasons for the walkout:"))
    assert got and all(who is None for _, who in got)
