"""A day inside a span is no statement of the span when its own source states the span too (invented text).

Outlets say the lido sold 40,000 tickets "this summer" and that councillors
will debate its opening hours; a local paper says "this summer" too, and that
the debate comes when the council meets "this Thursday". The summer holds the
Thursday and the debate sentences share a claim, so the day joined the
summer's fact, judged agreed: the meeting day, a detail only the local paper
gives, was lost (factlinks `_day_beside_own_span`). A source that names only
the day still links it to the others' span.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Report

WIRE = ("Lido sales record\n\n"
        "The Ashbourne lido sold 40,000 tickets this summer, a record, its operator said on Monday.\n\n"
        "Councillors will debate longer opening hours for the lido this summer, the council said.")
TABLOID = ("Lido makes a splash\n\n"
           "Swimmers snapped up 40,000 tickets at the Ashbourne lido this summer, bosses revealed.\n\n"
           "Councillors will debate longer opening hours for the lido, the council said.")
TRADE = ("Ashbourne lido hits 40,000\n\n"
         "Ashbourne's lido sold 40,000 tickets this summer, its best season, the operator said on Monday.")
MEETING = "Councillors will debate longer opening hours for the lido when the council meets this Thursday."


def _story(*texts: str) -> Report:
    return compare([Article.from_text(t, id=f"s{i}", published="2026-08-17") for i, t in enumerate(texts)])


def _date_facts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [({m.raw for m in f.mentions}, {m.source for m in f.mentions})
            for f in report.facts if f.kind is Kind.DATE]


def test_the_day_stays_the_one_sources_detail() -> None:
    local = ("Lido's record summer\n\n"
             "The lido sold 40,000 tickets this summer, the operator said on Monday.\n\n" + MEETING)
    facts = _date_facts(_story(WIRE, TABLOID, TRADE, local))
    assert ({"this Thursday"}, {"s3"}) in facts, facts
    assert ({"this summer"}, {"s0", "s1", "s2", "s3"}) in facts, facts


def test_a_source_naming_only_the_day_still_links_it() -> None:
    local = ("Lido's record summer\n\n"
             "The lido sold 40,000 tickets, the operator said on Monday.\n\n" + MEETING)
    facts = _date_facts(_story(WIRE, TABLOID, TRADE, local))
    assert any("this Thursday" in raws and "this summer" in raws for raws, _ in facts), facts
