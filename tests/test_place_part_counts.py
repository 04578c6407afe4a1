"""A count of one named place's share is no rival of the count of the whole (partcounts.scopes_apart).

"Around 310 pupils attend the Brackwell schools" (the town's paper) and
"About 2,900 pupils attend its schools" (the trust) are worded alike, so the
rule that pairs values by the words around them set one town's share
against the trust's whole roll. Two counts of the same scope that differ
still diverge, and a "part" larger than the whole is no part of it. All
text here is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import compare

LEAD = ("The Fenmarsh Learning Trust will close two of its schools next summer, "
        "its chief executive Odile Varncombe said on Tuesday.\n\n")
TRUST = LEAD + "About {} pupils attend its schools.\n"
TOWN = LEAD + "Around {} pupils attend the Brackwell schools, on Mill Road and Quarry Lane.\n"


def _counts(texts: list[str]) -> list[tuple[Verdict, list[tuple[str, str]]]]:
    articles = [Article(id=f"s{i}", text=t, published=dt.date(2026, 5, 12)) for i, t in enumerate(texts)]
    return [(f.status, sorted((m.source, m.raw) for m in f.mentions))
            for f in compare(articles).facts
            if f.kind is Kind.NUMBER and any("pupil" in m.cues for m in f.mentions)]


def test_a_named_towns_share_is_no_rival_of_the_whole() -> None:
    facts = _counts([TRUST.format("2,900"), TOWN.format("310")])
    assert all(verdict is not Verdict.DIVERGE for verdict, _ in facts), facts


@pytest.mark.parametrize("whole", ["About 2,900 pupils attend the schools in total.",
                                   "About 2,900 pupils attend its 14 schools.",
                                   "About 2,900 pupils attend schools nationwide."])
def test_a_whole_marked_as_a_total_is_no_rival_of_a_towns_share(whole: str) -> None:
    facts = _counts([LEAD + whole + "\n", TOWN.format("310")])
    assert all(verdict is not Verdict.DIVERGE for verdict, _ in facts), facts


def test_a_towns_share_against_a_count_that_names_no_whole_still_diverges() -> None:
    # "attend schools" names no whole: the 2,900 may be the town's own count, given another way
    facts = _counts([LEAD + "About 2,900 pupils attend the schools.\n", TOWN.format("310")])
    assert any(verdict is Verdict.DIVERGE for verdict, _ in facts), facts


def test_two_counts_of_the_whole_still_diverge() -> None:
    facts = _counts([TRUST.format("2,900"), TRUST.format("2,600").replace("will close", "plans to shut")])
    assert any(verdict is Verdict.DIVERGE for verdict, _ in facts), facts


def test_two_counts_of_one_towns_schools_still_diverge() -> None:
    facts = _counts([TOWN.format("310"), TOWN.format("350").replace("will close", "plans to shut")])
    assert any(verdict is Verdict.DIVERGE for verdict, _ in facts), facts


def test_a_towns_count_larger_than_the_whole_still_diverges() -> None:
    facts = _counts([TRUST.format("2,600"), TOWN.format("2,900")])
    assert any(verdict is Verdict.DIVERGE for verdict, _ in facts), facts


# An organisation's name before the noun is no place: both counts are of the whole (falarm68).
@pytest.mark.parametrize("org", ["Fenmarsh Learning Trust", "Fenmarsh Academy", "Fenmarsh Childcare"])
def test_an_organisations_name_ending_in_an_institution_word_is_no_place(org: str) -> None:
    named = LEAD + f"About 2,400 pupils attend the {org} schools.\n"
    facts = _counts([TRUST.format("2,600"), named.replace("will close", "plans to shut")])
    assert any(verdict is Verdict.DIVERGE for verdict, _ in facts), facts


def test_a_name_the_story_makes_speak_or_run_things_is_no_place() -> None:
    lead = ("Brindlecote, which runs 14 schools in the county, will close two of them next summer, "
            "its chief executive Odile Varncombe said on Tuesday.\n\n")
    other = lead.replace("will close", "plans to shut")
    facts = _counts([lead + "About 2,600 pupils attend its schools.\n",
                     other + "About 2,400 pupils attend the Brindlecote schools.\n"])
    assert any(verdict is Verdict.DIVERGE for verdict, _ in facts), facts


def test_a_town_that_begins_an_organisations_name_is_still_a_place() -> None:
    # "Brackwell Town Hall" and "the Brackwell Gazette" are named, but Brackwell itself neither speaks nor
    # runs anything: its schools are still one town's share.
    town = TOWN.format("310") + "Parents met at Brackwell Town Hall, the Brackwell Gazette reported.\n"
    facts = _counts([TRUST.format("2,900"), town])
    assert all(verdict is not Verdict.DIVERGE for verdict, _ in facts), facts
