"""Which pronoun each person takes, from the article's own words: "Mrs", "grandmother", "and his team".

A quote closed by "she told the Herald" belongs to a woman the text has
just named, even when a man opened the last sentence. Only evidence in the
article is used (titles, a kin or role noun right before the name, a
possessive right after it): never a list of first names, which guesses.
A name with evidence both ways takes neither pronoun.
"""

from __future__ import annotations

from collections.abc import Mapping

from sourcediff.extract import patterns as P
from sourcediff.extract.entities import Scan, descriptor

HE, SHE = "he", "she"
# Titles and nouns that say which pronoun the named person takes (folded, no full stop).
# "chairman" is not one: outlets give it to women as often as to men ("club
# chairman Jo Roe ... she said"), so it shows no pronoun either way.
_WORDS = {
    **dict.fromkeys(("mr", "sir", "lord", "baron", "viscount", "earl", "duke", "prince", "king", "father",
                     "grandfather", "husband", "son", "brother", "uncle", "nephew", "widower", "boy", "man",
                     "businessman", "spokesman", "congressman", "councilman", "grandson",
                     "stepfather", "fiance", "monsieur", "herr", "señor", "dad", "grandad", "grandpa",
                     "schoolboy", "landlord", "waiter"), HE),
    **dict.fromkeys(("mrs", "ms", "miss", "dame", "lady", "baroness", "duchess", "countess", "princess",
                     "queen", "mother", "grandmother", "wife", "daughter", "sister", "aunt", "niece",
                     "widow", "girl", "woman", "businesswoman", "chairwoman", "spokeswoman", "congresswoman",
                     "councilwoman", "granddaughter", "stepmother", "fiancee", "madame", "frau", "señora",
                     "mum", "mom", "grandma", "gran", "granny", "schoolgirl", "landlady", "waitress",
                     "actress", "midwife"),
                    SHE),
}
_POSSESSIVES = {"his": HE, "her": SHE}


def _mark(word: str) -> str:
    """The pronoun a title or noun shows, or "": "Mrs." -> she, "Father-of-three" -> he (its kin word)."""
    folded = word.casefold().rstrip(".")
    return _WORDS.get(folded) or _WORDS.get(descriptor(word) or "", "")


def pronoun_of(word: str) -> str:
    """The pronoun a kin or person noun shows ("gran-of-four" -> she, "grandfather" -> he), or ""."""
    return _mark(word)


def marks_at(text: str, start: int, end: int) -> frozenset[str]:
    """The pronouns the words around one mention of a name ``[start, end)`` show: a title or kin noun
    right before it ("Mrs Roe", "grandfather Jo Roe"), a possessive joined right after it ("Roe and his
    team").

    One reading for both speaker passes (`pronouns` here, per article, and
    `latespeakers`, on the story's unified people), so the two cannot come
    to disagree on what "his" or "Mrs" says.
    """
    marks: set[str] = set()
    before = P.PRONOUN_WORD_BEFORE.search(text, max(0, start - 24), start)
    if before and (mark := _mark(before["word"])):
        marks.add(mark)
    after = P.PRONOUN_POSSESSIVE_AFTER.match(text, end)
    if after:
        marks.add(_POSSESSIVES[after["pron"]])
    return frozenset(marks)


def pronouns(text: str, found: Scan) -> Mapping[str, str]:
    """Full name -> "he" or "she", for the people whose pronoun the article shows one way only."""
    seen: dict[str, set[str]] = {}
    for f in found.found:
        if f.type != "person":
            continue
        name = found.index.person(f.name) or f.name
        marks = seen.setdefault(name, set())
        for title in found.index.titles.get(f.name, frozenset()):
            marks.add(_mark(title))
        marks.update(marks_at(text, f.span.start, f.span.end))
    return {name: next(iter(marks - {""})) for name, marks in seen.items() if len(marks - {""}) == 1}


__all__ = ["HE", "SHE", "marks_at", "pronoun_of", "pronouns"]
