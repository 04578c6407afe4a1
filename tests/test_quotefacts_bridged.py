"""One statement cut two ways by two outlets is one quote fact when a third quotes it whole (invented text).

A wire quotes both sentences of a harbour master's statement, a broadsheet
only the first and a trade paper a fragment of the second. Quote facts are
matched sentence by sentence, so the broadsheet's sentence met the wire's
first and the trade paper's fragment the wire's second: two agreeing facts
for what a reader sees as one statement quoted by three outlets. The wire's
quotation bridges them; they are now one fact. A sentence that diverges
(another speaker) stays its own fact.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict

PUBLISHED = "2027-06-14"
FIRST = "The old quay kept this town alive for two centuries"
SECOND = "we owe it a future, not a fence around a ruin"


def _quotes(texts: list[str]) -> list[tuple[Verdict, set[str], str | None]]:
    arts = [Article.from_text(t, id=f"s{n}", published=PUBLISHED) for n, t in enumerate(texts)]
    report = compare(arts)
    return [(f.status, {m.source for m in f.mentions}, f.mentions[0].speaker)
            for f in report.facts if f.kind is Kind.QUOTE]


def test_a_whole_quotation_bridges_two_outlets_that_cut_it_differently() -> None:
    quotes = _quotes([
        f'The board will restore Kelsby quay. "{FIRST}. Now {SECOND}," harbour master Ines Dworak said.',
        f'Kelsby quay is to be restored. "{FIRST}," harbour master Ines Dworak told the meeting.',
        f'Dworak said the town must give the quay "{SECOND}".',
    ])
    joined = [q for q in quotes if q[1] == {"s0", "s1", "s2"}]
    assert joined and joined[0][0] is Verdict.AGREE, quotes
    assert len(quotes) == 1, quotes


def test_a_sentence_given_to_another_speaker_is_not_bridged_into_agreement() -> None:
    quotes = _quotes([
        f'The board will restore Kelsby quay. "{FIRST}. Now {SECOND}," harbour master Ines Dworak said.',
        f'Kelsby quay is to be restored. "{FIRST}," council leader Tobias Renner told the meeting.',
        f'Dworak said the town must give the quay "{SECOND}".',
    ])
    assert any(status is Verdict.DIVERGE and {"s0", "s1"} <= sources for status, sources, _ in quotes), quotes
    agreed = [sources for status, sources, _ in quotes if status is Verdict.AGREE]
    assert not any({"s1", "s2"} <= sources for sources in agreed), quotes


def test_a_sentence_only_some_outlets_go_on_to_quote_joins_the_statement_without_losing_it() -> None:
    """The third outlet quotes both sentences apart: one statement fact, its second sentence kept.

    quotecuts.join_cut_quotations makes one fact of a statement that one source quotes unbroken; the
    sentence only two outlets go on to quote is not dropped from it (each source's mention keeps its
    words, so a reference listing that sentence as a fact of its own still finds it).
    """
    arts = [Article.from_text(t, id=f"s{n}", published=PUBLISHED) for n, t in enumerate([
        f'The board will restore Kelsby quay. "{FIRST}. Now {SECOND}," harbour master Ines Dworak said.',
        f'Kelsby quay is to be restored. "{FIRST}," harbour master Ines Dworak told the meeting.',
        f'"{FIRST}," Dworak said at the quay. "Now {SECOND}."',
    ])]
    quotes = [f for f in compare(arts).facts if f.kind is Kind.QUOTE]
    whole = [f for f in quotes if {m.source for m in f.mentions} == {"s0", "s1", "s2"}]
    assert whole and whole[0].status is Verdict.AGREE, quotes
    held = " ".join(m.raw for f in quotes for m in f.mentions if m.source == "s2")
    assert SECOND.split(",")[0] in held, quotes
