"""A wire's filing date (its dateline) agrees with no date another outlet tells of the story."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind


def _date_facts(*articles: Article) -> list[tuple[str, frozenset[str]]]:
    """Each date fact's verdict and the written dates of its mentions."""
    report = compare(list(articles))
    return [(f.status.value, frozenset(m.raw for m in f.mentions))
            for f in report.facts if f.kind is Kind.DATE]


def test_a_dateline_does_not_agree_with_a_told_date() -> None:
    wire = Article.from_text(
        "ORLEY, Mar 4 (Corvane Press) - The Orley water authority began a review of its billing on Monday, "
        "the authority said. The review will cover three years of accounts.",
        id="wire", published="2026-03-04")
    site = Article.from_text(
        "The Orley water authority began a review of its billing on 4 March, it said. "
        "The review covers three years of accounts.",
        id="site", published="2026-03-06")
    facts = _date_facts(wire, site)
    assert not any(s == "agree" and "Mar 4" in raws for s, raws in facts), facts


def test_two_told_dates_still_agree() -> None:
    wire = Article.from_text(
        "ORLEY, Mar 4 (Corvane Press) - The Orley water authority began a review of its billing on 4 March, "
        "the authority said.",
        id="wire", published="2026-03-04")
    site = Article.from_text(
        "The Orley water authority began a review of its billing on 4 March, it said.",
        id="site", published="2026-03-06")
    facts = _date_facts(wire, site)
    assert any(s == "agree" and "4 March" in raws for s, raws in facts), facts


def test_a_year_does_not_stand_for_the_day_its_source_tells_otherwise() -> None:
    """The site's "in 2026" joins not the others' Monday (the 2nd): in their claim it gives 3 March."""
    wire = Article.from_text(
        "ORLEY, Mar 3 (Corvane Press) - The Orley water authority opened a review of its billing on Monday, "
        "the authority said.", id="wire", published="2026-03-03")
    paper = Article.from_text(
        "The Orley water authority opened a review of its billing on Monday.\n\n"
        "Its chair did not return calls yesterday.", id="paper", published="2026-03-04")
    weekly = Article.from_text(
        "Customers want answers after the Orley water authority opened a review of its billing last Monday.",
        id="weekly", published="2026-03-07")
    site = Article.from_text(
        "The Orley water authority opened a review of its billing on 3 March, it said.\n\n"
        "The review is the sixth the authority has opened in 2026.", id="site", published="2026-03-06")
    facts = _date_facts(wire, paper, weekly, site)
    assert not any("Monday" in raws and "2026" in raws for _, raws in facts), facts
    assert not any("Mar 3" in raws and "3 March" in raws for _, raws in facts), facts
