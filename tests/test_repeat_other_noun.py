"""One source's equal counts of two clearly named nouns are two facts, not a repeat (invented text).

A trade site lists the kit sent ("2 jet skis") and, further on, tells that
"Two lifeguards were treated"; the other outlets tell the lifeguards only.
The jet skis' count must not sit in the lifeguards' fact as a repeat of the
site's own "Two lifeguards", where the other outlets' count hid it: it is
the site's own detail. A source repeating one count with one noun (or none)
still states one fact.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Report

WIRE = ("Two lifeguards were treated for exhaustion after a rescue off Semmerby beach on Sunday.\n\n"
        "Eleven swimmers were pulled from the water by the Semmerby lifeboat crew, the coastguard said.")
PAPER = ("Eleven swimmers were rescued off Semmerby beach on Sunday, the coastguard said.\n\n"
         "Two lifeguards were treated for exhaustion after the rescue.")
SITE = ("Semmerby coastguard: eleven swimmers rescued on Sunday.\n\n"
        "Assets deployed: the all-weather lifeboat, 2 jet skis and a helicopter from Carrow.\n\n"
        "Two lifeguards were treated for exhaustion after the rescue off Semmerby beach.")


def _report(*texts: str) -> Report:
    return compare([Article.from_text(t, id=i, published="2026-08-09")
                    for i, t in zip("abc", texts, strict=True)])


def _twos(report: Report) -> list[list[tuple[str, str]]]:
    return [sorted((m.source, m.raw) for m in f.mentions) for f in report.facts
            if f.kind is Kind.NUMBER and any(m.raw.lower() in ("2", "two") for m in f.mentions)]


def test_a_count_of_another_noun_is_no_repeat() -> None:
    twos = _twos(_report(WIRE, PAPER, SITE))
    assert [("c", "2")] in twos
    assert [("a", "Two"), ("b", "Two"), ("c", "Two")] in twos


def test_one_noun_counted_twice_is_still_one_fact() -> None:
    site = ("Two lifeguards were treated for exhaustion after the rescue off Semmerby beach on Sunday.\n\n"
            "Eleven swimmers were rescued, the coastguard said.\n\n"
            "Both of the two lifeguards were back on duty the next day, and the 2 lifeguards thanked "
            "the crew.")
    twos = _twos(_report(WIRE, PAPER, site))
    assert not any(ms == [("c", "2")] for ms in twos)
