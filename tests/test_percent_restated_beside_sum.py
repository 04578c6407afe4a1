"""A percentage a source restates beside the same sum is one fact, not two (evidence._ambiguous).

A trade site's lead "bought a 60% stake in Marrowby Ironworks for $90
million" and its fact box "Price: $90m for 60% of the ordinary shares"
share no word around the percentage, so the source was taken to use 60%
for two things, and a paper's "60 per cent of the works" was then kept from
the lead's 60% (complete linkage needs every pair): the agreed stake came
out as two facts. The sum told beside the figure in both passages says they
are one deal told twice. A source that states one percentage for two
things with no sum in common is still read as two subjects. Every sentence
here is invented.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.align import score_pairs
from sourcediff.evidence import build_evidence
from sourcediff.model import Kind, SourceInfo
from sourcediff.pipeline import analyse

TRADE = ("Keldon Holdings completed its purchase of a 60% stake in Marrowby Ironworks on 3 March for "
         "$90 million.\n\n"
         "Price: $90m for 60% of the ordinary shares, valuing the works at about $150m.\n\n"
         "Jobs: the buyer said none of the plant's posts would go.\n")
PAPER = ("Keldon Holdings now owns 60 per cent of the works after a sale that closed on Tuesday, "
         "the Marrowby Echo understands.\n\n"
         "The deal was worth $90m.\n")
TWO_THINGS = ("Output at the mill rose 12% in the spring, its owners said on Monday.\n\n"
              "Separately, tram fares in the valley will go up 12% from May.\n")


def _sources(*texts: str) -> tuple[SourceInfo, ...]:
    return tuple(analyse(Article.from_text(t, id=f"s{n}", published="2027-03-04"))
                 for n, t in enumerate(texts))


def test_a_percentage_restated_beside_one_sum_is_one_subject() -> None:
    sources = _sources(TRADE, PAPER)
    ev = build_evidence(sources, (), score_pairs(sources))
    assert (Kind.PERCENT, "60%") not in ev.ambiguous


def test_a_percentage_told_of_two_things_without_a_sum_stays_two_subjects() -> None:
    sources = _sources(TWO_THINGS, PAPER)
    ev = build_evidence(sources, (), score_pairs(sources))
    assert (Kind.PERCENT, "12%") in ev.ambiguous


def test_the_stake_is_one_agreed_fact() -> None:
    articles = [Article.from_text(t, id=f"s{n}", published="2027-03-04")
                for n, t in enumerate((TRADE, PAPER))]
    facts = [f for f in compare(articles).facts if f.kind is Kind.PERCENT]
    held = [{(m.source, m.raw) for m in f.mentions} for f in facts]
    assert held == [{("s0", "60%"), ("s1", "60 per cent")}], held
