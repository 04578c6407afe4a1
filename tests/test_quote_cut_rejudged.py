"""A statement two outlets quote in two sentences and a third rewrites past the first sentence.

The third outlet's one quotation holds the first sentence as a run of its
own words, so it agreed with that sentence's fact; the second sentence's fact
held only the two outlets that agree. `quotecuts.join_cut_quotations` made
the two sentence facts one and kept "agree", hiding the rewording. The joined
fact is judged again as the whole statement.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article, Fact, Kind, Verdict

HEAD = "Harrowgate mill to close in June\n\n"
FIRST = "These are not weak firms"
SECOND = "They are being priced and regulated out of business"
WIRE = HEAD + f'"{FIRST}. {SECOND}," said Ottavia Brenn, head of the weavers\' guild.\n'
TRADE = HEAD + f'"{FIRST}. {SECOND}," said Ottavia Brenn, who leads the weavers\' guild.\n'


def _statement(*texts: str) -> Fact:
    report = compare([Article.from_text(t, id=f"s{n}") for n, t in enumerate(texts)])
    facts = [f for f in report.facts if f.kind is Kind.QUOTE and any(FIRST in m.raw for m in f.mentions)]
    assert len(facts) == 1
    return facts[0]


def test_a_quote_rewritten_after_its_first_sentence_diverges() -> None:
    tabloid = HEAD + f'Guild boss Ottavia Brenn raged: "{FIRST}, they are being crushed to death."\n'
    fact = _statement(WIRE, tabloid, TRADE)
    assert {m.source for m in fact.mentions} == {"s0", "s1", "s2"}
    assert fact.status is Verdict.DIVERGE


def test_a_quote_cut_after_its_first_sentence_still_agrees() -> None:
    tabloid = HEAD + f'Guild boss Ottavia Brenn said: "{FIRST}."\n'
    assert _statement(WIRE, tabloid, TRADE).status is Verdict.AGREE


def test_the_whole_statement_quoted_alike_agrees() -> None:
    tabloid = HEAD + f'Guild boss Ottavia Brenn said: "{FIRST}, {SECOND.lower()}."\n'
    assert _statement(WIRE, tabloid, TRADE).status is Verdict.AGREE


def test_sentences_given_in_another_order_still_agree() -> None:
    first_cut = "These are not weak firms"
    wire = HEAD + f'"{FIRST}," said Ottavia Brenn, head of the weavers\' guild. "{SECOND}."\n'
    tabloid = HEAD + f'Guild boss Ottavia Brenn said: "{FIRST}."\n'
    trade = HEAD + f'"{SECOND}. {first_cut}," said Ottavia Brenn, who leads the weavers\' guild.\n'
    assert _statement(wire, tabloid, trade).status is Verdict.AGREE
