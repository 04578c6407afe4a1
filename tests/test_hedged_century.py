"""A bound makes "a century" a span: "at least a century" is the "at least 100 years" of another outlet.

A specialist site writes that a new orbit "excludes any impact for at least a century"
where a wire writes "for at least 100 years": one span, but the "a" of "a century" was
no figure, so the two never met and the wire's figure stayed a detail of its own. As for
"at least a minute" (patterns.NUM_A_HEDGED_SPAN), the bound reads the "a" as the figure 1
of the unit; a bare "a century" stays unread, as a cricketer's hundred is also one.

Every name, place and sentence is invented.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article, Kind, Verdict


def number_facts(*texts: str) -> list[tuple[Verdict, list[tuple[str, str]]]]:
    report = compare([Article.from_text(t, id=f"s{n}") for n, t in enumerate(texts)])
    return [(f.status, sorted((m.source, m.raw) for m in f.mentions)) for f in report.facts
            if f.kind in (Kind.NUMBER, Kind.PERCENT)]


def test_at_least_a_century_agrees_with_at_least_100_years() -> None:
    facts = number_facts("The Tarrow dam will need no major repair for at least 100 years, engineers said.",
                         "The Tarrow dam will need no major repair for at least a century, engineers said.")
    assert facts == [(Verdict.AGREE, [("s0", "at least 100 years"), ("s1", "at least a century")])]


def test_nearly_a_century_is_read_and_can_differ() -> None:
    facts = number_facts("The Orlan mill has stood empty for nearly a century, the council said.",
                         "The Orlan mill has stood empty for 40 years, the council said.")
    assert [status for status, _ in facts] == [Verdict.DIVERGE]


def test_a_bare_century_stays_unread() -> None:
    assert number_facts("Pellow made a century for the county side on Saturday, the club said.") == []
