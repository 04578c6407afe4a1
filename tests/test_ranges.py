"""Ranges of measures and counts: one value with two ends, agreeing with any figure inside it.

"ranging from 5 to 15 km", "between 5 and 15 kilometres" and "5-15 km" say the
same thing; reading only the upper end made "12 km" in another source look
like a contradiction of "15 km".
"""

from __future__ import annotations

import pytest

from pairverdict import pair_verdict
from sourcediff import Article, Kind, Verdict
from sourcediff.extract import numbers
from sourcediff.model import Passage, Span
from sourcediff.text import fold


def found(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t")
    passage = Passage("t", 0, 0, Span(0, len(text)), text, fold(text))
    return [(m.raw, m.canonical) for m in numbers.extract(article, (passage,))]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Tremors came from depths ranging from 5 to 15 km.", "5 to 15 km", "5-15 kilometer"),
    ("Depths were between 5 and 15 kilometres.", "between 5 and 15 kilometres", "5-15 kilometer"),
    ("Tremors came from a depth of 5-15 km.", "5-15 km", "5-15 kilometer"),
    ("Tremors came from a depth of 5–15 km.", "5–15 km", "5-15 kilometer"),
    ("Depths varied from 5 km to 15 km along the fault.", "5 km to 15 km", "5-15 kilometer"),
    ("Waves were between 2 metres and 4 metres high.", "between 2 metres and 4 metres", "2-4 meter"),
    ("Estimates range from 200 to 300 homes destroyed.", "200 to 300", "200-300"),
    ("Sentences ranged from three to five years.", "three to five years", "3-5 year"),
])
def test_a_range_is_one_value(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in found(text)
    assert not any(c in ("15 kilometer", "5 kilometer") for _, c in found(text) if c != canonical)


@pytest.mark.parametrize(("text", "values"), [
    # a change between two values is two values, not a range
    ("The toll rose from 9 to 61 people.", {"9", "61"}),
    # one unit at each end is needed: a distance and a time are no range
    ("He drove 5 km to 15 minutes from home.", {"5 kilometer", "15 minute"}),
])
def test_two_values_that_are_no_range(text: str, values: set[str]) -> None:
    canon = {c for _, c in found(text)}
    assert values <= canon
    assert not any("-" in c for c in canon)


BASE = "Seismologists said the tremors were felt at depths {} beneath the valley on Tuesday."


def depth_fact(a: str, b: str) -> Verdict:
    return pair_verdict(BASE, a, b, "2026-06-12",
                        lambda f: f.kind is Kind.NUMBER and "kilometer" in f.mentions[0].canonical)


@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("ranging from 5 to 15 km", "of 12 km", Verdict.AGREE),
    ("between 5 and 15 kilometres", "of 5-15 km", Verdict.AGREE),
    ("ranging from 5 to 15 km", "of 15 km", Verdict.AGREE),
    ("ranging from 5 to 15 km", "of 30 km", Verdict.DIVERGE),
    ("between 5 and 15 kilometres", "between 20 and 25 kilometres", Verdict.DIVERGE),
])
def test_a_range_agrees_with_a_value_inside_it(a: str, b: str, verdict: Verdict) -> None:
    assert depth_fact(a, b) is verdict
