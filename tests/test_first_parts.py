"""A count of the first units of something longer is no rival of a whole (firstparts.py).

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
