"""A cut quote of few content words joins the claim of the whole quote when both name one speaker.

Invented articles about a ferry operator: a wire quotes its chief executive
whole, a tabloid keeps only his last words ("We will do it route by
route"), a paragraph of their own after a line naming him. The run holds
two content words ("route" twice), so
alone it is no evidence (align/quotejoin.py: a stock phrase); both passages
giving the words to one named speaker are.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.align.quotejoin import NAMED_MIN_CONTENT, join_quotes, quoted_runs
from sourcediff.model import SourceInfo
from sourcediff.pipeline import analyse

WIRE = ('"We let our passengers down last winter, and we will do it route by route," said Olaf Brennick, '
        "the operator's chief executive. The new timetable starts in May.")
TABLOID = ('Ferry boss Olaf Brennick said: "We will do it route by route." '
           "Fares will rise by 6% from June.")
UNNAMED = ('Ferry bosses vowed to win back travellers. "We will do it route by route." '
           "Fares will rise by 6% from June.")
OTHER_SPEAKER = ('Union leader Petra Saltash said: "We will do it route by route." '
                 "Fares will rise by 6% from June.")


def _sources(*texts: str) -> list[SourceInfo]:
    return [analyse(Article.from_text(t, id=f"s{n}", published="2026-11-05")) for n, t in enumerate(texts)]


def _run(texts: tuple[str, ...], claims: list[list[tuple[str, int]]]) -> list[list[tuple[str, int]]]:
    sources = _sources(*texts)
    keys = [(p.source, p.index) for s in sources for p in s.passages]
    found = join_quotes([[keys.index(k) for k in c] for c in claims], sources, keys, set())
    return [[keys[n] for n in claim] for claim in found]


def test_a_run_of_two_content_words_is_read_only_when_asked() -> None:
    assert quoted_runs("we will do it route by route") == set()
    assert ("do", "it", "route", "by", "route") in quoted_runs("we will do it route by route",
                                                              least=NAMED_MIN_CONTENT)


def test_the_cut_quote_of_a_named_speaker_joins_the_whole_quote() -> None:
    found = _run((WIRE, TABLOID), [[("s0", 0)]])
    assert found[0] == [("s0", 0), ("s1", 0)]


def test_lone_quoting_passages_of_one_named_speaker_make_a_claim() -> None:
    assert _run((WIRE, TABLOID), []) == [[("s0", 0), ("s1", 0)]]


def test_an_unnamed_quote_of_few_content_words_joins_nothing() -> None:
    found = _run((WIRE, UNNAMED), [[("s0", 0)]])
    assert found == [[("s0", 0)]]


def test_two_named_speakers_of_few_content_words_join_nothing() -> None:
    assert _run((WIRE, OTHER_SPEAKER), []) == []


def test_the_cut_quote_takes_no_second_seat_of_its_source() -> None:
    # the tabloid's line naming the boss already sits in the claim: a run of two content words fills a
    # missing source only, never a second seat beside the source's own passage
    tabloid = ('Ferry boss Olaf Brennick promised passengers better days. Brennick said: '
               '"We will do it route by route." Fares will rise by 6% from June.')
    found = _run((WIRE, tabloid), [[("s0", 0), ("s1", 0)]])
    assert found == [[("s0", 0), ("s1", 0)]]
