"""Counts of one named thing in aligned passages: "212 passengers" against "215" (invented text)."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict

WIRE = ("The ferry Marisol left Tervik harbour on Sunday morning for the island of Oska. "
        "The Marisol, a vessel built in Norland, was carrying 212 passengers and nine crew members. "
        "Its engine failed two hours into the crossing and a tug towed it back to Tervik, "
        "the coastguard said.")
PAPER = ("HORROR at sea as the Marisol drifted for hours off Tervik. "
         "The ferry, carrying {} passengers and nine crew, lost power in rough water, "
         "terrified travellers said. "
         "A tug towed the stricken vessel back to harbour, the coastguard said.")


def _passenger_facts(count: str) -> list[Verdict]:
    report = compare([Article.from_text(WIRE, id="a", published="2026-10-04"),
                      Article.from_text(PAPER.format(count), id="b", published="2026-10-04")])
    return [f.status for f in report.facts
            if f.kind is Kind.NUMBER and any("passenger" in m.cues for m in f.mentions)]


def test_rival_counts_of_one_named_thing_diverge() -> None:
    assert _passenger_facts("215") == [Verdict.DIVERGE]


def test_equal_counts_agree() -> None:
    assert _passenger_facts("212") == [Verdict.AGREE]


def test_counts_of_different_size_are_not_rivals() -> None:
    """ "212 passengers" against "40 passengers" is a part, not a rival total: no divergence."""
    assert Verdict.DIVERGE not in _passenger_facts("40")

