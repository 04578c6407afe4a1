"""A bare figure set against the count before it takes that count's noun (extract/comparedcounts.py).

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, compare
from sourcediff.extract import numbers
from sourcediff.segment import segment


def counts(text: str) -> dict[str, tuple[str, ...]]:
    article = Article.from_text(text, id="t")
    return {m.raw: m.cues for m in numbers.extract(article, segment(article)) if m.kind is Kind.NUMBER}


@pytest.mark.parametrize(("text", "bare", "noun"), [
    ("Only 38 lifeguards were on the beach on Sunday, fewer than the 52 listed in the summer rota.", "52",
     "lifeguard"),
    ("The ferry line now runs 14 crossings a day, against the 19 it ran last year.", "19", "crossing"),
    ("The council planted 900 trees, more than the 750 promised in its manifesto.", "750", "tree"),
    ("Orrin Mills kept 210 looms running, compared with the 340 that stood in the sheds in 1990.", "340",
     "loom"),
])
def test_a_compared_figure_counts_the_noun_before_it(text: str, bare: str, noun: str) -> None:
    found = counts(text)
    assert bare in found, found
    assert noun in found[bare]


@pytest.mark.parametrize(("text", "bare", "noun"), [
    # a hedge on a figure of its own, not a figure set against another
    ("Four climbers died and more than 30 were rescued from the ridge.", "30", "climber"),
    # a sentence end between the count and the figure
    ("The club sold 400 season tickets. Fewer than the 500 hoped for.", "500", "ticket"),
    # the figure names a noun of its own
    ("The depot ran 45 buses, fewer than the 60 drivers on its books.", "60", "buse"),
])
def test_no_noun_is_lent_without_a_comparison_in_the_clause(text: str, bare: str, noun: str) -> None:
    found = counts(text)
    assert all(noun not in cues for raw, cues in found.items() if bare in raw), found


def test_two_outlets_meet_on_the_compared_figure() -> None:
    first = Article.from_text(
        "Harbour Day fireworks went ahead with 95 marshals on duty, fewer than the 130 set out in the "
        "safety plan, the organisers admitted on Monday.", id="a")
    second = Article.from_text(
        "The safety plan for Harbour Day called for 130 marshals. Only 95 marshals were on duty when the "
        "fireworks began, organisers said on Monday.", id="b")
    facts = compare([first, second]).facts
    joined = [f for f in facts if f.kind is Kind.NUMBER and {m.source for m in f.mentions} == {"a", "b"}
              and any(m.raw == "130" for m in f.mentions)]
    assert joined, [(f.status, [m.raw for m in f.mentions]) for f in facts if f.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "bare", "noun"), [
    ("The harbour logged 1,870 cruise calls this season, compared with 1,215 in the whole of 2024.", "1,215",
     "call"),
    ("Brennock Zoo welcomed 96,400 visitors in May, against 71,300 a year earlier.", "71,300", "visitor"),
    ("Police recorded 318 burglaries in the district, compared with just 240 last year.", "240", "burglary"),
])
def test_a_figure_compared_without_an_article_takes_the_noun_when_its_period_follows(
        text: str, bare: str, noun: str) -> None:
    found = counts(text)
    assert bare in found, found
    assert noun in found[bare]


@pytest.mark.parametrize(("text", "bare"), [
    # no earlier period after the figure: a tally's side, not an earlier count
    ("The committee backed 12 proposals against 9 objections from members.", "9"),
    ("The amendment drew 212 votes against 198, with five abstentions.", "198"),
])
def test_a_bare_compared_figure_without_its_period_lends_no_noun(text: str, bare: str) -> None:
    found = counts(text)
    assert all("proposal" not in cues and "vote" not in cues for raw, cues in found.items()
               if raw == bare), found
