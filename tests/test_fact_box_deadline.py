"""A fact box's "Deadline: 4 March" names a deadline as "by the 5 March deadline" does.

A local paper's list of key numbers ("- Deadline: 4 March") against two
outlets' prose ("must apply by the 5 March deadline") is one deadline
misdated; before, the label was not read as one (evidence.py
``_DEADLINE_BEFORE`` knew "deadline is", not "Deadline:"), so the box's date
stayed a unique fact. All text here is invented.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import compare

PROSE = ("Householders in Marlow Vale can now claim a grant of up to 900 pounds to insulate their lofts, "
         "the district council said on Monday.\n\n"
         "Applicants must send their forms by the 5 March deadline, and the council expects about "
         "4,000 claims.\n\n"
         "Councillor Ada Brennick said the scheme would cut heating bills across the valley.\n")
BOX = ("# Loft grants open in Marlow Vale\n\n"
       "The district council opened its insulation grant on Monday.\n\n"
       "## Key numbers\n\n"
       "- Grant: up to 900 pounds\n"
       "- Claims expected: about 4,000\n"
       "- Deadline: {}\n\n"
       "Councillor Ada Brennick said the scheme would cut heating bills across the valley.\n")


def _date_facts(box_date: str) -> list[tuple[Verdict, list[str]]]:
    day = dt.date(2027, 2, 1)
    articles = [Article(id="wire", text=PROSE, published=day),
                Article(id="paper", text=PROSE.replace("Householders", "Homeowners"), published=day),
                Article(id="local", text=BOX.format(box_date), published=day)]
    report = compare(articles)
    return [(f.status, sorted({m.canonical for m in f.mentions}))
            for f in report.facts if f.kind is Kind.DATE and any("March" in m.raw for m in f.mentions)]


def test_a_fact_box_deadline_on_another_day_diverges() -> None:
    facts = _date_facts("4 March")
    assert [v for v, _ in facts] == [Verdict.DIVERGE]
    assert len(facts[0][1]) == 2


def test_a_fact_box_deadline_on_the_same_day_agrees() -> None:
    facts = _date_facts("5 March")
    assert [v for v, _ in facts] == [Verdict.AGREE]


def test_a_dash_label_is_a_deadline_too() -> None:
    dashed = BOX.replace("- Deadline: {}", "- Deadline - {}")
    day = dt.date(2027, 2, 1)
    report = compare([Article(id="wire", text=PROSE, published=day),
                      Article(id="paper", text=PROSE.replace("Householders", "Homeowners"), published=day),
                      Article(id="local", text=dashed.format("4 March"), published=day)])
    statuses = [f.status for f in report.facts
                if f.kind is Kind.DATE and any("March" in m.raw for m in f.mentions)]
    assert statuses == [Verdict.DIVERGE]
