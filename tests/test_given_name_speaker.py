"""A quote credited to a given name alone, after the article named the person in full (invented text).

A local paper writes "the baker Priya Natarajan" once and "Priya, who has
run the shop for ten years, said" later: the speaker is Priya Natarajan. Two
people of the article sharing the given name leave it as written.
"""

from __future__ import annotations

from sourcediff import Article, Kind, compare

WIRE = ('Baker Priya Natarajan kept her ovens lit through the storm on Tuesday. '
        '"We will bake through the night if the power holds," Natarajan said.')
LOCAL = ('"It was a long night," said Priya Natarajan, who owns the bakery on Mill Lane.\n\n'
         'Priya, who has run the shop for ten years, said: '
         '"We will bake through the night if the power holds."')
TWO = ('"It was a long night," said Priya Natarajan, who owns the bakery on Mill Lane. '
       '"We never closed," said Priya Desai, the florist next door.\n\n'
       'Priya, who has run the shop for ten years, said: '
       '"We will bake through the night if the power holds."')


def speakers(*texts: str) -> set[str | None]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-01-13") for n, t in enumerate(texts)]
    return {m.speaker for f in compare(arts).facts for m in f.mentions
            if m.kind is Kind.QUOTE and m.source == "s1" and m.raw.startswith("We will bake")}


def test_a_given_name_is_the_person_named_in_full() -> None:
    assert speakers(WIRE, LOCAL) == {"Priya Natarajan"}


def test_a_given_name_two_people_share_names_neither() -> None:
    assert speakers(WIRE, TWO) == {"Priya"}
