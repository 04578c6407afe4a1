"""A count its sentence marks as a part is no rival of a count of the whole (partcounts.py).

"Ellery spent his first 9 seasons with the Kestrels as a player" and
another outlet's "Morrow has spent 14 seasons with the Kestrels" share
their words, so the context rule set one man's playing years against the
other's whole tenure. Two "first" counts still contradict each other. All
text here is invented.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import compare

LEAD = "The Kestrels fired head coach Rowan Ellery on Monday after a 3-9 start.\n\n"
PLAYER = LEAD + "Ellery spent his first 9 seasons with the Kestrels as a player.\n"
ASSISTANT = LEAD + "Morrow has spent 14 seasons with the Kestrels.\n"


def _facts(texts: list[str]) -> list[tuple[Verdict, list[tuple[str, str]]]]:
    articles = [Article(id=f"s{i}", text=t, published=dt.date(2025, 3, 12)) for i, t in enumerate(texts)]
    return [(f.status, sorted((m.source, m.raw) for m in f.mentions))
            for f in compare(articles).facts
            if f.kind is Kind.NUMBER and f.mentions[0].raw in ("9", "14", "11")]


def test_a_first_seasons_count_is_no_rival_of_a_whole_tenure() -> None:
    facts = _facts([PLAYER, PLAYER.replace("fired", "sacked"), ASSISTANT])
    assert (Verdict.AGREE, [("s0", "9"), ("s1", "9")]) in facts
    assert (Verdict.UNIQUE, [("s2", "14")]) in facts


def test_two_first_seasons_counts_still_diverge() -> None:
    facts = _facts([PLAYER, PLAYER.replace("fired", "sacked"), PLAYER.replace("first 9", "first 11")])
    assert (Verdict.DIVERGE, [("s0", "9"), ("s1", "9"), ("s2", "11")]) in facts


FLOOD = ("Floods swept through the Varn valley last week, officials said on Monday.\n\n"
         "The water killed {} people {} when the river burst its banks.\n")


def _tolls(texts: list[str]) -> list[tuple[Verdict, list[tuple[str, str]]]]:
    articles = [Article(id=f"s{i}", text=t, published=dt.date(2025, 3, 12)) for i, t in enumerate(texts)]
    return [(f.status, sorted((m.source, m.raw) for m in f.mentions))
            for f in compare(articles).facts if f.kind is Kind.NUMBER and "," in f.mentions[0].raw]


def test_a_toll_marked_as_a_part_is_no_rival_of_the_whole() -> None:
    whole = FLOOD.format("1,900", "across the region")
    for part in (FLOOD.format("1,200", "in the province alone"),
                 FLOOD.format("1,200", "in the province and hundreds more downstream")):
        facts = _tolls([whole, whole.replace("swept", "tore"), part])
        assert (Verdict.AGREE, [("s0", "1,900"), ("s1", "1,900")]) in facts
        assert (Verdict.UNIQUE, [("s2", "1,200")]) in facts


def test_a_rival_toll_of_the_whole_still_diverges() -> None:
    whole = FLOOD.format("1,900", "across the region")
    facts = _tolls([whole, whole.replace("swept", "tore"), FLOOD.format("1,700", "across the region")])
    assert (Verdict.DIVERGE, [("s0", "1,900"), ("s1", "1,900"), ("s2", "1,700")]) in facts
