"""A match minute written "on 78 minutes" is the "78th minute" another outlet writes.

Football reports say a goal came "on 78 minutes" as often as "in the 78th
minute". Read as a duration, the cardinal never met the ordinal, so one
outlet's 76th minute and another's "on 78 minutes" for the same winner were
unrelated figures and the clash went unseen. Only "on" marks the idiom:
"after 20 minutes" and "in 20 minutes" are lengths of time and stay so.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.pipeline import analyse


def numbers(text: str) -> list[tuple[str, str, str]]:
    info = analyse(Article.from_text(text, id="u", published="2026-04-19"))
    return [(m.raw, m.value.canonical(), m.slot) for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dario Pellow headed the winner on 78 minutes.", [("78 minutes", "78", "number:ordinal")]),
    ("Dario Pellow levelled on 52 mins from a corner.", [("52 mins", "52", "number:ordinal")]),
    ("Dario Pellow headed the winner in the 78th minute.", [("78th minute", "78", "number:ordinal")]),
    # lengths of time stay durations
    ("The fire crews arrived after 20 minutes.", [("20 minutes", "20 minute", "number:minute")]),
    ("The next train leaves in 20 minutes.", [("20 minutes", "20 minute", "number:minute")]),
])
def test_on_n_minutes_is_a_minute_of_play(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = numbers(text)
    assert [f for f in found if "minute" in f[0] or "min" in f[0]] == expected


@pytest.mark.parametrize("text", [
    "The fire crews arrived on about 20 minutes' notice.",  # hedged
    "The fire crews arrived on five minutes' notice.",  # spelled
])
def test_a_hedged_or_spelled_figure_is_no_minute_of_play(text: str) -> None:
    assert all(slot != "number:ordinal" for _, _, slot in numbers(text))


def minute_facts(a: str, b: str) -> list[tuple[Verdict, list[str]]]:
    report = compare([Article.from_text(a, id="report", published="2026-04-19"),
                      Article.from_text(b, id="blog", published="2026-04-19")])
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in report.facts
            if f.kind is Kind.NUMBER and any("minute" in m.raw for m in f.mentions)]


def test_on_78_minutes_agrees_with_the_78th_minute() -> None:
    a = "Ashby Town beat Wexley 2-1 at Fenmoor Park, Dario Pellow heading the winner in the 78th minute."
    b = "Ashby Town beat Wexley 2-1 at Fenmoor Park, Dario Pellow heading the winner on 78 minutes."
    assert minute_facts(a, b) == [(Verdict.AGREE, ["78 minutes", "78th minute"])]


def test_on_78_minutes_clashes_with_the_76th_minute() -> None:
    a = "Ashby Town beat Wexley 2-1 at Fenmoor Park, Dario Pellow heading the winner in the 76th minute."
    b = "Ashby Town beat Wexley 2-1 at Fenmoor Park, Dario Pellow heading the winner on 78 minutes."
    assert minute_facts(a, b) == [(Verdict.DIVERGE, ["76th minute", "78 minutes"])]
