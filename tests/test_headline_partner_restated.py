"""A subject partner restating the other figure's value is no rival reading (Evidence._other_partner).

A wire's headline "Harlan Rail to cut ticket prices by 41% after
regulator's warning" and its lead "will lower the cost of its annual season
passes by 41 percent" state one figure twice. A local paper's "agreed on
Tuesday to cut ticket prices by 41%" shares its words with the headline
only, so the headline was its subject partner in the wire, and that partner
kept it from the wire's lead (two facts), although the partner states the
very value the lead does. Every sentence here is invented.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.align import score_pairs
from sourcediff.evidence import build_evidence
from sourcediff.model import Kind, Mention, SourceInfo
from sourcediff.pipeline import analyse

WIRE = ("Harlan Rail to cut ticket prices by 41% after regulator's warning\n"
        "FENMOOR, March 3 - Harlan Rail will lower the cost of its annual season passes by 41 percent, to "
        "2,100 crowns, from April 1, the operator said on Tuesday.\n"
        "The regulator had warned in January that the fares were the highest in the region.\n")
LOCAL = ("Fenmoor commuters could finally afford the train after the operator agreed on Tuesday to cut "
         "ticket prices by 41%.\n"
         "Season passes will cost 2,100 crowns from April 1.\n")

def _sources() -> tuple[SourceInfo, ...]:
    return tuple(analyse(Article.from_text(t, id=f"s{n}", published="2027-03-03"))
                 for n, t in enumerate((WIRE, LOCAL)))


def _percent(source: SourceInfo, raw: str) -> Mention:
    return next(m for m in source.mentions if m.kind is Kind.PERCENT and m.raw == raw)


def test_the_lead_and_a_partner_restating_its_value_are_one_subject() -> None:
    sources = _sources()
    ev = build_evidence(sources, (), score_pairs(sources))
    lead, local = _percent(sources[0], "41 percent"), _percent(sources[1], "41%")
    assert not ev.two_subjects(lead, local)
    assert not ev.two_subjects(local, lead)


def test_one_fact_holds_the_wire_lead_and_the_local_figure() -> None:
    articles = [Article.from_text(t, id=f"s{n}", published="2027-03-03")
                for n, t in enumerate((WIRE, LOCAL))]
    facts = [f for f in compare(articles).facts if f.kind is Kind.PERCENT]
    held = [{(m.source, m.raw) for m in f.mentions} for f in facts]
    assert held == [{("s0", "41%"), ("s0", "41 percent"), ("s1", "41%")}], held
