"""A level changed "from <figure> to <figure>", its noun written before: "cut its majority from 11 to nine".

The head readers know "cut the council's majority to nine" and "the majority
fell to nine"; with the change's start between the noun and "to", the object
reader took a spelled first figure ("from eleven to nine") for the object's
noun and the head-verb reader found no verb before "to", so both figures
were dropped or counted "eleven". A fact box's "Working majority: 9" names a
count as "Headcount: 620" does.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-02"))
    return [(m.raw, tuple(c for c in m.cues if not c.startswith(("update:", "role:"))))
            for m in info.mentions if m.slot == "number:count"]


def test_object_verb_with_the_change_start_between() -> None:
    got = counts("The vote cut the council's majority from 14 to six.")
    assert got == [("14", ("majority",)), ("six", ("majority",))]


def test_a_spelled_start_is_no_noun() -> None:
    got = counts("The vote cut the council's majority from twelve to six.")
    assert got == [("twelve", ("majority",)), ("six", ("majority",))]


def test_head_verb_with_the_change_start_and_a_stress_word() -> None:
    got = counts("It left the coalition's majority slashed from twelve to just five.")
    assert got == [("twelve", ("majority",)), ("five", ("majority",))]
    assert counts("Membership fell from 800 to 650.") == [("800", ("membership",)), ("650", ("membership",))]


def test_an_owner_named_with_a_title_and_a_place_after_the_noun() -> None:
    got = counts("The result, cutting Chancellor Orla Denty's majority in the 150-seat chamber from 14 to"
                 " six, shocked her allies.")
    assert ("14", ("majority",)) in got and ("six", ("majority",)) in got


def test_a_boxed_majority_is_a_count() -> None:
    assert counts("Coalition majority: 6") == [("6", ("majority",))]


def test_a_noun_after_the_start_is_left_to_the_change_readers() -> None:
    got = counts("The firm cut its timetable from 30 classes to 18.")
    assert got == [("30", ("class",)), ("18", ("class",))]


def test_a_plain_range_stays_unread() -> None:
    assert counts("The tickets cost from 12 to 18.") == []
