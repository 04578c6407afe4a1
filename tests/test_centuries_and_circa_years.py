"""Centuries, historic spans of years and approximate years (invented text).

Stories about old things date them loosely: one outlet says "a 12th-century chalice", another "made in
the twelfth century"; one gives a bishop's "(1086–1142)", another "from 1086 to 1142"; one "c. 1260",
another "carved around 1260". Each pair must meet as one date so that two outlets can agree or differ.
A count written the same way ("from 1200 to 1500 people", "built around 1500 homes", "a second century"
for a batsman) stays no date.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse

TWELFTH = "1101-01-01..1200-12-31"


def dates(text: str) -> list[tuple[str, str]]:
    return [(m.raw, m.canonical) for m in analyse(Article.from_text(text, published="2026-05-14")).mentions
            if m.kind.value == "date"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The abbey kept a 12th-century chalice in its crypt.", [("12th-century", TWELFTH)]),
    ("The chalice was made in the twelfth century by a local smith.", [("twelfth century", TWELFTH)]),
    ("Its tower went up in the 14th century, the spire later.",
     [("14th century", "1301-01-01..1400-12-31")]),
    ("The bishop ruled the see from 1086 to 1142, when he died.",
     [("1086 to 1142", "1086-01-01..1142-12-31")]),
    ("Bishop Aldric (1086–1142) founded the school.", [("1086–1142", "1086-01-01..1142-12-31")]),
    ("Queen Edith (1045–75) gave the land.", [("1045–75", "1045-01-01..1075-12-31")]),
    ("The psalter is dated c.1260 by its script.", [("1260", "1260-01-01..1260-12-31")]),
    ("The font was carved around 1260 and moved in 1610.",
     [("1260", "1260-01-01..1260-12-31"), ("1610", "1610-01-01..1610-12-31")]),
    ("The beam was cut circa 1488, the tree-rings show.", [("1488", "1488-01-01..1488-12-31")]),
    # a participle describing the thing may follow the year after "c.", "ca." or "circa"
    ("An oil panel of c.1648 measuring 40cm across was sold.", [("1648", "1648-01-01..1648-12-31")]),
    ("A sketch of circa 1650 showing the quay was found.", [("1650", "1650-01-01..1650-12-31")]),
])
def test_old_dates_written_loosely(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "Attendance rose from 1200 to 1500 people over the weekend.",
    "The firm built around 1500 homes last year.",
    "Sales rose to around 1500.",
    "The fair drew circa 1500 people and c. 1500 visitors.",
    "The firm built around 1500 using timber.",
    "The opener hit a second century in the match.",
    "Bronze tools spread in the 5th century BC across the region.",
    "The score (12-10) came late.",
])
def test_counts_and_other_eras_stay_no_date(text: str) -> None:
    assert [raw for raw, _ in dates(text) if raw[:1].isdigit() or "century" in raw] == []


def test_a_century_and_a_year_inside_it_agree_across_outlets() -> None:
    arts = [
        Article.from_text("The 12th-century chalice found at Brayford was declared treasure on Monday.",
                          id="a", published="2026-05-12"),
        Article.from_text("The chalice, made in the twelfth century, was declared treasure on Monday at "
                          "Brayford.", id="b", published="2026-05-12"),
    ]
    report = compare(arts)
    statuses = {f.status for f in report.facts if f.kind.value == "date" and len(f.sources) == 2
                and "1101" in str(f.value)}
    assert statuses == {"agree"}

