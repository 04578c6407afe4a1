"""A count that opens its clause and is only placed ("12 were still on board") is a count.

Invented sentences. "Of the 80 apprentices, 65 are still with the firm" and
"of whom 150 were still in post" state how many as surely as "12 were
rescued" does; the place the clause gives them says what the figure is about.
A place a role word names ("in hospital", "in custody") keeps its role cues
alone, and a figure that does not open its clause stays a bare figure.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def counts(text: str) -> list[tuple[str, int, tuple[str, ...]]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-03-04")).mentions
    return [(m.raw, int(m.value.amount), m.cues) for m in ms
            if m.slot == "number:count" and isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "raw", "place"), [
    ("Sixty passengers were rescued, and 12 were still on board.", "12", "board"),
    ("The bakery took on 80 apprentices, of whom 65 are still with the company.", "65", "company"),
    ("The scheme hired 200 nurses in 2023, of whom 150 were still in post after a year.", "150", "post"),
    ("Of the 40 boats, 9 remain in port.", "9", "port"),
])
def test_a_placed_subject_count_is_read(text: str, raw: str, place: str) -> None:
    assert any(r == raw and place in cues for r, _, cues in counts(text)), counts(text)


@pytest.mark.parametrize(("text", "raw", "cue"), [
    ("Five people were hurt in the crash; two were in hospital on Friday.", "two", "role:injured"),
    ("Police held nine men; 4 are in custody.", "4", "role:arrested"),
])
def test_a_role_place_keeps_its_role_alone(text: str, raw: str, cue: str) -> None:
    found = [cues for r, _, cues in counts(text) if r == raw]
    assert found and all(cue in cues and len(cues) == 1 for cues in found), counts(text)


@pytest.mark.parametrize("text", [
    "The ferry left at dawn with 12 on board.",  # not a clause's subject
    "Room 12 is on the second floor.",  # a label, not a clause's subject
])
def test_no_placed_count_without_its_clause(text: str) -> None:
    assert not any(r == "12" for r, _, _ in counts(text)), counts(text)
