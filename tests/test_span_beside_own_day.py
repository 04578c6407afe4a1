"""A span holding a day its own passage names is no statement of another source's day (invented text).

A trade site writes that a ferry operator "expects the repaired vessel back
in service on 14 July, and the full timetable to return in the third
quarter"; a wire gives only "July 14", a local paper "21 July". The quarter holds
the day, so it linked to the wire's July 14 and sat in the restart day's
fact: the full-timetable quarter, a detail only the trade site gives, was
lost (factlinks `_span_beside_own_day`). A source that names only the span
still links it to the others' day.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Report

WIRE = ("Ferry back in July\n\n"
        "Harlow Ferries said it expected to return the Kestrel Bay to service on July 14, once its "
        "engine had been repaired.")
LOCAL = ("Islanders wait for ferry\n\n"
         "Harlow Ferries has said the Kestrel Bay should return to service on 21 July.")
BOTH = ("Harlow sets return date\n\n"
        "Harlow told Ferry Trade News it expects to return the vessel to service on 14 July after a "
        "12-day sea trial, and to be back on its full timetable in the third quarter.")
ONLY_SPAN = ("Harlow sets return date\n\n"
             "Harlow told Ferry Trade News it expects to return the vessel to service after a 12-day sea "
             "trial, and to be back on its full timetable in the third quarter.")


def _story(*texts: str) -> Report:
    return compare([Article.from_text(t, id=f"s{i}", published="2027-03-10") for i, t in enumerate(texts)])


def _date_facts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [({m.raw for m in f.mentions}, {m.source for m in f.mentions})
            for f in report.facts if f.kind is Kind.DATE]


def test_the_span_stays_the_one_sources_detail() -> None:
    facts = _date_facts(_story(WIRE, LOCAL, BOTH))
    assert ({"third quarter"}, {"s2"}) in facts, facts
    assert any(sources == {"s0", "s1", "s2"} and "14 July" in raws for raws, sources in facts), facts
    assert not any("third quarter" in raws and "July 14" in raws for raws, _ in facts), facts


def test_a_source_naming_only_the_span_still_links_it() -> None:
    facts = _date_facts(_story(WIRE, LOCAL, ONLY_SPAN))
    assert any("third quarter" in raws and "July 14" in raws for raws, _ in facts), facts
