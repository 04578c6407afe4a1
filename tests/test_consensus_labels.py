"""A fact box's labelled figure that differs from the figure two outlets agree on is their rival.

"Top speed: 36.8 knots" in a local paper's box scores low as a passage against a wire's long sentence,
yet its label names the same measure as a specialist's "Top speed: 38.6 kn"; a tabloid's hedged "almost
40 knots", which fits both, must not shield it.
"""

from __future__ import annotations

from sourcediff import Article, compare

WIRE = ("The glider Skylark reached 212.4 km/h over the ridge near Tarrow and stayed aloft for six hours, "
        "the club said on Saturday.")
TABLOID = "At one point the plucky pilot was screaming along at almost 220 km/h, the club said."
TRADE = ("Flight data:\n\n- Top speed: 212.4 km/h, recorded over the Tarrow ridge\n"
         "- Distance flown: 741 km\n- Time aloft: six hours")


def _facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=k, published="2026-06-13")
                for k, t in zip("abcd", texts, strict=False)]
    return [(f.status.value, [f"{m.source}:{m.raw}" for m in f.mentions]) for f in compare(articles).facts
            if any("km/h" in m.raw for m in f.mentions)]


def test_a_labelled_line_against_the_agreed_figure_diverges() -> None:
    box = "The flight at a glance:\n\n- Top speed: 202.4 km/h\n- Launched from Tarrow airfield"
    facts = _facts(WIRE, TABLOID, TRADE, box)
    assert ("diverge", ["a:212.4 km/h", "b:almost 220 km/h", "c:212.4 km/h", "d:202.4 km/h"]) in facts


def test_a_labelled_line_that_agrees_stays_an_agreement() -> None:
    box = "The flight at a glance:\n\n- Top speed: 212.4 km/h\n- Launched from Tarrow airfield"
    facts = _facts(WIRE, TABLOID, TRADE, box)
    assert [status for status, _ in facts] == ["agree"]

