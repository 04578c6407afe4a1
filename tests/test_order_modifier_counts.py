"""A figure before "earlier"/"later" and a plural noun counts that noun (invented text).

"the two earlier attempts" was dropped: "earlier" ended the count's noun
phrase, as it must after a noun ("six days earlier") or before a time word
("rose to 12 earlier this year"), so another outlet's "two previous attempts"
stood alone.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.model import Mention
from sourcediff.pipeline import analyse


def _numbers(text: str) -> list[Mention]:
    article = Article.from_text(text, published="2026-04-14")
    return [m for m in analyse(article).mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "raw"), [
    ("The club said the two earlier bids had been rejected by the board.", "two"),
    ("Engineers blamed the five later failures on a faulty valve at the Orrin plant.", "five"),
    ("All 14 earlier inspections of the Calder bridge found no cracks.", "14"),
])
def test_the_figure_counts_the_noun_after_the_order_word(text: str, raw: str) -> None:
    assert [m.raw for m in _numbers(text) if m.raw == raw] == [raw]


@pytest.mark.parametrize(("text", "raw"), [
    ("The rescuers reached the hut three days later.", "three"),
    ("Two earlier, the ferry had already left Brannock harbour.", "Two"),
])
def test_earlier_after_a_noun_or_before_no_plural_still_ends_the_count(text: str, raw: str) -> None:
    assert not any(m.slot == "number:count" and m.raw == raw for m in _numbers(text))


def test_two_outlets_agree_on_the_attempts() -> None:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-04-14") for n, t in enumerate([
        "Vellmoor Athletic's third offer for the striker was accepted on Monday after the two earlier "
        "bids were turned down.",
        "Vellmoor Athletic had two previous bids for the striker turned down before its third offer was "
        "accepted on Monday.",
    ])]
    twos = [f for f in compare(arts).facts
            if f.kind is Kind.NUMBER and any(m.raw == "two" for m in f.mentions)]
    assert any(f.status is Verdict.AGREE and {m.source for m in f.mentions} == {"s0", "s1"} for f in twos)
