"""A multiplier in words is a count even when its noun stands before it ("more than two million of which").

A tabloid writes "its scooters - more than two million of which were sold"
where the wire writes "about 2.1 million scooters": the figure's noun is the
antecedent of "of which", so no counted noun follows it. Digits with a
multiplier were read already (numberclassify._large_figure); the same figure
in words was dropped, and the story's count lost one outlet. "A million" and
"one in a million" stay idioms.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import extract
from sourcediff.model import Kind
from sourcediff.segment import segment


def _counts(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t")
    return [(m.raw, m.canonical) for m in extract(article, segment(article)) if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "raw", "value"), [
    ("Velta recalled its e-scooters - more than two million of which were sold in Europe.",
     "more than two million", "above 2000000"),
    ("The board printed new ballots, some three million of which were never used.",
     "some three million", "approx 3000000"),
    ("Officials said four thousand of them had been vaccinated by noon.", "four thousand", "4000"),
])
def test_a_multiplier_in_words_is_read_without_its_noun(text: str, raw: str, value: str) -> None:
    assert (raw.capitalize(), value) in [(r.capitalize(), v) for r, v in _counts(text)]


@pytest.mark.parametrize("text", [
    "Thanks a million, the coach told the volunteers.",
    "It was a one in a million shot, the keeper said.",
    "She said she felt like a million dollars after the race.",
    "Seven of the eleven players were new.",
])
def test_idioms_and_small_words_stay_unread(text: str) -> None:
    assert not [raw for raw, value in _counts(text) if "million" in raw.casefold()]


def test_the_tabloid_count_in_words_agrees_with_the_wire() -> None:
    wire = ("BRESSAC, May 4 (Lumen Press) - Velta will refund buyers of about 2.1 million e-scooters "
            "sold in Europe since 2021, the company said on Monday.")
    tabloid = ("Scooter maker Velta is refunding riders of its faulty e-scooters - more than two million of "
               "which were sold across Europe since 2021.")
    articles = [Article.from_text(wire, id="wire", published="2026-05-04"),
                Article.from_text(tabloid, id="tab", published="2026-05-05")]
    facts = [f for f in compare(articles).facts if f.kind is Kind.NUMBER]
    assert any(f.status.value == "agree" and {m.raw for m in f.mentions} >= {"about 2.1 million",
                                                                            "more than two million"}
               for f in facts)
