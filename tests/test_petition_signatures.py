""""Signed by 2,300 people since it was launched" four days after "3,100 signatures" (invented text).

Two readings kept a petition's smaller later count from meeting the count
other outlets gave. "Signed by 2,300 people" counted people, a generic noun
no rule weighs against "3,100 signatures"; it now counts signatures
(numberclassify). And a running total ("has been signed by ... since it was
launched") told on a later day than another outlet's figure was never its
rival (sincetotals), though a count since an event only grows: a later,
smaller running count is a rival, a later, larger one still is not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.pipeline import analyse
from sourcediff.sincetotals import counted_on_other_days
from sourcediff.values import Quantity


def _cues(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, id="s", published="2027-03-09"))
    return [(m.raw, m.cues) for m in info.mentions if m.kind is Kind.NUMBER]


def test_people_a_petition_is_signed_by_are_its_signatures() -> None:
    got = _cues("The petition has been signed by more than 3,100 people, its organiser said.")
    assert any(raw.endswith("3,100") and "signature" in cues for raw, cues in got), got


def test_people_who_join_a_march_are_still_people() -> None:
    got = _cues("The march was joined by 3,100 people, its organiser said.")
    assert any(raw == "3,100" and "signature" not in cues for raw, cues in got), got


def _count(text: str, figure: str, source: str) -> Mention:
    start = text.index(figure)
    return Mention(kind=Kind.NUMBER, source=source, passage=0, span=Span(start, start + len(figure)),
                   raw=figure, value=Quantity(Decimal(figure.replace(",", "")), None), slot="number:count",
                   cues=("signature",))


EARLY = "The petition had gathered 3,100 signatures by Monday evening."
LATER = "The petition has been signed by {} people since it was launched last week."


def test_a_smaller_running_count_told_later_stays_a_rival() -> None:
    later = LATER.format("2,300")
    a, b = _count(EARLY, "3,100", "a"), _count(later, "2,300", "b")
    days = {"a": dt.date(2027, 3, 8), "b": dt.date(2027, 3, 12)}
    assert not counted_on_other_days(a, b, {"a": EARLY, "b": later}, days)


def test_a_larger_running_count_told_later_is_still_a_longer_tally() -> None:
    later = LATER.format("3,900")
    a, b = _count(EARLY, "3,100", "a"), _count(later, "3,900", "b")
    days = {"a": dt.date(2027, 3, 8), "b": dt.date(2027, 3, 12)}
    assert counted_on_other_days(a, b, {"a": EARLY, "b": later}, days)


HEAD = ("Fernlow library to close in June\n\n"
        "Marlbrook Council voted on Monday to close Fernlow library on Friday 25 June to save money.\n\n")
PETITION = [
    "A petition to keep Fernlow library open had gathered 3,100 signatures by Monday evening.",
    "Reader Janet Oakby started a petition against the closure, already signed by more than 3,100 people.",
    "A petition against closing the library has been signed by {} people since it was launched last week.",
]
TAIL = "\n\nThe council said the building needs repairs costing £310,000."
DAYS = ["2027-03-08", "2027-03-09", "2027-03-12"]


def _facts(lone: str) -> list[tuple[Verdict, set[str]]]:
    arts = [Article.from_text(HEAD + p.format(lone) + TAIL, id=f"s{n}", published=day)
            for n, (p, day) in enumerate(zip(PETITION, DAYS, strict=True))]
    return [(f.status, {m.source for m in f.mentions}) for f in compare(arts).facts
            if f.kind is Kind.NUMBER and any(m.source == "s2" for m in f.mentions)
            and any("signature" in m.cues for m in f.mentions)]


def test_a_smaller_later_petition_count_diverges_from_two_outlets() -> None:
    facts = _facts("2,300")
    assert any(status is Verdict.DIVERGE and {"s0", "s2"} <= sources for status, sources in facts), facts


def test_a_larger_later_petition_count_is_no_divergence() -> None:
    facts: Sequence[tuple[Verdict, set[str]]] = _facts("3,900")
    assert all(status is not Verdict.DIVERGE for status, _ in facts), facts
