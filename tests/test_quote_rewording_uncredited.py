"""A rewording joins a statement one outlet of which gives the words to a role, not to a name.

Two outlets quote the campaign's leader by name (one of them a cut), a third gives the same words to
"the vice-chancellor" (no name), a fourth rewords them under the leader's name: the rewording is that
statement altered, a divergence, not a unique quote of its own. The uncredited mention is in the
statement for its words, so it does not keep the statement from being matched by speaker.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind

SAID = "This is a prize for a decade of steady investment in teaching and in the staff who do it"
WIRE = ("The Tarrow pier campaign won its appeal on Monday. "
        f"\"{SAID},\" said Harriet Quaile, who led the campaign.")
LOCAL = ("The campaign to save Tarrow pier has won its appeal. Harriet Quaile has led it since 2019. "
         f"\"{SAID},\" the vice-chancellor said.")
TABLOID = ("Pier campaigners won their appeal on Monday. \"This is the prize for ten years of steady "
           "investment in our teachers,\" Harriet Quaile told the Gazette.")
TRADE = ("The Tarrow pier campaign won its appeal on Monday. Campaign chair Harriet Quaile described the "
         "ruling as the product of \u201ca decade of steady investment in teaching\u201d, pointing to a "
         "scheme begun in 2016.")


def _quote_facts() -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=name, published="2026-02-09")
                for name, t in (("wire", WIRE), ("local", LOCAL), ("tabloid", TABLOID), ("trade", TRADE))]
    return [(f.status.value, sorted(m.source for m in f.mentions)) for f in compare(articles).facts
            if f.kind is Kind.QUOTE]


def test_the_rewording_joins_the_statement_as_a_divergence() -> None:
    assert ("diverge", ["local", "tabloid", "trade", "wire"]) in _quote_facts()
