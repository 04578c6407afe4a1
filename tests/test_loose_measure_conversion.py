"""A writer's conversion joined by a comma and a hedge, or by "or", is still a conversion (measureconv).

"The blaze has burnt about 1,200 sq km, roughly 460 square miles, of forest"
states one area twice. Only a bracketed conversion was marked, so the square
miles stayed a second area and a unique fact in the report. A loose join marks
a conversion only when the two figures are the same once converted: "3 km or
five miles" offers two figures and stays two. Invented text.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Converted, Quantity

PLAIN, CONV = Quantity, Converted


def _kinds(text: str) -> list[type]:
    info = analyse(Article.from_text(text, id="s0", published="2026-07-02"))
    return [type(m.value) for m in info.mentions if m.kind is Kind.NUMBER and isinstance(m.value, Quantity)]


def test_comma_and_hedge_mark_the_conversion() -> None:
    text = ("The Kerrow fire has burnt about 1,200 sq km, roughly 460 square miles, of pine forest, "
            "officials said.")
    assert _kinds(text) == [PLAIN, CONV]


def test_comma_and_or_mark_the_conversion() -> None:
    assert _kinds("The new ferry route across Lake Venn is 12 miles, or 19 km, long.") == [PLAIN, CONV]


def test_bare_or_marks_an_agreeing_conversion() -> None:
    assert _kinds("The tower rises 310 metres or about 1,020 feet above the harbour.") == [PLAIN, CONV]


def test_two_different_figures_stay_apart() -> None:
    """"3 km or five miles" offers a choice: 5 miles is 8 km, no rounding of 3 km."""
    assert _kinds("Runners can pick the 3 km loop, or about five miles of the ridge trail.") == [PLAIN, PLAIN]
    assert _kinds("Hikers walk 3 km or five miles, as they choose.") == [PLAIN, PLAIN]


def test_a_bare_comma_lists_measures() -> None:
    assert _kinds("Crews cleared firebreaks of 5 km, 3 miles and 2 km on Monday.") == [PLAIN] * 3


def test_the_converted_figure_is_no_unique_fact() -> None:
    """The local paper's square miles belong to the area fact the others state, not a fact of their own."""
    texts = ("The Kerrow forest fire has burnt 1,210 square kilometres (467 square miles) since Sunday, "
             "the regional fire service said on Thursday.",
             "Firefighters said the Kerrow forest fire had burnt 1,200 sq km of forest since Sunday, the "
             "regional fire service said on Thursday.",
             "Area burnt: about 1,200 sq km, roughly 460 square miles, the regional fire service said of "
             "the Kerrow forest fire on Thursday.")
    articles = [Article.from_text(t, id=f"s{n}", published="2026-07-02") for n, t in enumerate(texts)]
    facts = compare(articles).facts
    miles = [f for f in facts if any("mile" in m.raw for m in f.mentions)]
    assert miles, facts
    assert all(len({m.source for m in f.mentions}) > 1 for f in miles)
