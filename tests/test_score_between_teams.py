"""A score between the two sides' names is a match result: "Ashby Town 2-1 Wexley Rovers".

A live blog opens its final entry with the score as a headline does, no verb
saying it is one. The names on either side make it a result, so it meets a
report's "2-1 win"; before, the blog's score was no figure at all. Date
ranges ("May 1-2"), numbered things ("Chapter 11-12", "Route 12-14") and a
pair without a capitalized name after it stay out.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.pipeline import analyse


def tallies(text: str) -> list[str]:
    info = analyse(Article.from_text(text, id="u", published="2026-04-19"))
    return [m.value.canonical() for m in info.mentions if m.slot == "number:tally"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ashby Town 2-1 Wexley Rovers\n\nDario Pellow's header settled it.", ["2-1"]),
    ("FULL TIME: Ashby Town 2-1 Wexley Rovers. What a night at Fenmoor Park.", ["2-1"]),
    ("Kelso 0–3 Brannock City, and the visitors go top.", ["0-3"]),
    # no result
    ("The fair runs May 1-2 Berlin time.", []),
    ("Read Chapter 11-12 Review notes before class.", []),
    ("Bus Route 12-14 Elm Street is closed.", []),
    ("Ashby Town fans travelled 2-3 hours to reach the ground.", []),
])
def test_a_score_between_names(text: str, expected: list[str]) -> None:
    assert tallies(text) == expected


def test_the_blog_score_meets_the_reports_win() -> None:
    blog = "Ashby Town 2-1 Wexley Rovers\n\nDario Pellow headed the winner at Fenmoor Park, and fans sang."
    report = "Ashby Town sealed a 2-1 win over Wexley Rovers at Fenmoor Park, Dario Pellow heading it."
    facts = compare([Article.from_text(blog, id="blog", published="2026-04-19"),
                     Article.from_text(report, id="report", published="2026-04-19")]).facts
    scores = [(f.status, sorted(m.source for m in f.mentions)) for f in facts if f.kind is Kind.NUMBER
              and any(m.slot == "number:tally" for m in f.mentions)]
    assert scores == [(Verdict.AGREE, ["blog", "report"])]
