"""A record's sentences, one of them giving a rival year, make a claim (align/recordjoin.py).

Invented articles about a heat record: three outlets say the hottest July
since 1911, a fourth says since 1921 in a sentence that also gives the
month's mean temperature, and the near-misses the step leaves alone.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.align.recordjoin import join_records
from sourcediff.model import SourceInfo
from sourcediff.pipeline import analyse

WIRE = ("Forecasters said on Monday that the month was the hottest July in the valley since 1911. "
        "Water use rose by a fifth.")
PAPER = "It was officially the hottest July since 1911, the weather office confirmed."
BLOG = "The met office says this was the hottest July on record here since 1911."
RIVAL = ("The mean temperature reached 24.6C, making it the hottest July since 1921, "
         "according to the forecaster.")


def _sources(*texts: str) -> list[SourceInfo]:
    return [analyse(Article.from_text(t, id=f"s{n}", published="2026-08-03")) for n, t in enumerate(texts)]


def _keys(sources: list[SourceInfo]) -> list[tuple[str, int]]:
    return [(p.source, p.index) for s in sources for p in s.passages]


def _joined(texts: tuple[str, ...], claims: list[list[int]] | None = None) -> list[list[tuple[str, int]]]:
    sources = _sources(*texts)
    keys = _keys(sources)
    found = join_records(claims or [], sources, keys, [k[0] for k in keys])
    return [[keys[n] for n in claim] for claim in found]


def test_the_rival_year_and_the_agreeing_years_make_one_claim() -> None:
    assert _joined((WIRE, PAPER, BLOG, RIVAL)) == [[("s0", 0), ("s1", 0), ("s2", 0), ("s3", 0)]]


def test_a_claim_already_holding_the_rival_beside_two_agreeing_sources_is_enough() -> None:
    held = [[0, 2, 4]]  # the wire's record sentence, the paper's and the rival's
    sources = _sources(WIRE, PAPER, BLOG, RIVAL)
    keys = _keys(sources)
    assert keys[4] == ("s3", 0) and keys[2] == ("s1", 0)
    assert join_records([list(c) for c in held], sources, keys, [k[0] for k in keys]) == held


def test_split_votes_and_two_sources_make_no_claim() -> None:
    assert _joined((WIRE, PAPER)) == []  # two sources alike: the pair model's business
    assert _joined((WIRE, RIVAL)) == []  # one against one
    two_v_two = (WIRE, PAPER, RIVAL, "It was the hottest July since 1921 in the valley.")
    assert _joined(two_v_two) == []


def test_a_headline_is_no_seat_of_a_record() -> None:
    sources = _sources(WIRE, PAPER, BLOG, RIVAL)
    keys = _keys(sources)
    found = join_records([], sources, keys, [k[0] for k in keys], titles={keys.index(("s2", 0))})
    assert [[keys[n] for n in claim] for claim in found] == [[("s0", 0), ("s1", 0), ("s3", 0)]]


def test_three_sources_dating_a_record_alike_make_a_claim_unless_one_holds_them() -> None:
    # the tail of a sentence about something else ("... to 31.2C, its hottest July since 1911") is seated
    # with that; the record's sentences still meet in a claim of their own
    tail = "The mean rose to 24.6C on the last day, the hottest July since 1911, the forecaster said."
    assert _joined((WIRE, PAPER, tail)) == [[("s0", 0), ("s1", 0), ("s2", 0)]]
    sources = _sources(WIRE, PAPER, tail)
    keys = _keys(sources)
    held = [[n for n, k in enumerate(keys) if k[1] == 0]]
    assert join_records([list(c) for c in held], sources, keys, [k[0] for k in keys]) == held


def test_a_record_one_source_dates_twice_makes_no_agreed_claim() -> None:
    twice = "It was the hottest July since 1911. Farmers said it was the hottest July since 1911 for crops."
    assert _joined((WIRE, PAPER, twice)) == []
