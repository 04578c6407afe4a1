"""A rival's bare total beside a points figure: "212 points to Marlow's 221", "188pts, Dunmore on 196".

A standings sentence names the noun once: "Ilves now has 212 points to
Marlow's 221". The number scan reads "212 points" and drops "221", a figure
with no noun, so the leader's total never met another outlet's "Marlow, on
221 points". Here a whole number right after a possessive name or "Name on",
joined to a points figure earlier in the clause ("to", "against", "and",
"with", "behind", "ahead of", "over", a comma), is that name's points: slot
"number:count", cued "point" and the name (a part of one table, compared
only with the same name's total). Not "212 points to Marlow's 3 wins"
(a noun after it), nor a figure of another clause.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.namedfigures import NAMED_PREFIX
from sourcediff.extract.shared import answers, shared_text
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT = "number:count"

_TOTAL = regex(
    r"\b\d[\d,]*\s*(?i:points|pts)\b[^.;:!?()]{0,24}?"
    r"(?:\s+(?i:to|against|and|with|behind|over|while)|\s+(?i:ahead\s+of)|,)\s+"
    r"(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*){0,2})(?:['’]s|\s+on)\s+"
    r"(?P<n>\d{1,4})\b(?![.,]\d|\s*[-–%])")
_CLAUSE_AFTER = regex(r"(?i)\s*(?:[,.;:!?)—–]|$)|\s+(?:and|with|a|an|the|after|before|in|at|going|to\s+go"
                      r"|left|remaining|ahead|behind)\b")


@shared_text
def totals(text: str) -> tuple[tuple[int, int, int, str], ...]:
    """(start, end, points, name) for every bare rival's total in ``text``."""
    low = text.lower()
    if "points" not in low and "pts" not in low:
        return ()
    out: list[tuple[int, int, int, str]] = []
    for m in _TOTAL.finditer(text):
        if _CLAUSE_AFTER.match(text, m.end("n")) is None:
            continue
        out.append((m.start("n"), m.end("n"), int(m["n"]), m["name"]))
    return tuple(out)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Each rival's bare points total, cued by the name; offsets absolute."""
    out: list[Mention] = []
    for p, found in zip(passages, answers(totals, [p.text for p in passages]), strict=True):
        for start, end, value, name in found:
            span = Span(p.start + start, p.start + end)
            out.append(Mention(kind=Kind.NUMBER, source=article.id, passage=p.index, span=span,
                               raw=article.text[span.start:span.end], value=Quantity(Decimal(value)),
                               slot=SLOT, cues=("point", NAMED_PREFIX + name.lower())))
    return tuple(out)
