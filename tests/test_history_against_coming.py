"""A recurring event's year long past beside its next edition's day is no rival date (invented text).

"The regatta, first rowed in 1931, ..." seated with two outlets' "the
regatta will now be rowed on 7 August": the history and the next edition
share the event's words, and the year was set against the day as one date
told two ways (divergehistory.py). The claim is given by hand, as the
aligner may seat such passages together. Two sources' different years of
the first edition, or two days still to come, still diverge.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.compare import judge
from sourcediff.model import Claim, ClaimPassage, Kind, SourceInfo, Verdict
from sourcediff.pipeline import analyse

NEXT = [("The rest of the Marrowby regatta will now be rowed on the river on August 7, organisers said.",
         "2027-07-21"),
        ("The clubs said the Marrowby regatta will resume on the river on Saturday 7 August.", "2027-07-24")]
FIRST_1931 = "The Marrowby regatta, first rowed on the river in 1931, drew 90 crews from 14 clubs."


def _dates(first: str, others: list[tuple[str, str]]) -> list[tuple[Verdict, list[str]]]:
    texts = [(first, "2027-07-20"), *others]
    sources: tuple[SourceInfo, ...] = tuple(analyse(Article.from_text(t, id=f"s{n}", published=p))
                                            for n, (t, p) in enumerate(texts))
    claims = (Claim("c1", 0.6, tuple(ClaimPassage(f"s{n}", 0) for n in range(len(texts)))),)
    return [(f.status, sorted(m.source for m in f.mentions)) for f in judge(sources, claims)
            if f.kind is Kind.DATE]


def test_first_edition_year_is_no_rival_of_the_next_edition_day() -> None:
    days = _dates(FIRST_1931, NEXT)
    assert (Verdict.UNIQUE, ["s0"]) in days, days
    assert (Verdict.AGREE, ["s1", "s2"]) in days, days


def test_two_days_to_come_still_diverge() -> None:
    days = _dates("The rest of the Marrowby regatta will now be rowed on the river on August 14.", NEXT)
    assert (Verdict.DIVERGE, ["s0", "s1", "s2"]) in days, days


def test_two_first_edition_years_still_diverge() -> None:
    first = [("The Marrowby regatta, first rowed on the river in 1913, drew crews from the county.",
              "2027-07-21"),
             ("The Marrowby regatta, first rowed on the river in 1913, is the county's oldest.",
              "2027-07-24")]
    days = _dates(FIRST_1931, first)
    assert (Verdict.DIVERGE, ["s0", "s1", "s2"]) in days, days
