"""Two spans for one planned step diverge: "within 18 months" against "in 24 months" (gaps61).

Every text here is invented: a rail spur to an inland depot and a bridge rebuild.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sourcediff import compare
from sourcediff.divergespans import SPAN_BEFORE
from sourcediff.ingest import parse_raw
from sourcediff.ingest.reading import RawInput
from sourcediff.model import Article, Report


def _one(text: str, name: str) -> Article:
    (article,) = parse_raw(RawInput(name, text), Path(name).suffix)
    return replace(article, id=Path(name).stem)


def _spur(span_c: str, span_a: str = "within 18 months", span_b: str = "in 18 months") -> Report:
    a = _one("Rail spur approved for depot\n\nThe transport ministry on Tuesday approved a 40 km rail spur "
             f"to the Ardel inland depot. The contractor is expected to deliver the line {span_a}, the "
             "minister told reporters.\n", "daily.txt")
    b = _one(f"Ministry okays Ardel rail spur\n\nThe ministry has approved the construction of a 40 km rail "
             "spur to the inland dry port at Ardel. The minister said the project would be completed "
             f"{span_b}.\n", "post.txt")
    c = _one("Ardel to get rail link\n\nThe ministry approved a 40 km rail link to an inland depot at Ardel "
             f"on Tuesday. Work on the link is due to be finished {span_c}, according to the ministry.\n",
             "wire.txt")
    return compare([a, b, c])


def _month_facts(report: Report) -> list[tuple[str, frozenset[str]]]:
    return [(f.status.value, frozenset(m.raw for m in f.mentions)) for f in report.facts
            if any("month" in m.raw or "year" in m.raw for m in f.mentions)]


def test_a_longer_span_for_the_same_step_diverges() -> None:
    facts = _month_facts(_spur("in 24 months"))
    assert ("diverge", frozenset({"18 months", "24 months"})) in facts


def test_spans_in_years_diverge_too() -> None:
    facts = _month_facts(_spur("over three years", "within two years", "in two years"))
    assert ("diverge", frozenset({"two years", "three years"})) in facts


def test_the_same_span_in_other_units_agrees() -> None:
    facts = _month_facts(_spur("in a year and a half"))
    assert not any(status == "diverge" for status, _ in facts)


def test_a_shorter_span_under_a_ceiling_is_no_divergence() -> None:
    ceiling = _one("Depot link\n\nThe ministry approved a 40 km rail link to an inland depot at Ardel on "
                   "Tuesday. Work on the link is due to be finished within two years, the ministry said.\n",
                   "wire.txt")
    spur = _one("Rail spur approved\n\nThe ministry approved a 40 km rail spur to the inland depot at Ardel "
                "on Tuesday. The minister said the project would be completed in 18 months.\n", "post.txt")
    other = _one("Ardel spur cleared\n\nOfficials approved a 40 km rail spur to the Ardel inland depot on "
                 "Tuesday. The contractor is expected to deliver the line in 18 months, officials said.\n",
                 "daily.txt")
    assert not any(status == "diverge" for status, _ in _month_facts(compare([ceiling, spur, other])))


def test_a_distance_in_time_is_no_planned_span() -> None:
    assert SPAN_BEFORE.search("The depot opened ") is None
    assert SPAN_BEFORE.search("to be finished within ") is not None
    assert SPAN_BEFORE.search("built over the next ") is not None
