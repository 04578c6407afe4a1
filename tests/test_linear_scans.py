"""Scans made linear in one long paragraph give the answers of the plain scans they replace.

`spanset.DisjointSpans` (dates' and times' longest-first choice of matches) against testing every
kept span; money's `_bracketed_conversion` against searching MONEY_CONVERSION_BEFORE from the
passage's start; quotes' `_sentence_start` against scanning the paragraph from its start. Random
spans and random strings over the characters the patterns read, plus invented sentences.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcediff.extract import patterns as P
from sourcediff.extract import quotes
from sourcediff.extract.money import _bracketed_conversion
from sourcediff.extract.quotes import _ends, _sentence_start
from sourcediff.extract.spanset import DisjointSpans, disjoint
from sourcediff.model import Span


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
    spans_ = [(start, start + length) for start, length in spans]
    chosen = disjoint(spans_)
    assert [spans_[n] for n in chosen] == plain  # up to 12 spans tested plainly, more by the sorted set


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


def _plain_sentence_start(mtext: str, para: Span, pos: int) -> int:
    start = para.start
    for m in _ends(mtext, para.start, pos):
        start = m.end()
    return start


_PIECES = ["Sen.", "Dr.", "J.", "U.S.", "said", "It", "rose", "9", "a.m.", ".", "!", "?",
           "…", "”", "\"", "’", ")", "(", "“", "[", " ", "  ", "\n", "The", "end."]
_PROSE = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_PROSE, st.integers(0, 30), st.integers(0, 200), st.integers(-5, 220))
def test_sentence_start_is_the_scan_from_the_paragraph_start(text: str, start: int, length: int,
                                                             pos: int) -> None:
    para = Span(min(start, len(text)), min(start + length, len(text)))
    with _always_looked_up():
        assert _sentence_start(text, para, pos) == _plain_sentence_start(text, para, pos)
        for at in range(para.start, para.end + 1):
            assert _sentence_start(text, para, at) == _plain_sentence_start(text, para, at)


@contextlib.contextmanager
def _always_looked_up() -> Iterator[None]:
    """Every paragraph's sentence ends looked up, not only long ones' (a short one is scanned plainly)."""
    short, quotes._SHORT_SCAN = quotes._SHORT_SCAN, -1
    try:
        yield
    finally:
        quotes._SHORT_SCAN = short


def test_sentence_start_in_a_paragraph() -> None:
    text = ("The mayor spoke first. Sen. Jane Q. Roe then said the plan was “late.” The U.S. envoy "
            "(Dr. Lee) agreed! Was it enough? “No,” said one resident. The vote is on Friday.")
    para = Span(0, len(text))
    with _always_looked_up():
        starts = {_sentence_start(text, para, at) for at in range(len(text) + 1)}
    assert starts == {_plain_sentence_start(text, para, at) for at in range(len(text) + 1)}
    assert starts == {_sentence_start(text, para, at) for at in range(len(text) + 1)}
    assert text.index("Sen.") in starts and text.index("Sen.") + 5 not in starts  # no end after "Sen."
