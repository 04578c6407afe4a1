"""Passages quoting the same words of one speaker join one claim (align/quotejoin.py).

Invented articles about a data breach: a wire quotes the spokeswoman whole,
a paper cuts the quote to its first clause, a blog quotes it too; and the
near-misses the step leaves alone (a stock phrase, two speakers, a headline,
a source quoting the words twice, a claim about something else).
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.align.quotejoin import join_quotes, quoted_runs
from sourcediff.model import SourceInfo
from sourcediff.pipeline import analyse

WIRE = ('"We have found no evidence that customer data was taken, and we are working with police '
        'around the clock," said Dana Whitlow, the company\'s spokeswoman. The outage began on Monday.')
PAPER = ('A spokeswoman, Dana Whitlow, said: "We have found no evidence that customer data was taken." '
         "Shares fell 4% on Tuesday.")
BLOG = ('Whitlow told reporters: "We have found no evidence that customer data was taken, '
        'and we are working with police." Engineers restored service by noon.')
OTHER_SPEAKER = ('"We have found no evidence that customer data was taken," said Marcus Ekwall, '
                 "the regulator. The regulator opened an inquiry.")


def _sources(*texts: str) -> list[SourceInfo]:
    return [analyse(Article.from_text(t, id=f"s{n}", published="2026-08-03")) for n, t in enumerate(texts)]


def _run(texts: tuple[str, ...], claims: list[list[tuple[str, int]]],
         titles: tuple[tuple[str, int], ...] = ()) -> list[list[tuple[str, int]]]:
    sources = _sources(*texts)
    keys = [(p.source, p.index) for s in sources for p in s.passages]
    found = join_quotes([[keys.index(k) for k in c] for c in claims], sources, keys,
                        {keys.index(k) for k in titles})
    return [[keys[n] for n in claim] for claim in found]


def test_the_cut_quote_joins_the_claim_of_the_whole_quote() -> None:
    found = _run((WIRE, PAPER), [[("s0", 0)], [("s1", 0), ("s1", 1)]])
    # the wire's quote sits in a claim of its own, the paper's with its next sentence: each claim
    # gains the other source's quoting passage
    assert ("s1", 0) in found[0]
    assert found[1] == [("s0", 0), ("s1", 0), ("s1", 1)]


def test_quoting_passages_in_no_claim_make_one() -> None:
    assert _run((WIRE, PAPER, BLOG), []) == [[("s0", 0), ("s1", 0), ("s2", 0)]]


def test_a_claim_most_of_whose_sources_do_not_quote_the_words_is_left_alone() -> None:
    unrelated = [("s0", 1), ("s1", 1), ("s2", 1), ("s2", 0)]  # the outage, the shares, the repair
    found = _run((WIRE, PAPER, BLOG), [unrelated, [("s0", 0)]])
    assert found[0] == sorted(unrelated)


def test_two_speakers_named_for_one_run_join_nothing() -> None:
    assert _run((WIRE, OTHER_SPEAKER), []) == []


def test_a_headline_quoting_the_words_joins_nothing() -> None:
    assert _run((WIRE, PAPER), [], titles=(("s1", 0),)) == []


def test_a_source_quoting_the_words_twice_is_left_out() -> None:
    twice = PAPER + ' Later she repeated: "We have found no evidence that customer data was taken."'
    assert _run((WIRE, twice), []) == []


def test_a_stock_phrase_is_no_evidence() -> None:
    assert quoted_runs("we are going to do it, and we will") == set()
    assert quoted_runs("no evidence that customer data was taken") != set()
    assert quoted_runs("four words only here") == set()


def test_a_claim_holding_another_quotation_of_the_speaker_is_left_alone() -> None:
    other_words = ('Whitlow said: "Our engineers have restored every account and every payment service." '
                   "The bank apologised.")
    claim = [("s0", 0), ("s1", 0), ("s2", 0)]  # the wire's and the paper's quote beside other words
    found = _run((WIRE, PAPER, other_words, BLOG), [claim])
    assert found[0] == claim  # the blog's quote stays out: the claim holds another quotation too
