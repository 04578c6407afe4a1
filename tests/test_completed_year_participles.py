"""A spec line dates a building or a body with the participle of its making (invented text).

"Structure: steel-framed depot, 14 bays, completed 1982" and "Members:
about 300, founded 1911" give the year as "built 2009" does, with no date
preposition; another outlet's "completed in 1982" had nothing to agree with
while the list's year was dropped. A figure the participle governs as a count
("completed 1982 repairs") stays no year.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse


def dates(text: str) -> list[str]:
    return [m.raw for m in analyse(Article.from_text(text)).mentions if m.kind is Kind.DATE]


@pytest.mark.parametrize(("text", "year"), [
    ("Structure: steel-framed depot, 14 bays, completed 1982", "1982"),
    ("The Pellworth Rowing Club, founded 1911, has about 300 members.", "1911"),
    ("The hall, constructed 1894 and listed since, will close.", "1894"),
    ("The choir was established 1956 by a parish priest.", "1956"),
    ("The lighthouse, inaugurated 1873, is now a museum.", "1873"),
])
def test_a_making_participle_dates_its_thing(text: str, year: str) -> None:
    assert year in dates(text)


@pytest.mark.parametrize("text", [
    "The crews completed 1982 repairs in the first year.",
    "Volunteers founded 1911 small clubs across the region.",
])
def test_a_count_the_participle_governs_is_no_year(text: str) -> None:
    assert not [d for d in dates(text) if d.isdigit()]


def test_a_listed_completion_year_agrees_with_a_prose_one() -> None:
    a = Article.from_text("The Orwin depot, completed in 1982, will be pulled down next spring, the owner "
                          "said.", id="a")
    b = Article.from_text("Site data: Orwin depot, 14 bays, completed 1982; pulled down next spring, the "
                          "owner said.", id="b")
    facts = [f for f in compare([a, b]).facts if f.kind is Kind.DATE
             and any(m.raw == "1982" for m in f.mentions)]
    assert facts and {m.source for m in facts[0].mentions} == {"a", "b"}
    assert facts[0].status is Verdict.AGREE
