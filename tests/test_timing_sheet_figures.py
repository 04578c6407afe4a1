"""A motor-racing or timing sheet's figures: compact times ("1h28m03.412s", "1m31.874s"), seconds written
onto a figure ("+2.917s", "a 3.1s stop", "a 10s penalty" is left alone only when it could be a decade),
hours in words ("one hour, 28 minutes and 3 seconds"), points written onto a figure ("188pts"), a list of
two modifiers ("the 66-lap, 305km race"), the official result ("classified fifth") and two aligned lap
times that differ by a few thousandths."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.extract import elapsed, positions
from sourcediff.pipeline import analyse
from sourcediff.values import Elapsed


def seconds(text: str) -> list[tuple[str, Decimal]]:
    return [(text[s:e], v.amount) for s, e, v in elapsed.find(text)]


def numbers(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="a", published="2026-05-03")
    return [(m.raw, m.slot) for m in analyse(article).mentions if m.kind.value == "number"]


@pytest.mark.parametrize(("text", "want"), [
    ("Novak Ilves won in 1h28m03.412s after starting third.", [("1h28m03.412s", Decimal("5283.412"))]),
    ("Her best lap, a 1m31.874s, came late in the race.", [("1m31.874s", Decimal("91.874"))]),
    ("The pole time was 1:29.906.", [("1:29.906", Decimal("89.906"))]),
    ("He finished one hour, 28 minutes and 3 seconds after the start.", [
        ("one hour, 28 minutes and 3 seconds", Decimal(5283))]),
])
def test_compact_and_worded_race_times_are_one_time(text: str, want: list[tuple[str, Decimal]]) -> None:
    assert seconds(text) == want


@pytest.mark.parametrize("text", [
    "The 2m3 tank holds the water for the hut.",
    "A 1m35 wall runs along the lane.",
    "They met at 1:29 and again at 1:35.",
])
def test_short_forms_that_are_no_time_stay_unread(text: str) -> None:
    assert seconds(text) == []


@pytest.mark.parametrize(("text", "raw"), [
    ("Ilves crossed the line +2.917s ahead of Marlow.", "2.917s"),
    ("The crew turned the car round in a 3.1s stop.", "3.1s"),
    ("Marlow was handed a 5s penalty for a track-limits breach.", "5s"),
])
def test_seconds_written_onto_a_figure_are_seconds(text: str, raw: str) -> None:
    assert (raw, "number:second") in numbers(text)


@pytest.mark.parametrize("text", [
    "The club was founded in the 1990s by two mechanics.",
    "Most of the marshals are in their 20s.",
    "The airline parked six 737s at the field.",
])
def test_decades_ages_and_models_are_no_seconds(text: str) -> None:
    assert not [raw for raw, slot in numbers(text) if slot == "number:second"]


def test_points_written_onto_a_figure_are_a_count() -> None:
    found = numbers("Ilves now has 188pts, an 11pts lead over Marlow.")
    assert ("188pts", "number:count") in found and ("11pts", "number:count") in found


def test_the_first_of_two_listed_modifiers_is_a_count() -> None:
    assert ("66-lap", "number:count") in numbers("Fans packed the stands for the 66-lap, 305-km race.")


@pytest.mark.parametrize(("text", "place"), [
    ("Sanna Okoro was classified fifth after a ten-second penalty.", 5),
    ("A drive-through penalty classified him seventh.", 7),
])
def test_the_official_classification_is_a_place(text: str, place: int) -> None:
    assert [int(v.amount) for _, _, v in positions.find(text)] == [place]


def _lap_facts(*texts: str) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-03") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
            if any(isinstance(m.value, Elapsed) for m in f.mentions)]


LAPS = [
    "Ilves won the Portmere race in 1:28:03.412 from third on the grid. Ilves also set the fastest lap of "
    "the race, 1:31.874 on lap 48.",
    "Ilves took victory at Portmere in 1h28m03.412s. Ilves also claimed the fastest lap, a 1m31.478s on "
    "lap 48, and hit 327km/h in the speed trap.",
    "Ilves won at Portmere, finishing in 1:28:03.412. He set the fastest lap of the race, 1:31.874, on "
    "lap 48 as well.",
]


def test_two_aligned_lap_times_a_few_thousandths_apart_diverge() -> None:
    assert ("diverge", frozenset({"s0", "s1", "s2"})) in _lap_facts(*LAPS)


def test_one_lap_time_in_two_writings_agrees() -> None:
    same = [LAPS[0], LAPS[1].replace("1m31.478s", "1m31.874s"), LAPS[2]]
    assert ("agree", frozenset({"s0", "s1", "s2"})) in _lap_facts(*same)


def test_a_winners_time_and_a_runner_ups_time_stay_apart() -> None:
    facts = _lap_facts("Ilves won the Portmere race in 1:28:03.412.",
                       "Marlow was second at Portmere, finishing in 1:28:06.329.")
    assert all(status != "diverge" for status, _ in facts)
