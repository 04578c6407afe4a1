"""An acronym one outlet spells out names that body where other outlets write it bare (extract/acronymlinks).

A wire gives a campaign group's full name, a trade outlet defines it with its
acronym, and a local site writes only the acronym. Each article was scanned
alone, so the bare acronym was no name at all and the full name, said
something, read as a person: the passages naming the group shared no name.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract.acronymlinks import link_acronyms
from sourcediff.extract.people import unify_people
from sourcediff.model import Kind, SourceInfo
from sourcediff.pipeline import analyse
from sourcediff.values import Entity

WIRE = ("Tenants reject Harlow rent rise\n\nThe Harlow Tenants Federation said on Monday that the "
        "council's 9 percent rent rise would push families into arrears.")
TRADE = ("Harlow rents: HTF opposes rise\n\nHTF (Harlow Tenants Federation) said the 9% increase "
         "breaks the council's own affordability pledge.")
LOCAL = ("Rent rise row\n\nCampaigners at the HTF told the council the 9 per cent rise was unaffordable, "
         "and said HTF members would protest at the town hall.")


def _bodies(*texts: str) -> dict[str, list[tuple[str, str]]]:
    infos = tuple(analyse(Article.from_text(t, id=f"s{i}", published="2026-02-09"))
                  for i, t in enumerate(texts))
    out = {}
    for s in unify_people(infos):
        out[s.article.id] = sorted((m.raw, m.value.name) for m in s.mentions
                                   if m.kind is Kind.ORG and isinstance(m.value, Entity)
                                   and "Tenants" in m.value.name)
    return out


def test_a_bare_acronym_names_the_body_another_source_defines() -> None:
    found = _bodies(WIRE, TRADE, LOCAL)
    assert found["s2"] == [("HTF", "Harlow Tenants Federation")] * 2
    assert ("Harlow Tenants Federation", "Harlow Tenants Federation") in found["s0"]


def test_the_defined_name_is_a_body_not_a_person() -> None:
    infos = tuple(analyse(Article.from_text(t, id=f"s{i}", published="2026-02-09"))
                  for i, t in enumerate((WIRE, TRADE)))
    people = {m.value.name for s in link_acronyms(infos) for m in s.mentions
              if m.kind is Kind.PERSON and isinstance(m.value, Entity)}
    assert "Harlow Tenants Federation" not in people


def test_no_definition_no_link() -> None:
    found = _bodies(WIRE, LOCAL)
    assert found["s1"] == []


def test_a_persons_initials_and_a_clash_are_left_alone() -> None:
    a = "Kerr profile\n\nJohn Ashby Kerr (JAK) opened the new library on Friday."
    b = "Library opens\n\nJAK cut the ribbon, and JAK said the library was overdue."
    infos = tuple(analyse(Article.from_text(t, id=f"s{i}", published="2026-02-09"))
                  for i, t in enumerate((a, b)))
    assert link_acronyms(infos) == infos
    c = "Other group\n\nHarlow Trades Forum (HTF) backed the council."
    infos = tuple(analyse(Article.from_text(t, id=f"s{i}", published="2026-02-09"))
                  for i, t in enumerate((TRADE, c, LOCAL)))
    assert link_acronyms(infos) == infos


def test_the_passages_naming_the_group_now_share_it() -> None:
    report = compare([Article.from_text(t, id=f"s{i}", published="2026-02-09")
                      for i, t in enumerate((WIRE, TRADE, LOCAL))]).to_dict()
    facts = report["facts"]
    assert isinstance(facts, list)
    orgs = [f for f in facts if f["kind"] == "org"
            and any(m["text"] == "HTF" for m in f["mentions"])]
    assert len(orgs) == 1
    assert {m["source"] for m in orgs[0]["mentions"]} == {"s0", "s1", "s2"}


def test_a_two_letter_acronym_is_not_linked() -> None:
    a = "Browser flaw\n\nThe flaw affects Internet Explorer (IE) on older systems."
    b = "Patch due\n\nUsers of IE should install the patch, the company said."
    infos = tuple(analyse(Article.from_text(t, id=f"s{i}", published="2026-02-09"))
                  for i, t in enumerate((a, b)))
    assert link_acronyms(infos) == infos


def test_the_defining_source_keeps_its_own_reading_of_the_acronym() -> None:
    """The outlet that spells the acronym out read it with its own definition; nothing is added there.

    A lead defining "Full Name (ACR)" whose scan found no body there would otherwise gain one
    name the others lack, from its own bracket, and the lead's pairing with the other outlets'
    leads (which need not name the body at all) would shift on that alone.
    """
    infos = tuple(analyse(Article.from_text(t, id=f"s{i}", published="2026-02-09"))
                  for i, t in enumerate((WIRE, TRADE, LOCAL)))
    linked = link_acronyms(infos)

    def spans(s: SourceInfo) -> list[tuple[int, int]]:
        return sorted((m.span.start, m.span.end) for m in s.mentions if m.kind is Kind.ORG and m.raw == "HTF")

    assert spans(linked[1]) == spans(infos[1])
    assert len(spans(linked[2])) == 2
