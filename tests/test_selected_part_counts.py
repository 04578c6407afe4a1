"""A count picked out by its place in a sequence is a part of a whole (invented text).

"The search ended after the last three bodies were recovered" counts three
of the dead, not the toll. Read as a toll, it gave its outlet two tolls
(three and the 16 it states elsewhere), so the outlet was left out of the
story's one-toll-per-source comparison, and its 16 was never set against
another outlet's 12. "The first 30 were checked" (a figure after "the
first") was no clause subject at all, so it counted nothing and was dropped.
Unlike "85 of them seriously", the part is what its sentence reports, so it
stays a term for the aligner.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.align.similarity import fact_keys
from sourcediff.extract.roles import PART, SELECTED
from sourcediff.model import Article
from sourcediff.pipeline import analyse


def _counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-03-04"))
    return [(m.raw, m.cues) for m in info.mentions if m.slot == "number:count"]


def test_the_first_n_opens_a_clause_as_a_subject() -> None:
    got = _counts("The council will survey some 900 bridges. The first 30 were checked in February.")
    assert ("30", ("checked", PART, SELECTED)) in got


def test_the_last_n_of_the_dead_is_a_part_of_the_toll() -> None:
    got = _counts("Divers stopped work after the last three bodies were brought ashore.")
    assert got == [("three", ("body", "role:dead", PART, SELECTED))]


def test_a_plain_count_is_no_part() -> None:
    got = _counts("Divers stopped work after three bodies were brought ashore.")
    assert got == [("three", ("body", "role:dead"))]
    got = _counts("The last train left at midnight with 200 passengers on board.")
    assert got == [("200", ("passenger",))]


def _tolls(b_second: str) -> list[dict[str, object]]:
    a = ("Crews fought a blaze at the Hollin Mills warehouse in Carbrook for nine hours on Saturday."
         "\n\nThe fire killed 12 people, the fire service said.")
    b = ("Families gathered on Monday outside the burnt shell of the Hollin Mills warehouse in Carbrook."
         f"\n\nSixteen workers are now known to have died. {b_second}")
    arts = [Article.from_text(a, id="a", published="2026-03-01"),
            Article.from_text(b, id="b", published="2026-03-03")]
    facts = compare(arts).to_dict()["facts"]
    return [f for f in facts if any(m["text"] in ("12", "Sixteen") for m in f["mentions"])]


def test_a_selected_part_leaves_the_outlet_one_toll() -> None:
    facts = _tolls("Firefighters ended the search after the last three bodies were found on Sunday.")
    assert len(facts) == 1, facts
    assert facts[0]["status"] == "diverge"
    assert {m["text"] for m in facts[0]["mentions"]} == {"12", "Sixteen"}




def test_a_selected_part_stays_an_aligner_term() -> None:
    info = analyse(Article.from_text("Divers stopped work after the last three bodies were brought ashore.",
                                     id="s0", published="2026-03-04"))
    assert any(key.endswith(":3") for key in fact_keys(info.mentions)), fact_keys(info.mentions)
