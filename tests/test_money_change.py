"""A sum that states a change ("an increase of £125m", "an overrun of £145m") is no level (invented text)."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.compat import role_key, same_thing
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.model import Kind, Mention
from sourcediff.pipeline import analyse


def _money(text: str) -> list[Mention]:
    article = Article.from_text(text, published="2026-11-24")
    return [m for m in analyse(article).mentions if m.kind is Kind.MONEY]


def _changes(text: str) -> list[tuple[str, bool]]:
    return [(m.raw, CHANGE in m.cues) for m in _money(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The bill rose from £260m to £385m, an increase of £125m.",
     [("£260m", False), ("£385m", False), ("£125m", True)]),
    ("The council accepted an overrun of £145 million on the scheme.", [("£145 million", True)]),
    ("Revenue rose by $2.1bn in the quarter.", [("$2.1bn", True)]),
    ("The ministry cut spending by about €40m this year.", [("about €40m", True)]),
    ("The tram line came in £60m over budget.", [("£60m", True)]),
    ("Costs have gone up by almost £30m since March.", [("almost £30m", True)]),
    ("The club's loan faces a further rise of £30m.", [("£30m", True)]),
    # against an earlier period: the difference, not the cost itself
    ("Home care will cost the county £14m more than this year.", [("£14m", True)]),
    ("The toll road took in $3bn less than in 2025.", [("$3bn", True)]),
])
def test_a_sum_that_states_a_change_is_marked(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize("text", [
    "The bill has risen to £385m.",  # the new level
    "The council approved a budget of £385 million.",
    "The council will lend the club £90m, up from £60m.",
    "The fund was cut to £40m.",  # cut to a level
    "Grants of up to £5,000 are on offer.",
    "An increase in fees to £9,250 was approved.",  # the level fees rise to
    "The hall cost £2m, more than the town could afford.",
])
def test_levels_are_not_changes(text: str) -> None:
    assert not any(change for _, change in _changes(text))


def test_a_change_is_never_a_rival_of_a_level_and_has_a_slot_of_its_own() -> None:
    """One passage's cost and overrun are each its single value of their kind, never rivals of each other."""
    level, change = _money("The council approved a budget of £385 million, an overrun of £145 million.")
    other_level, other_change = _money("The cost has risen to £385m, an increase of £125m.")
    assert not same_thing(level, change) and not same_thing(change, other_level)
    assert same_thing(change, other_change) and same_thing(level, other_level)
    assert role_key(level) != role_key(change) == role_key(other_change)


def _money_facts(texts: dict[str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    articles = [Article.from_text(t, id=i, published="2026-11-24") for i, t in texts.items()]
    return [(f.status.value, sorted((m.source, m.raw) for m in f.mentions)) for f in compare(articles).facts
            if f.kind is Kind.MONEY]


# Three outlets on one overrun: the wire and the radio work the change out as £125m, the trade site as £145m.
OVERRUN = {
    "a": "The Harwell tram extension will now cost £410m, the transport authority said on Monday.\n\n"
         "Officials blamed the increase of £90m on ground conditions under the river.",
    "b": "Harwell's tram extension has gone up to £410m, an increase of £90m, the authority confirmed.\n\n"
         "Work is due to finish in 2029.",
    "c": "The transport authority has signed off a £410m budget for the Harwell tram line, accepting an "
         "overrun of £110m on a scheme priced two years ago.\n\n"
         "Contractors say the riverbed was harder than surveyed.",
}


def test_two_sources_changes_beside_one_level_diverge() -> None:
    """£90m against £110m, each beside the one £410m budget: the outlets worked the overrun out apart."""
    facts = _money_facts(OVERRUN)
    assert ("diverge", [("a", "£90m"), ("b", "£90m"), ("c", "£110m")]) in facts
    assert ("agree", [("a", "£410m"), ("b", "£410m"), ("c", "£410m")]) in facts


def test_changes_beside_different_levels_or_no_level_stay_apart() -> None:
    """Revenue up $2bn to $50bn and profit up $1.5bn to $6bn are changes of two levels; no level, no rival."""
    facts = _money_facts({
        "a": "Dorvane's revenue rose by $2bn to $50bn last year, the company said on Tuesday.",
        "b": "Dorvane said on Tuesday that its profit rose by $1.5bn to $6bn.",
        "c": "Shares in Dorvane rose after results on Tuesday.\n\nProfit went up by $1.8bn, analysts said.",
    })
    assert not [ms for status, ms in facts if status == "diverge"]
