"""A lone percentage change against three outlets' agreed one, worded apart (the recession story).

A blog's bullet "Tourism: -5.1% q/q, the steepest fall of any sector"
beside three outlets' "Tourism fell 4.6 percent" scores too low as a
passage pair for the claim's consensus, yet the word for what moved
("tourism") stands right beside each figure
(divergeconsensus._same_words_around). A change of another thing shares no
such word and stays apart. Every sentence is invented.
"""

from __future__ import annotations

from typing import Any

from sourcediff import Article, compare

LEAD = "Harlow Vale's statistics bureau on Monday said the regional economy grew 0.2 percent in the autumn."


def _facts(c_line: str) -> list[dict[str, Any]]:
    lines = ("Tourism fell 4.6 percent over the season.",
             "Resorts were hit hardest, with tourism plunging 4.6%.",
             c_line,
             "Tourism fell 4.6 per cent.")
    arts = [Article.from_text(f"{LEAD}\n\n{line}\n\nMore figures follow in the spring.", id=k,
                              published="2026-12-01") for k, line in zip("abcd", lines, strict=True)]
    facts: list[dict[str, Any]] = compare(arts).to_dict()["facts"]
    return [f for f in facts if any("5.1" in m["text"] for m in f["mentions"])]


def test_a_lone_change_of_the_same_thing_diverges() -> None:
    facts = _facts("Tourism: -5.1% q/q, the steepest fall of any sector.")
    assert len(facts) == 1, facts
    assert facts[0]["status"] == "diverge"
    assert {m["source"] for m in facts[0]["mentions"]} == {"a", "b", "c", "d"}


def test_a_change_of_another_thing_stays_apart() -> None:
    facts = _facts("Fishing landings: -5.1% q/q, after storms kept boats in port.")
    assert facts and all(f["status"] != "diverge" for f in facts), facts


def test_a_hedged_round_change_is_no_rival() -> None:
    """ "Nearly 5 per cent" rounds the others' 4.6: the words around it are no evidence of a rival."""
    facts = _facts("Tourism: down nearly 5 per cent, the steepest fall of any sector.")
    assert all(f["status"] != "diverge" for f in facts), facts
