"""A race report's shorthand: grid places ("from fifth on the grid", "started fifth", "P5", "from pole"),
laps told short ("L31", "lap 31 of 70") and stop counts in words ("a one-stop strategy", "a single pit stop"),
each read so two outlets writing one race differently meet; and the forms that are something else stay out."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import racefigures
from sourcediff.pipeline import analyse


def figures(text: str) -> list[tuple[str, str, int]]:
    article = Article.from_text(text, id="a", published="2026-05-03")
    return [(m.raw, m.slot, int(m.value.amount)) for m in analyse(article).mentions
            if m.kind.value == "number" and hasattr(m.value, "amount")]


@pytest.mark.parametrize(("text", "raw", "place"), [
    ("Lena Ostrova won the race from fifth on the grid.", "fifth", 5),
    ("The 27-year-old started fifth and passed the leader on the final lap.", "fifth", 5),
    ("Ostrova turned P5 on the grid into her first win.", "P5", 5),
    ("Ostrova, who started from P12, climbed through the field in the wet race.", "P12", 12),
    ("Ostrova qualified third and led the race into the first corner.", "third", 3),
    ("Pavel Dunmore started from pole but faded in the second stint.", "pole", 1),
])
def test_a_grid_place_has_its_own_slot(text: str, raw: str, place: int) -> None:
    assert (raw, "number:grid", place) in figures(text)


def test_a_grid_place_is_no_finishing_place() -> None:
    found = figures("Ostrova started ninth on the grid and finished second behind Dunmore.")
    assert ("ninth", "number:grid", 9) in found
    assert ("second", "number:position", 2) in found


@pytest.mark.parametrize("text", [
    "He took up a position on pole vaulting after school.",
    "The P45 form arrived a week after she left the job.",
    "The match started third in the schedule of the day, said the organisers of the tournament.",
])
def test_other_words_are_no_grid_place(text: str) -> None:
    assert all(slot != "number:grid" for _, slot, _ in figures(text))


def test_pole_needs_a_driver_named() -> None:
    assert [g for g in racefigures.grid("The pole-sitter led the first 20 laps from pole position.")] == []


@pytest.mark.parametrize(("text", "raw", "lap"), [
    ("The decisive moment came at the L31 safety car, after a crash at the chicane.", "L31", 31),
    ("Lap 31 of 70 brought out the safety car.", "Lap 31", 31),
    ("The safety car came out on lap 31.", "lap 31", 31),
])
def test_a_lap_told_short_is_the_lap_in_the_sequence(text: str, raw: str, lap: int) -> None:
    assert (raw, "number:ordinal", lap) in figures(text)


@pytest.mark.parametrize("text", [
    "The L4 vertebra was cracked in the fall from the ladder.",
    "Take the L12 bus to the stadium.",
])
def test_a_letter_and_figure_outside_a_race_is_no_lap(text: str) -> None:
    assert all(slot != "number:ordinal" for _, slot, _ in figures(text))


@pytest.mark.parametrize(("text", "raw", "count"), [
    ("Ostrova won with a one-stop strategy on the hard tyres.", "one-stop", 1),
    ("She made a single pit stop under the safety car.", "single pit stop", 1),
    ("Ostrova won the race on hard tyres. Dunmore had to stop twice.", "twice", 2),
])
def test_a_stop_count_in_words_is_a_count_of_stops(text: str, raw: str, count: int) -> None:
    assert (raw, "number:count", count) in figures(text)


@pytest.mark.parametrize("text", [
    "The council opened a one-stop shop for building permits beside the race course.",
    "Nobody in the pit lane believed a one-stop could work.",
    "The bus stopped twice on the way to the museum.",
])
def test_other_one_stops_are_no_count(text: str) -> None:
    assert all(not raw.lower().startswith("one-stop") for raw, _, _ in figures(text))


def _facts(*texts: str) -> list[tuple[str, set[str]]]:
    arts = [Article.from_text(t, id=k, published="2026-05-03") for k, t in zip("abc", texts, strict=False)]
    return [(f.status.value, {m.raw for m in f.mentions}) for f in compare(arts).facts]


def test_three_outlets_grid_places_agree() -> None:
    facts = _facts("Lena Ostrova won the Veldmark Grand Prix on Sunday from fifth on the grid.",
                   "Lena Ostrova charged from fifth on the grid to win the Veldmark Grand Prix.",
                   "Lena Ostrova converted P5 on the grid into victory at the Veldmark Grand Prix.")
    grid = [(status, raws) for status, raws in facts if raws & {"fifth", "P5"}]
    assert grid and all(status == "agree" for status, _ in grid)
    assert any({"fifth", "P5"} <= raws for _, raws in grid)


def test_two_outlets_laps_of_one_safety_car_diverge() -> None:
    facts = _facts("The safety car was deployed on lap 31 after Dunmore crashed at the hairpin.",
                   "The race turned at the L13 safety car, triggered by Dunmore's crash at the hairpin.")
    laps = [(status, raws) for status, raws in facts if raws & {"lap 31", "L13"}]
    assert any(status == "diverge" for status, _ in laps)


@pytest.mark.parametrize(("text", "raw", "points", "name"), [
    ("Ostrova now has 188pts to Dunmore's 196, an 8pts gap with five rounds to go.", "196", 196, "dunmore"),
    ("Ostrova is on 240 points, Dunmore on 231.", "231", 231, "dunmore"),
    ("The Harriers have 61 points against Kelso Town's 58 with a game left.", "58", 58, "kelso town"),
])
def test_a_rivals_bare_total_is_that_names_points(text: str, raw: str, points: int, name: str) -> None:
    article = Article.from_text(text, id="a", published="2026-05-03")
    got = [(m.raw, int(m.value.amount), m.cues) for m in analyse(article).mentions if m.raw == raw]
    assert got == [(raw, points, ("point", "named:" + name))]


@pytest.mark.parametrize("text", [
    "Ostrova has 188 points to Dunmore's 3 wins this season.",
    "The club has 40 points and Ostrova's 12 goals lead the scoring.",
    "Ostrova has 188 points. Dunmore's 1997 car is in the museum.",
])
def test_a_figure_with_its_own_noun_or_clause_is_no_rival_total(text: str) -> None:
    article = Article.from_text(text, id="a", published="2026-05-03")
    assert not any(any(c.startswith("named:") for c in m.cues) and "point" in m.cues
                   for m in analyse(article).mentions)
