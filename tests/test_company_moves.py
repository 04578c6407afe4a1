"""Two outlets' moves of one company's shares diverge; a rival company's move is never the rival figure.

"Harlan shares closed up 2.4 percent" against "Harlan shares ended the day
up 3.4 percent": the short sentences scored under the judge's minimum, so
the local paper's differing move stayed unique. Each move's company is the
name written nearest before it, so in "Harlan rose 2.4%; Coben fell 1.1%"
the 1.1 is Coben's and is never set against Harlan's.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Verdict, compare
from sourcediff.divergemoves import company
from sourcediff.model import Fact, Kind, Mention, Report, Span
from sourcediff.values import Quantity

DAY = "2026-06-16"
LEAD = "Harlan Air ordered 60 jets from Coben Aero at the Brisford air show on Tuesday. "


def report(*bodies: str) -> Report:
    return compare([Article.from_text(LEAD + body, id=f"s{n}", published=DAY)
                    for n, body in enumerate(bodies)])


def fact_of(r: Report, raw: str) -> Fact:
    return next(f for f in r.facts if any(m.raw == raw for m in f.mentions))


def at(text: str, raw: str) -> Mention:
    start = text.index(raw)
    return Mention(Kind.PERCENT, "t", 0, Span(start, start + len(raw)), raw, Quantity(Decimal(1), "%", None))


@pytest.mark.parametrize(("text", "raw", "name"), [
    ("Harlan stock closed 1.6% lower; Coben gained 2.4% on the day.", "2.4%", "Coben"),
    ("Harlan stock closed 1.6% lower; Coben gained 2.4% on the day.", "1.6%", "Harlan"),
    ("Harlan's shares slid 2 per cent, while plane-maker Coben's jumped 3 per cent.", "3 per cent", "Coben"),
    ("Shares in the airline fell 2 per cent.", "2 per cent", None),
    ("Harlan's profit rose 4 per cent.", "4 per cent", None),
    ("Brisford stocks plunged 5 per cent.", "5 per cent", None),
])
def test_a_move_belongs_to_the_name_nearest_before_it(text: str, raw: str, name: str | None) -> None:
    assert company(text, at(text, raw)) == name


def test_two_outlets_moves_of_one_company_diverge() -> None:
    r = report("Harlan shares fell 1.6 percent. Coben shares ended the day up 2.4 percent.",
               "Harlan stock closed 1.6% lower; Coben gained 2.4% on the day.",
               "Coben shares closed up 3.4 percent on the news. Harlan's shares fell 1.6 percent.")
    move = fact_of(r, "3.4 percent")
    assert move.status is Verdict.DIVERGE
    assert {m.raw for m in move.mentions} >= {"2.4 percent", "3.4 percent"}
    assert all(m.raw != "1.6 percent" for m in move.mentions)


def test_the_same_move_agrees() -> None:
    r = report("Coben shares ended the day up 2.4 percent.",
               "Coben shares closed up 2.4 percent on the news.")
    assert fact_of(r, "2.4 percent").status is Verdict.AGREE

