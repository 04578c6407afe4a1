"""A rewording joins a statement even when a third outlet credits the original words to someone else.

quotevariants._one_statement asked every named mention of two quote facts
to credit one person. When one outlet gives a statement to the wrong person
(the misattribution same_quotation already reports inside that fact), a
fourth outlet's altered version credited to the original speaker met that
wrong credit and stayed a lone unique quote: the alteration went unseen.
Now a fact that already credits two people takes a rewording credited to
one of them; two facts each credited to one person still need the same one.
Every name is invented.
"""

from __future__ import annotations

from sourcediff.evidence import Evidence, _claims_of
from sourcediff.model import Claim, ClaimPassage, Kind, Mention, Span, Verdict
from sourcediff.quotevariants import join_altered
from sourcediff.values import QuoteValue

ORIGINAL = "Our volunteers worked through the night and kept every family on the estate dry"
REWORDED = "Our volunteers worked through the night and kept every home on the estate safe and dry"
ORDER = {"s0": 0, "s1": 1, "s2": 2, "s3": 3}
CLAIM = Claim("c1", 0.9, tuple(ClaimPassage(f"s{n}", n) for n in range(4)))


def quote(text: str, speaker: str, source: str) -> Mention:
    n = int(source[1:])
    return Mention(Kind.QUOTE, source, n, Span(0, len(text)), text, QuoteValue(text=text, norm=""),
                   slot="quote", speaker=speaker)


def ctx() -> Evidence:
    return Evidence(None, _claims_of((CLAIM,)), frozenset(), {}, {})  # type: ignore[arg-type]


def facts_of(statement: list[Mention], rewording: Mention) -> list[tuple[list[Mention], Verdict, None, None]]:
    return [(statement, Verdict.DIVERGE, None, None), ([rewording], Verdict.UNIQUE, None, None)]


def test_a_rewording_joins_a_statement_another_outlet_misattributed() -> None:
    statement = [quote(ORIGINAL, "Maren Osk", "s0"), quote(ORIGINAL, "Maren Osk", "s1"),
                 quote(ORIGINAL, "Teodric Vale", "s2")]
    out = join_altered(facts_of(statement, quote(REWORDED, "Osk", "s3")), ctx(), ORDER)
    assert len(out) == 1 and sorted(m.source for m in out[0][0]) == ["s0", "s1", "s2", "s3"]


def test_a_rewording_credited_to_a_third_person_stays_apart() -> None:
    statement = [quote(ORIGINAL, "Maren Osk", "s0"), quote(ORIGINAL, "Maren Osk", "s1"),
                 quote(ORIGINAL, "Teodric Vale", "s2")]
    out = join_altered(facts_of(statement, quote(REWORDED, "Lise Harrow", "s3")), ctx(), ORDER)
    assert len(out) == 2


def test_one_credit_each_still_needs_the_same_person() -> None:
    statement = [quote(ORIGINAL, "Maren Osk", "s0"), quote(ORIGINAL, "Maren Osk", "s1")]
    out = join_altered(facts_of(statement, quote(REWORDED, "Teodric Vale", "s3")), ctx(), ORDER)
    assert len(out) == 2
