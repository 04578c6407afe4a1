"""Ordinal counts of titles and wins ("his third grand-slam title") are counts of that noun."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import ordinals


def counts(text: str) -> list[tuple[int, str]]:
    return [(int(value.amount), noun) for _, _, value, noun in ordinals.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Hale won her second grand-slam title in Velden.", [(2, "title")]),
    ("It was Mirova's fifth major, and her first on clay.", [(5, "title")]),
    ("He lifted a record 11th league championship on Saturday.", [(11, "title")]),
    ("The Rovers took their third trophy of the season.", [(3, "trophy")]),
    ("She added a fourth Olympic gold medal in the relay.", [(4, "medal")]),
    ("Pell won his first major title at 19.", [(1, "title")]),
])
def test_ordinal_counts_are_read(text: str, want: list[tuple[int, str]]) -> None:
    assert counts(text) == want


@pytest.mark.parametrize("text", [
    "The third set went to a tie-break.",
    "A third major earthquake struck the coast on Monday.",
    "Analysts call it the first major \u201cstress test\u201d of the pact.",
    "He finished fourth in the final.",
    "The second round starts on Friday.",
    "He was stopped in the 11th of their first title fight.",
    "It was the side's second win in four games.",
    "She is in her second title defence this year.",
])
def test_ordinals_of_no_title_are_no_count(text: str) -> None:
    assert counts(text) == []


def _title_facts(*texts: str) -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-04-12") for n, t in enumerate(texts)]
    return [f.status.value for f in compare(articles).facts
            if any(m.slot == ordinals.SLOT and "title" in m.cues for m in f.mentions)]


WIRE = ("Mirova beat Hale in three sets in Velden on Sunday to win her {} grand-slam title. "
        "About 6,000 fans watched the final.")
SITE = ("In Velden on Sunday Mirova beat Hale in three sets for her {} grand-slam title. "
        "The final drew about 6,000 fans.")


def test_two_outlets_title_counts_agree_or_diverge() -> None:
    assert _title_facts(WIRE.format("third"), SITE.format("third")) == ["agree"]
    assert _title_facts(WIRE.format("third"), SITE.format("fourth")) == ["diverge"]


@pytest.mark.parametrize(("text", "days"), [
    ("Fog shut the port for a fourth straight day on Friday.", 4),
    ("The strike went into its 12th consecutive day.", 12),
    ("Queues formed outside the depot for the sixth day running.", 6),
    ("The ferry stayed in harbour for the third day in a row.", 3),
    ("Pickets met at the gate for a ninth successive day.", 9),
])
def test_an_ordinal_day_of_a_row_is_a_count_of_days(text: str, days: int) -> None:
    assert [(int(v.amount), v.unit) for _, _, v in ordinals.day_rows(text)] == [(days, "day")]


@pytest.mark.parametrize("text", [
    "Witnesses spoke on the fifth day of the trial.",  # dates one day, measures none
    "On the second day, running water came back.",  # "running" starts another clause
    "Rain fell for the first straight day since May.",  # a row of one
])
def test_an_ordinal_day_outside_a_row_is_no_count(text: str) -> None:
    assert ordinals.day_rows(text) == ()


def test_an_ordinal_day_of_a_row_agrees_with_the_days_counted() -> None:
    """ "a fifth straight day" and "has lasted five days" state one duration; "a sixth" contradicts both."""
    arts = [Article.from_text(t, id=f"s{n}", published="2025-02-11") for n, t in enumerate((
        "Dense fog has covered Tarrow for a fifth straight day, the weather office said.",
        "The fog over Tarrow has now lasted five days, the weather office said.",
        "Dense fog has covered Tarrow for the sixth day running, the weather office said."))]
    facts = [f for f in compare(arts).facts if any(m.slot == "number:day" for m in f.mentions)]
    assert [f.status.value for f in facts] == ["diverge"]


@pytest.mark.parametrize(("text", "want"), [
    ("It was the third world record of the meet, and the games end on Monday.", [(3, "record")]),
    ("Tarrant's 7th national record of the season came in the relay.", [(7, "record")]),
    ("She set her second European record in two days.", [(2, "record")]),
])
def test_ordinal_records_are_counts_of_records(text: str, want: list[tuple[int, str]]) -> None:
    assert counts(text) == want


@pytest.mark.parametrize("text", [
    "The band signed with its first record label in 1998.",
    "It was his second record-breaking swim of the week.",
    "Shares closed at a third record high on Friday.",
    "The 400m record has stood since 2009.",
])
def test_record_as_a_modifier_counts_nothing(text: str) -> None:
    assert counts(text) == []


def _record_facts(*texts: str) -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-08-14") for n, t in enumerate(texts)]
    return [f.status.value for f in compare(articles).facts
            if any(m.slot == ordinals.SLOT and "record" in m.cues for m in f.mentions)]


POOL = ("Ilsa Marr won the 100 metres backstroke in Tessin on Friday with the {} world record of the "
        "championships. About 4,000 fans watched the final.")
SWIM = ("In Tessin on Friday Ilsa Marr took the 100 metres backstroke with the {} world record of the "
        "championships. The final drew about 4,000 fans.")


def test_two_outlets_counting_records_agree_or_diverge() -> None:
    assert _record_facts(POOL.format("sixth"), SWIM.format("6th")) == ["agree"]
    assert _record_facts(POOL.format("sixth"), SWIM.format("seventh")) == ["diverge"]


def tallies(text: str) -> list[tuple[int, str]]:
    return [(int(value.amount), cue) for _, _, value, cue in ordinals.incident_tallies(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Police said it was the ninth theft of tractors in the county this year.", [(9, "tally:theft")]),
    ("It is the FIFTH quad bike theft in Brackenmoor this year, officers said.", [(5, "tally:theft")]),
    ("It was the fourth arson attack reported in the town so far in 2026.", [(4, "tally:attack")]),
    ("The collision was the 12th fatal crash on the bypass since January.", [(12, "tally:crash")]),
])
def test_an_ordinal_incident_of_a_period_is_a_running_tally(text: str, want: list[tuple[int, str]]) -> None:
    assert tallies(text) == want


@pytest.mark.parametrize("text", [
    "The third set went to a tie-break this year.",
    "Profit fell in the third quarter this year.",
    "It was the third largest theft this year.",
    "It was the second time this year that the bridge closed.",
    "It was the first theft this year.",
    "The ninth theft of tractors was reported on Monday.",
])
def test_an_ordinal_without_a_tally_period_counts_nothing(text: str) -> None:
    assert tallies(text) == []


def _tally_facts(*texts: str) -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-10") for n, t in enumerate(texts)]
    return [f.status.value for f in compare(articles).facts
            if any(any(c.startswith(ordinals.TALLY_PREFIX) for c in m.cues) for m in f.mentions)]


FARM = ("Thieves took a tractor from Pellby Farm near Orrin overnight on Sunday, in what police said was "
        "the {} tractor theft in the county this year. Officers appealed for witnesses.")
YARD = ("A tractor was stolen from Pellby Farm, near Orrin, overnight on Sunday. Police said it was the {} "
        "theft of farm machinery in the county this year and appealed for witnesses.")


def test_two_outlets_tallying_incidents_agree_or_diverge() -> None:
    assert _tally_facts(FARM.format("sixth"), YARD.format("6th")) == ["agree"]
    assert _tally_facts(FARM.format("sixth"), YARD.format("seventh")) == ["diverge"]
