"""A bound count is not linked to another noun's count whose passage counts the bound's noun as well.

Invented text. A wire's "recorded 412,000 visits last year, in a town of
about 610,000 people" and a paper's "More than 400,000 visits were made to
the museum last year" share a claim; "more than 400,000" fits 610,000 too,
so the bound linked both of the wire's counts and the town's population
was shown as one fact with the visits (factlinks.bound_beside_own_count).
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import compare
from sourcediff.countnouns import source_counts
from sourcediff.factlinks import bound_beside_own_count
from sourcediff.model import Article, Kind, Mention, Span
from sourcediff.values import ABOVE, APPROX, Quantity


def _counts(*texts: str) -> list[tuple[str, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.raw for m in f.mentions))
                  for f in compare(arts).facts if f.kind.value == "number")


WIRE = ("The Quarry Museum in Fellbeck will close its east wing for repairs, its trustees said on Monday. "
        "The museum recorded 412,000 visits last year, in a town of about 610,000 people.")
PAPER = ("Trustees of the Quarry Museum said on Monday that the east wing will close for repairs. "
         "More than 400,000 visits were made to the museum last year.")


def test_the_bound_counts_the_visits_and_the_population_stands_apart() -> None:
    facts = _counts(WIRE, PAPER)
    assert ("agree", ["412,000", "More than 400,000"]) in facts
    assert ("unique", ["about 610,000"]) in facts


def test_a_bound_beside_a_count_of_its_own_noun_only_still_links() -> None:
    wire = WIRE.replace(", in a town of about 610,000 people", "")
    assert ("agree", ["412,000", "More than 400,000"]) in _counts(wire, PAPER)


class _Counts:
    """Evidence with only each source's counts by noun stem (countnouns.source_counts)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.counts_of = source_counts(mentions)


def _count(source: str, passage: int, raw: str, amount: int, noun: str,
           qualifier: str | None = None) -> Mention:
    return Mention(Kind.NUMBER, source, passage, Span(0, len(raw)), raw,
                   Quantity(Decimal(amount), None, qualifier, None), "number:count", cues=(noun,))


def test_only_a_count_the_bound_was_rounded_from_sets_the_other_noun_apart() -> None:
    bound = _count("paper", 1, "more than 190,000", 190000, "visit", ABOVE)
    visits = _count("wire", 3, "193,000", 193000, "visit")
    people = _count("wire", 3, "about 290,000", 290000, "resident", APPROX)
    ctx = _Counts([bound, visits, people])
    assert bound_beside_own_count(bound, people, ctx)  # type: ignore[arg-type]
    assert not bound_beside_own_count(bound, visits, ctx)  # type: ignore[arg-type]
    # "more than 20 prisoners" beside a passage's "35 prisoners ... freeing 26 soldiers": 35 is beyond the
    # bound's step and 26 within it, so the bound may be rounded from 26 and still links to it
    bound = _count("paper", 1, "more than 20", 20, "prisoner", ABOVE)
    whole = _count("wire", 2, "35", 35, "prisoner")
    part = _count("wire", 2, "26", 26, "soldier")
    assert not bound_beside_own_count(bound, part, _Counts([bound, whole, part]))  # type: ignore[arg-type]
