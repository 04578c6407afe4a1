"""Codes that name one thing: a flight number, "flight CV418", "Flight BA 117", "flight number IB3166".

A story about a flight names it by its code, and outlets write the code
with or without a space; a wrong digit is a different flight, which is the
kind of slip a careful editor checks. The code is neither a count nor a
measure, so the figure readers leave it (its digits follow a letter, or
stand after a code the numbers reader takes for a label). It is read here
only after the word that says what it names, and only with the airline's
two-character prefix: "flight 93" alone may be a shortened "UA93".

Each code is a ``values.Code`` (upper case, no space) in the slot
``number:identifier:flight``: it agrees only with the same code.
"""

from __future__ import annotations

from sourcediff.extract import patterns as P
from sourcediff.extract.cues import may_contain_ci
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.values import Code

SLOT_PREFIX = "number:identifier:"


def parse_code(text: str) -> Code:
    """The code as written ("CV 418", "cv-418"), normalized; ValueError when it has no letter and digit."""
    folded = "".join(ch for ch in text.upper() if ch.isalnum())
    if not folded or folded.isdigit() or folded.isalpha():
        raise ValueError(f"not a code: {text!r}")
    return Code(folded)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Every flight code in every passage; offsets absolute into ``article.text``."""
    out: list[Mention] = []
    for p in passages:
        text = p.text  # the passage's own string: shared scans hash it once (extract/shared.py)
        if not may_contain_ci(text, "flight"):
            continue
        for m in P.CODE_FLIGHT.finditer(text):
            span = Span(p.start + m.start("code"), p.start + m.end("code"))
            thing = m["thing"].lower()
            out.append(Mention(kind=Kind.NUMBER, source=article.id, passage=p.index, span=span,
                               raw=article.text[span.start:span.end], value=parse_code(m["code"]),
                               slot=SLOT_PREFIX + thing, cues=(thing,)))
    return tuple(out)
