"""A thing put in place is dated by when it was installed, erected or unveiled (invented text).

A trade site's fact box dates a ride, a statue or a machine with a label
and a bare year ("Installed: 2014", "- Erected: 1902"), and a spec list
with the participle alone ("unveiled 2004"). With no date preposition the
year used to be dropped, so another outlet's "opened in 2014" had nothing
to agree with. A count after the verb ("installed 2014 panels") stays a
count.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse


def dates(text: str) -> list[str]:
    return [m.raw for m in analyse(Article.from_text(text)).mentions if m.kind is Kind.DATE]


@pytest.mark.parametrize(("text", "expected"), [
    ("Key facts\n\nInstalled: 2014, at a cost of 4 million euros.\n", ["2014"]),
    ("The monument\n\n- Erected: 1902\n- Height: 12 metres\n", ["1902"]),
    ("Unveiled: 2004.\n", ["2004"]),
    ("The carousel (48 horses, installed 2014) is listed.", ["2014"]),
])
def test_an_installing_label_or_participle_dates_its_year(text: str, expected: list[str]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "The council installed 2014 solar panels on school roofs.",
    "Volunteers erected 1902 wooden crosses in the field.",
])
def test_a_count_after_the_verb_is_no_year(text: str) -> None:
    assert dates(text) == []


def test_a_boxed_installation_year_agrees_with_a_sentence() -> None:
    report = compare([
        Article.from_text("The Kelmarsh carousel, which opened in 2014, cost 4 million euros.", id="x"),
        Article.from_text("Key facts\n\nInstalled: 2014, at a cost of 4 million euros.\n", id="y"),
    ])
    years = [f for f in report.facts if f.kind is Kind.DATE]
    assert [f.status for f in years] == [Verdict.AGREE]
    assert {m.source for m in years[0].mentions} == {"x", "y"}
