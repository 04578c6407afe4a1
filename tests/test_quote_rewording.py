"""A quotation one outlet rewords (same speaker, same claim, half its words rewritten): the quote altered."""

from __future__ import annotations

from dataclasses import replace

from sourcediff import Article, compare
from sourcediff.model import Claim, ClaimPassage, Kind, Mention, Span, Verdict
from sourcediff.quoterewording import join_rewordings, reworded
from sourcediff.values import QuoteValue

PUBLISHED = "2026-02-11"
SAID = ("Mayor Elena Brandt toured the flooded district of Halden on Tuesday. "
        '"{}," Brandt told reporters at the pumping station.')
ORIGINAL = ("Halden was swamped in a matter of hours, and the whole city will stand with these streets "
            "until every shop is open again")
REWORDED = ("Halden was swamped in hours, and this city will not rest until every shop on these streets "
            "trades again")


def quote(text: str, speaker: str | None) -> Mention:
    return Mention(Kind.QUOTE, "a", 0, Span(0, len(text)), text, QuoteValue(text=text, norm=""), slot="quote",
                   speaker=speaker)


def quote_facts(*quotes: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(SAID.format(q), id=f"s{n}", published=PUBLISHED)
                for n, q in enumerate(quotes)]
    return [(f.status.value, sorted(m.source for m in f.mentions)) for f in compare(articles).facts
            if f.kind is Kind.QUOTE]


def test_a_half_rewritten_quote_of_one_speaker_is_the_quote_altered() -> None:
    assert reworded(quote(ORIGINAL, "Elena Brandt"), quote(REWORDED, "Brandt"))
    assert quote_facts(ORIGINAL, ORIGINAL, REWORDED) == [("diverge", ["s0", "s1", "s2"])]


def test_exact_and_trimmed_re_quotes_still_agree() -> None:
    trimmed = "the whole city will stand with these streets until every shop is open again"
    assert quote_facts(ORIGINAL, ORIGINAL) == [("agree", ["s0", "s1"])]
    assert quote_facts(ORIGINAL, trimmed) == [("agree", ["s0", "s1"])]


def test_no_rewording_without_one_named_speaker() -> None:
    assert not reworded(quote(ORIGINAL, "Elena Brandt"), quote(REWORDED, "Oskar Lindqvist"))
    assert not reworded(quote(ORIGINAL, "Elena Brandt"), quote(REWORDED, None))


def test_another_statement_of_the_same_speaker_is_no_rewording() -> None:
    # the same speaker's other words share a phrase or two, never half the statement
    other = "Every shop owner in Halden will get a grant from the city before the end of the month"
    assert not reworded(quote(ORIGINAL, "Elena Brandt"), quote(other, "Elena Brandt"))
    # a short phrase is left to the exact-quote rules
    assert not reworded(quote("swamped in a matter of hours", "Elena Brandt"),
                        quote("swamped within hours", "Elena Brandt"))


def test_a_rewording_joins_only_through_a_shared_claim() -> None:
    a = replace(quote(ORIGINAL, "Elena Brandt"), source="s0", passage=3)
    b = replace(quote(REWORDED, "Elena Brandt"), source="s1", passage=7)
    facts = [([a], Verdict.UNIQUE, None, None), ([b], Verdict.UNIQUE, None, None)]
    order = {"s0": 0, "s1": 1}
    shared = Claim("c1", 0.9, (ClaimPassage("s0", 3), ClaimPassage("s1", 7)))
    apart = Claim("c1", 0.9, (ClaimPassage("s0", 3), ClaimPassage("s1", 2)))
    assert join_rewordings(facts, [shared], order) == [([a, b], Verdict.DIVERGE, None, None)]
    assert join_rewordings(facts, [apart], order) == facts
