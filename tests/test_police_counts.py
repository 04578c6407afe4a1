"""A tabloid's "cops", a wire's "police" and a trade paper's "officers" count one force (invented text).

A search or a raid is told with the register's noun: "about 300 police
officers" (read by its first noun, "police"), "around 300 officers", "more
than 400 cops". The three are one count; a lone different figure among
them is a rival reading of it, not a second force.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.eventnouns import plain_noun

WIRE = ("Police in Ostvale searched woodland for a missing hiker on Thursday.\n\n"
        "About 300 police officers, with dogs and a drone, searched 40 square kilometres of woodland "
        "north of Ostvale, police said.")
TRADE = ("The Ostvale search for a missing hiker was scaled up on Thursday.\n\n"
         "The force deployed around 300 officers and a drone across a search area of 40 square kilometres.")
LOCAL = ("Families in Ostvale joined the hunt for a missing hiker on Thursday.\n\n"
         "Around 300 officers combed 40 square kilometres of woodland, the force said.")


def officer_counts(*texts: str) -> list[tuple[str, int]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-14") for n, t in enumerate(texts)]
    return [(f.status.value, len(f.sources)) for f in compare(articles).facts
            if f.kind.value == "number" and ("300" in f.summary or "450" in f.summary)]


def test_cop_and_police_fold_to_officer() -> None:
    assert {plain_noun(w) for w in ("cop", "police", "policeman", "policewoman", "officer")} == {"officer"}


def test_a_tabloid_count_of_cops_is_the_rival_of_the_officers_others_agree_on() -> None:
    tabloid = ("A missing hiker sparked a huge manhunt in Ostvale.\n\n"
               "More than 450 cops, sniffer dogs and a drone combed the woods near Ostvale yesterday.")
    counts = officer_counts(WIRE, TRADE, LOCAL, tabloid)
    assert ("diverge", 4) in counts


def test_the_same_count_of_cops_and_officers_agrees() -> None:
    tabloid = ("A missing hiker sparked a huge manhunt in Ostvale.\n\n"
               "About 300 cops, sniffer dogs and a drone combed the woods near Ostvale yesterday.")
    counts = officer_counts(WIRE, TRADE, LOCAL, tabloid)
    assert not any(status == "diverge" for status, _ in counts)
