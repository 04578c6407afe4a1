"""A subject partner stating the value of a figure beside m is no rival reading (Evidence._sibling_told).

A community paper writes both rates in one sentence: "only 64 percent of
riders paid their fares, against the 90 percent management aims for". The
words around its 90 percent are then those of its 64 percent, so a trade
site's "64% of riders paid their fares" matched them and was taken as the
trade site's reading of the paper's 90 percent, a rival of its size: the
trade site's own "90% is needed to break even" was kept apart from the
paper's 90 percent as another subject, and the agreed target split in two
facts. The trade site's 64% is the reading of the paper's 64 percent, the
sibling right beside the 90 percent. Every sentence here is invented.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.align import score_pairs
from sourcediff.evidence import build_evidence
from sourcediff.model import Kind, Mention, SourceInfo
from sourcediff.pipeline import analyse

PAPER = ("Fare dodging on the Dunholt tram line\n"
         "At Dunholt, only 64 percent of riders paid their fares in March, against the 90 percent "
         "management aims for.\n"
         "Inspectors will be doubled from June, the operator said.\n")
TRADE = ("Dunholt tram operator to double inspectors\n"
         "Dunholt: 64% of riders paid their fares in March.\n"
         "A rate of 90% is needed to break even, the company says.\n"
         "The operator will double its inspectors from June.\n")


def _sources() -> tuple[SourceInfo, ...]:
    return tuple(analyse(Article.from_text(t, id=f"s{n}", published="2027-04-02"))
                 for n, t in enumerate((PAPER, TRADE)))


def _percent(source: SourceInfo, raw: str) -> Mention:
    return next(m for m in source.mentions if m.kind is Kind.PERCENT and m.raw == raw)


def test_a_partner_stating_the_siblings_value_is_no_rival() -> None:
    sources = _sources()
    ev = build_evidence(sources, (), score_pairs(sources))
    paper, trade = _percent(sources[0], "90 percent"), _percent(sources[1], "90%")
    assert not ev.two_subjects(paper, trade)
    assert not ev.two_subjects(trade, paper)


def test_the_sibling_itself_still_finds_its_partner() -> None:
    sources = _sources()
    ev = build_evidence(sources, (), score_pairs(sources))
    paper = _percent(sources[0], "64 percent")
    assert ev.subject_partner(paper, "s1") == _percent(sources[1], "64%")


def test_one_fact_holds_both_targets() -> None:
    articles = [Article.from_text(t, id=f"s{n}", published="2027-04-02")
                for n, t in enumerate((PAPER, TRADE))]
    facts = [f for f in compare(articles).facts if f.kind is Kind.PERCENT]
    held = [{(m.source, m.raw) for m in f.mentions} for f in facts]
    assert {("s0", "90 percent"), ("s1", "90%")} in held, held
