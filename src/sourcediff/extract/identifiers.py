"""Ranges of identifiers: "lot numbers 5312 through 5329", "serial numbers 100-250", "Lots: 5312-5329".

A recall, a court list or a parts notice names a run of numbered things;
two sources that give the run agree or diverge on it as on any figure, but
the numbers count nothing, so the count extractor leaves them (no noun
follows them). The run is read here when what it numbers is said right
before it: "<thing> numbers A to B" or a list's "<Things>: A-B". Only runs
of whole numbers of three digits or more, as identifiers are written: a
short range after a colon is a score or a span of ages, left to others.

Each run is a Quantity from A to B whose unit is the thing numbered (its
singular, "lot"), in the slot ``number:identifier:THING``: only runs of one
kind of thing are judged against each other.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import singular
from sourcediff.extract.cues import cues
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.values import Quantity

SLOT_PREFIX = "number:identifier:"


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Every run of identifiers in every passage; offsets absolute into ``article.text``."""
    out: list[Mention] = []
    for p in passages:
        text = p.text  # the passage's own string: shared scans hash it once (extract/shared.py)
        c = cues(text)
        # both of the hint's branches need digits, and "numbers", "nos." or a label's "s:" before them: the
        # pattern opens with \b and is tried at every character of the passage, the words found at once
        if not (c.digit and c.has("numbers", "nos.", "s:")) or not P.IDENT_HINT.search(text):
            continue
        for pattern in (P.IDENT_NUMBERS, P.IDENT_LIST):
            for m in pattern.finditer(text):
                low, high = Decimal(m["low"]), Decimal(m["high"])
                if high <= low:
                    continue
                thing = singular(m["thing"])
                span = Span(p.start + m.start("low"), p.start + m.end("high"))
                out.append(Mention(kind=Kind.NUMBER, source=article.id, passage=p.index, span=span,
                                   raw=article.text[span.start:span.end],
                                   value=Quantity(low, thing, None, high), slot=SLOT_PREFIX + thing,
                                   cues=(thing,)))
    return tuple(out)
