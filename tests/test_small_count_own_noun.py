"""A small count is no second telling of another outlet's count when its source tells that count itself.

Invented articles. A live blog that quotes the fire chief's "three floors"
in one entry and writes "crews from three stations" in another has said how
many floors there were, in the floors' own words; when the aligner puts its
stations entry beside the wire's floors quote as well, the two equal
figures are still two facts (factlinks._told_with_own_noun). Outlets that
name one count with their own nouns ("two patients", "two cases") stay one
fact: nothing in either source says the nouns count different things.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.compare import judge
from sourcediff.model import Claim, ClaimPassage, Fact, Kind, SourceInfo
from sourcediff.pipeline import analyse

WIRE = ("A gas explosion wrecked a block of flats on Alder Street in Halsey early on Monday.\n\n"
        "\"The blast tore through three floors,\" the chief fire officer told reporters.")
BLOG = ("A gas explosion has wrecked a block of flats on Alder Street in Halsey.\n\n"
        "\"The blast tore through three floors,\" the chief fire officer said at the cordon.\n\n"
        "Fire crews from three stations are at the scene.")


def _sources(*texts: str) -> tuple[SourceInfo, ...]:
    return tuple(analyse(Article.from_text(t, id=f"s{n}", published="2026-03-02"))
                 for n, t in enumerate(texts))


def _passage(s: SourceInfo, words: str) -> ClaimPassage:
    return next(ClaimPassage(s.article.id, p.index) for p in s.passages if words in p.text)


def _count_facts(facts: tuple[Fact, ...], value: int) -> list[list[tuple[str, str]]]:
    """Each fact holding a count of ``value``: its (source, passage words after the figure) pairs."""
    out = []
    for f in facts:
        ms = [m for m in f.mentions if m.kind is Kind.NUMBER and m.slot.endswith(":count")
              and getattr(m.value, "amount", None) == value]
        if ms:
            out.append(sorted((m.source, m.cues[0] if m.cues else "") for m in ms))
    return sorted(out)


def _blast_facts(stations_beside_quote: bool) -> list[list[tuple[str, str]]]:
    wire, blog = _sources(WIRE, BLOG)
    quote = _passage(wire, "three floors")
    claims = [Claim("c1", 0.8, (quote, _passage(blog, "three floors")))]
    if stations_beside_quote:  # the aligner's slip: the stations entry beside the wire's quote too
        claims.append(Claim("c2", 0.6, (quote, _passage(blog, "stations"))))
    return _count_facts(judge((wire, blog), tuple(claims)), 3)


def test_stations_and_floors_are_two_facts_when_the_stations_sit_beside_the_floors() -> None:
    facts = _blast_facts(stations_beside_quote=True)
    assert [("s1", "station")] in facts
    assert [("s0", "floor"), ("s1", "floor")] in facts


def test_a_writer_varying_the_noun_within_one_claim_stays_one_fact() -> None:
    wire, blog = _sources(
        "Two patients were taken to Halsey General Hospital with burns on Monday, the trust said.",
        "Two patients were taken to Halsey General Hospital on Monday.\n\n"
        "Doctors at Halsey General said both cases were burns and the two cases were stable.")
    claims = (Claim("c1", 0.8, (ClaimPassage("s0", 0), ClaimPassage("s1", 0), ClaimPassage("s1", 1))),)
    facts = _count_facts(judge((wire, blog), claims), 2)
    assert facts == [[("s0", "patient"), ("s1", "case"), ("s1", "patient")]]


def test_two_outlets_naming_one_count_with_their_own_nouns_stay_one_fact() -> None:
    wire, tabloid = _sources(
        "Two patients were taken to Halsey General Hospital with burns on Monday, the trust said.",
        "Halsey General Hospital treated two cases of burns on Monday, according to the trust.")
    claims = (Claim("c1", 0.8, (ClaimPassage("s0", 0), ClaimPassage("s1", 0))),)
    facts = _count_facts(judge((wire, tabloid), claims), 2)
    assert facts == [[("s0", "patient"), ("s1", "case")]]
