"""An age set off after a name with a regnal number, or closed by a dash (invented text).

"King Osvald IV, 71," and "Pope Leo XIV, 71," give an age as "Jane Doe, 34,"
does; a tabloid closing the apposition with a dash ("Mara, 29 – known as
Mimi to friends –") gives one too. A dash before digits is a score or a
range, no age. A list entry "Petra Lindqvist, 52: six-year sentence" gives
one too, before a colon; a score after one ("Harford Town, 2: 1 up") does not.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def ages(text: str) -> list[Decimal]:
    ms = analyse(Article.from_text(text, id="x", published="2026-06-09")).mentions
    return [m.value.amount for m in ms
            if m.kind is Kind.NUMBER and m.slot == "number:age" and isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "age"), [
    ("King Edvard III, 68, opened the bridge on Monday.", 68),
    ("Pope Clement XV, 74, arrived in the city.", 74),
    ("Marcus Hale Jr., 52, was arrested at the airport.", 52),
    ("Former dancer Mara, 29 – known as Mimi to friends – married the prince.", 29),
    ("Singer Jonas Brekke, 41 — who wrote the anthem — led the crowd.", 41),
    # a list entry: full name, age, a colon, then what the entry says of the person
    ("Petra Lindqvist, 52: six-year sentence, fraud (recaptured)", 52),
    ("Omar Haddad, 19: first-time offender, on remand", 19),
    ("Tomas Erlund, 38: 9 years for arson", 38),
])
def test_an_apposed_age_in_these_forms(text: str, age: int) -> None:
    assert ages(text) == [age]


@pytest.mark.parametrize("text", [
    "The result was Kent, 34 - 12 from the last over.",
    "Clause IV, 12, and the annex were dropped.",  # a numbered label, no ruler
    "Veterans of World War II, 80, years on, marched.",
    "Half time: Harford Town, 2: 1 up against the leaders.",  # a score after a colon, no age
    "Platform Kestrel, 12: trains to the coast.",  # one capitalized word before the comma is no full name
])
def test_no_age_without_a_person(text: str) -> None:
    assert ages(text) == []
