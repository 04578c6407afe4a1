"""A body's name opening with a title word as its adjective: "Premier Rowing League", "General Turbines".

"Premier" and "General" are titles before a person, so the first word of an
organisation's name was dropped as one: "the Premier Rowing League" became
a person called "Rowing League" and "the Premier Rowers' Association" the
"Rowers' Association", names no other outlet writes ("League" was not yet
a body's head word either). A league, a federation and the like are bodies
whatever opens their name; before a person's given name the word stays a
title. Every name here is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.entities import scan


def found(text: str) -> set[tuple[str, str]]:
    return {(f.name, f.type) for f in scan(text).found}


@pytest.mark.parametrize(("text", "name"), [
    ("The Premier Rowing League's owners met on Monday.", "Premier Rowing League"),
    ("Tom Vesk, who leads the Premier Rowers' Association, was pleased.", "Premier Rowers' Association"),
    ("General Turbines Company said on Monday it would cut jobs.", "General Turbines Company"),
    ("Ruth Palmer, chief executive of the Premier Sculling Federation, said it was pleased.",
     "Premier Sculling Federation"),
])
def test_the_title_word_stays_in_the_body_s_name(text: str, name: str) -> None:
    assert (name, "org") in found(text)
    assert not any(t == "person" and "League" in n for n, t in found(text))


@pytest.mark.parametrize(("text", "person"), [
    ("Premier Ana Marlow said the Health Department would act.", "Ana Marlow"),
    ("General Jane Marlow of the Army Command spoke.", "Jane Marlow"),
])
def test_before_a_given_name_the_word_is_still_a_title(text: str, person: str) -> None:
    assert (person, "person") in found(text)
