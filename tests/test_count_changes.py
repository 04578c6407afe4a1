"""A count that states a change ("fell by 2,100", "down 8,300 on the month") and the level it started from
("from 4.16 million") (invented text)."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.compat import role_key, same_thing
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.extract.updates import EARLIER
from sourcediff.model import Kind, Mention
from sourcediff.pipeline import analyse


def _counts(text: str) -> list[Mention]:
    article = Article.from_text(text, published="2026-11-12")
    return [m for m in analyse(article).mentions if m.kind is Kind.NUMBER]


def _read(text: str) -> list[tuple[str, bool, bool]]:
    return [(m.raw, CHANGE in m.cues, EARLIER in m.cues) for m in _counts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The backlog of tax appeals shrank by 2,100 from 51,400 in June.",
     [("2,100", True, False), ("51,400", False, True)]),
    ("Claims stood at 4.12 million in May, down 8,300 on the month before.",
     [("4.12 million", False, False), ("8,300", True, False)]),
    ("Homeless households in the county rose by 1,250 over the year.", [("1,250", True, False)]),
    ("Officials expect a monthly fall of 3,400 in the queue.", [("3,400", True, False)]),
    ("Registrations reached 82,000, up 4,500 on April's 77,500.",
     [("82,000", False, False), ("4,500", True, False), ("77,500", False, True)]),
    ("That is up again, from 18,200 in March.", [("18,200", False, True)]),
])
def test_changes_and_starting_levels_are_read(text: str, expected: list[tuple[str, bool, bool]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "The list dropped to 4.1 million in May.",  # the new level
    "Rescue boats picked up 12,000 migrants last year.",  # "picked up" counts people
    "Crews rounded up 1,400 sheep from the moor.",
    "The fund now supports 2,600 families.",
    "Volunteers came from 1,200 parishes.",  # a starting point, no change before it
])
def test_levels_are_not_changes(text: str) -> None:
    assert not any(change for _, change, _ in _read(text))


def test_from_after_no_change_stays_unread() -> None:
    assert _read("Volunteers came from 1,200 parishes.") in ([], [("1,200", False, False)])


def test_a_count_change_is_never_a_rival_of_a_level_and_has_a_slot_of_its_own() -> None:
    level, change = _counts("Claims stood at 4.12 million in May, down 8,300 on the month before.")
    other_level, other_change = _counts("Some 4.12 million claims are open, a fall of 3,800 in a month.")
    assert not same_thing(level, change) and not same_thing(change, other_level)
    assert same_thing(change, other_change) and same_thing(level, other_level)
    assert role_key(level) != role_key(change) == role_key(other_change)


def _facts(texts: dict[str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    articles = [Article.from_text(t, id=i, published="2026-11-12") for i, t in texts.items()]
    return [(f.status.value, sorted((m.source, m.raw) for m in f.mentions)) for f in compare(articles).facts
            if f.kind is Kind.NUMBER]


# Three outlets on one monthly benefits figure; the tabloid transposes the fall's digits.
CLAIMS = {
    "a": "Open benefit claims in Ardenmoor fell to 4.12 million in May, the welfare office said "
         "on Thursday.\n\n"
         "The backlog shrank by 38,200 from 4.16 million in April, its figures showed.\n\n"
         "Ministers said new staff had cleared older cases.",
    "b": "BENEFIT claims have dropped to 4.1million, down 83,200 on the month before.\n\n"
         "Ministers said new staff had cleared older cases.",
    "c": "The Ardenmoor welfare office said open claims stood at 4.12m at the end of May.\n\n"
         "That is down 38,200 on April's 4.16m, a second monthly fall.",
}


def test_two_outlets_changes_of_one_level_diverge() -> None:
    """83,200 against 38,200, each beside the one 4.12 million level: the fall diverges, the level agrees."""
    facts = _facts(CLAIMS)
    assert ("diverge", [("a", "38,200"), ("b", "83,200"), ("c", "38,200")]) in facts
    level = next(status for status, ms in facts if ("b", "4.1million") in ms)
    assert level == "agree"


def test_the_starting_level_joins_the_other_outlets_statement_of_it() -> None:
    facts = _facts(CLAIMS)
    earlier = next(ms for _, ms in facts if ("a", "4.16 million") in ms)
    assert ("c", "4.16m") in earlier


def test_changes_beside_two_levels_of_other_things_stay_apart() -> None:
    """A fall in claims and a rise in staff, each beside a level: two changes, never rivals."""
    facts = _facts({
        "a": "Open claims fell to 4.12 million in May, down 38,200 on April.\n\nStaff numbers grew.",
        "b": "The welfare office employs 4.12 million hours of casework a year, and took on 2,100 more "
             "caseworkers, up 900 on the year before.\n\nStaff numbers grew.",
    })
    assert not any(status == "diverge" for status, _ in facts)
