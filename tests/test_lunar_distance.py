"""Lunar distances: how the science press gives a near-Earth asteroid's miss distance.

A wire writes that a boulder-sized rock "passed 230,000 km from Earth"; a specialist site
gives the same pass as "0.6 LD" or "0.6 lunar distances", the Moon's mean distance
(384,400 km) being the unit astronomers quote flybys in. "LD" and "lunar distances" were no
unit: the figure was a bare count, met neither the kilometres nor another outlet's lunar
distances, and stayed a detail only one outlet had. "LD" is read in capitals only ("ld" is
no unit in running text).

Every name, place and sentence is invented.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article, Kind, Verdict


def number_facts(*texts: str) -> list[tuple[Verdict, list[tuple[str, str]]]]:
    report = compare([Article.from_text(t, id=f"s{n}") for n, t in enumerate(texts)])
    return [(f.status, sorted((m.source, m.raw) for m in f.mentions)) for f in report.facts
            if f.kind in (Kind.NUMBER, Kind.PERCENT)]


def test_lunar_distances_agree_with_the_kilometres_they_convert() -> None:
    facts = number_facts("The rock named Pelvane passed Earth at 230,000 km on Friday, the observatory said.",
                         "The rock named Pelvane passed Earth at 0.6 LD on Friday, the observatory said.")
    assert facts == [(Verdict.AGREE, [("s0", "230,000 km"), ("s1", "0.6 LD")])]


def test_the_short_and_the_long_name_are_one_unit() -> None:
    facts = number_facts("The rock named Pelvane passed at about 0.6 lunar distances, the observatory said.",
                         "The rock named Pelvane passed at 0.6 LD, the observatory said.")
    assert [status for status, _ in facts] == [Verdict.AGREE]


def test_another_lunar_distance_diverges() -> None:
    facts = number_facts("The rock named Pelvane passed Earth at 230,000 km on Friday, the observatory said.",
                         "The rock named Pelvane passed Earth at 2.4 LD on Friday, the observatory said.")
    assert [status for status, _ in facts] == [Verdict.DIVERGE]
