"""Undated articles read against the story's dates, and a weekday that disagrees with its date."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.model import Fact, Report
from sourcediff.pipeline import analyse
from sourcediff.render import RenderOptions
from sourcediff.render.markdown import render_markdown
from sourcediff.undated import BYLINE, PUBLISHED, infer_date

LEAD = "The Harlow bridge closed to traffic on {}, the transport office said."


def source(text: str, id: str, published: str | None = None) -> Article:  # noqa: A002
    return Article.from_text(text, id=id, published=published)


@pytest.mark.parametrize(("text", "others", "expected"), [
    # its own byline dates it, whatever the others say
    ("Updated: June 11, 2026\n\nThe bridge closed on Friday.", ["2026-03-01"],
     (dt.date(2026, 6, 11), BYLINE)),
    # else the median of the other sources' dates
    ("The bridge closed on Friday.", ["2026-06-11", "2026-06-12", "2026-06-14"],
     (dt.date(2026, 6, 12), PUBLISHED)),
    # sources published months apart are no story told over days
    ("The bridge closed on Friday.", ["2026-01-11", "2026-06-12"], None),
    # an article that writes only dates far from the story's is another story's article
    ("The bridge closed on June 3, 2024.", ["2026-06-12"], None),
    ("The bridge, opened on June 3, 1950, closed on June 8, 2026.", ["2026-06-12"],
     (dt.date(2026, 6, 12), PUBLISHED)),
    # no dated source and no byline: nothing to go by
    ("The bridge closed on Friday.", [], None),
])
def test_the_date_an_undated_article_is_read_against(text: str, others: list[str],
                                                     expected: tuple[dt.date, str] | None) -> None:
    info = analyse(source(text, "u"))
    story = [info, *(analyse(source("The bridge closed.", f"s{n}", d)) for n, d in enumerate(others))]
    inferred = infer_date(info, story)
    assert (None if inferred is None else (inferred.date, inferred.basis)) == expected


def date_verdict(undated: str, dated: str, published: str = "2026-06-12") -> Verdict:
    report = compare([source(LEAD.format(undated), "u"), source(LEAD.format(dated), "d", published)])
    facts = [f for f in report.facts if f.kind is Kind.DATE and {"u", "d"} <= set(f.sources)]
    assert len(facts) == 1, report.facts
    return facts[0].status


@pytest.mark.parametrize(("undated", "dated", "verdict"), [
    ("June 10", "June 10", Verdict.AGREE),
    ("June 10", "June 11", Verdict.DIVERGE),  # unresolved, "June 10" agreed with anything
    ("Wednesday", "June 10", Verdict.AGREE),  # the one Wednesday the story names near its dates
    ("Thursday", "June 11", Verdict.AGREE),
    ("June 9", "Wednesday", Verdict.DIVERGE),
])
def test_an_undated_article_is_compared_through_the_story_dates(undated: str, dated: str,
                                                                verdict: Verdict) -> None:
    assert date_verdict(undated, dated) is verdict


def test_the_report_names_the_inferred_date_and_keeps_published_empty() -> None:
    report = compare([source(LEAD.format("June 10"), "u"), source(LEAD.format("June 10"), "d", "2026-06-12")])
    sources = {s["id"]: s for s in json.loads(report.to_json())["sources"]}
    assert sources["u"]["published"] is None
    assert sources["u"]["inferred_date"] == {"date": "2026-06-12", "basis": PUBLISHED}
    assert "inferred_date" not in sources["d"]
    assert "undated (read as 2026-06-12, from other sources)" in render_markdown(report, RenderOptions())


def test_words_relative_to_the_day_of_writing_stay_unresolved() -> None:
    report = compare([source(LEAD.format("Tuesday"), "u"),
                      source("The transport office spoke.", "d", "2026-06-12")])
    (info,) = [s for s in report.sources if s.article.id == "u"]
    (tuesday,) = [m for m in info.mentions if m.kind is Kind.DATE]
    assert tuesday.canonical == "unresolved tuesday"  # no Tuesday the story names: which one is unknown


def mismatches(report: Report) -> list[Fact]:
    return [f for f in report.facts if f.summary.startswith("weekday and date disagree")]


@pytest.mark.parametrize(("text", "published", "found"), [
    ("The bridge closed on Monday, June 10, after the storm.", "2026-06-12", True),  # a Wednesday in 2026
    ("The bridge closed on Wednesday, June 10, after the storm.", "2026-06-12", False),
    ("The bridge closed on Monday 10 June after the storm.", "2026-06-12", True),
    ("The bridge closed on Monday, June 10, 2024, after the storm.", "2026-06-12", False),  # a Monday then
    ("The bridge closed on Tuesday, June 10, 2025, after the storm.", None, False),
    ("The bridge closed on Monday, June 10, 2025, after the storm.", None, True),  # the year is written
    ("The bridge closed on Monday, June 10, after the storm.", None, False),  # no year to check against
])
def test_a_weekday_that_disagrees_with_its_date_is_flagged(text: str, published: str | None,
                                                           found: bool) -> None:
    report = compare([source(text, "a", published), source("The transport office spoke.", "b", None)])
    facts = mismatches(report)
    assert bool(facts) is found
    if found:
        (fact,) = facts
        assert fact.status is Verdict.DIVERGE and len(fact.mentions) == 2
        assert {m.raw.split()[0].rstrip(",") for m in fact.mentions} >= {"Monday"}


def test_an_undated_article_is_checked_against_the_story_year() -> None:
    undated = source("The bridge closed on Monday, June 10, after the storm.", "u")
    report = compare([undated, source("The transport office spoke on Friday.", "d", "2026-06-12")])
    (fact,) = mismatches(report)
    assert [m.source for m in fact.mentions] == ["u", "u"]
    assert "2026-06-10 is a Wednesday" in fact.summary
    assert "weekday and date disagree" in render_markdown(report, RenderOptions())
