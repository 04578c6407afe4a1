"""A described speaker the writer says is left unnamed is no earlier named person.

'"...," said the grandmother-of-four, who asked not to be named.' A described
person after "said" is read as the person just named ("she" would be), which
gave the quote to whoever was named before, here the fire chief. The clause
says the speaker goes unnamed, so the words are the description's. The
articles are invented.
"""

from __future__ import annotations

import pytest

from sourcediff.model import Article, Kind
from sourcediff.pipeline import compare

TEXT = """Bakery fire closes high street

Fire chief Dana Morlake said: "The fire started in the ovens." She said crews stayed for hours.

One neighbour, 71, said she had smelled smoke at dawn.

"I thought the whole street would go up," said the {noun}, {clause}.
"""


def _speaker(noun: str, clause: str) -> str | None:
    text = TEXT.format(noun=noun, clause=clause)
    report = compare([Article.from_text(text, id="a"), Article.from_text(text, id="b")])
    for fact in report.facts:
        if fact.kind is Kind.QUOTE and fact.mentions[0].raw.startswith("I thought"):
            return fact.mentions[0].speaker
    return None


@pytest.mark.parametrize("clause", [
    "who asked not to be named",
    "who declined to be identified",
    "who spoke on condition of anonymity",
    "who did not want to be named",
])
def test_an_unnamed_described_speaker_is_not_the_person_named_before(clause: str) -> None:
    speaker = _speaker("grandmother-of-four", clause)
    assert speaker is not None and "Morlake" not in speaker
    assert "grandmother" in speaker


def test_a_described_speaker_without_the_clause_still_takes_up_the_person_named_before() -> None:
    # the reading the clause overrides: a described person after "said" is the one just named
    assert _speaker("grandmother-of-four", "who lives next door") == "Dana Morlake"
