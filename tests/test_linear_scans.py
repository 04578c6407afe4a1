"""Scans made linear in one long paragraph give the answers of the plain scans they replace.

`spanset.DisjointSpans` (dates' and times' longest-first choice of matches) against testing every
kept span; money's `_bracketed_conversion` against searching MONEY_CONVERSION_BEFORE from the
passage's start. Random spans and random strings over the characters the pattern reads, plus
invented sentences that do and do not convert a sum.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcediff.extract import patterns as P
from sourcediff.extract.money import _bracketed_conversion
from sourcediff.extract.spanset import DisjointSpans


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(-2, 9)), max_size=40))
def test_disjoint_spans_keep_what_the_plain_test_keeps(spans: list[tuple[int, int]]) -> None:
    kept, plain = DisjointSpans(), []
    for start, length in spans:
        end = start + length
        want = all(end <= s or e <= start for s, e in plain)
        assert kept.take(start, end) == want
        if want:
            plain.append((start, end))
    assert sorted(plain) == kept.spans


_ALPHABET = "0123456789 ,.-(abouthrngsmpxe\n\t$)"


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=80), st.integers(0, 80))
def test_bracketed_conversion_is_the_whole_search(text: str, start: int) -> None:
    start = min(start, len(text))
    whole = P.MONEY_CONVERSION_BEFORE.search(text, 0, start) is not None
    assert _bracketed_conversion(text, start) == whole


def test_bracketed_conversion_in_sentences() -> None:
    for text, sum_at in (("The bill came to 110 billion euros ($143 billion) in all.", "$143"),
                         ("It raised 9.5 million pounds (about $12 million) last year.", "$12"),
                         ("Costs were 40 million francs (  roughly $44 million) then.", "$44"),
                         ("It cost 2,500 euros ( $2,700 ) each.", "$2,700")):
        assert _bracketed_conversion(text, text.index(sum_at)), text
    for text, sum_at in (("The fund (set up in 2019) paid $3 million.", "$3"),
                         ("Three firms (and $4 million) were named.", "$4"),
                         ("Revenue rose 12 percent to $90 million (from $80 million).", "$80")):
        assert not _bracketed_conversion(text, text.index(sum_at)), text
