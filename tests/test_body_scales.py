"""A planet's radius and mass against Earth, Jupiter or the Sun (issue #11, the exoplanet story).

"1.3 times the radius of Earth", "1.31 Earth radii", "twice as heavy as
Earth", "2.1 times its mass", "0.38 solar masses" and "38 percent of the
Sun's mass" are measures in a body's unit; before, a multiple was no figure
and "Earth masses" no unit, so none of these met another outlet's.

Every name, place and sentence is invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import compare
from sourcediff.extract.bodyscales import extract
from sourcediff.model import Article, Kind, Verdict
from sourcediff.segment import segment
from sourcediff.values import Quantity


def scaled(text: str) -> list[tuple[str, Decimal, str | None]]:
    article = Article.from_text(text, id="t")
    out = []
    for m in extract(article, segment(article)):
        assert isinstance(m.value, Quantity)
        out.append((m.raw, m.value.amount, m.value.unit))
    return out


@pytest.mark.parametrize(("text", "want"), [
    ("Tesk is 1.6 times the radius of Earth.", ("1.6 times the radius of Earth", "1.6", "earth radius")),
    ("Tesk is about 0.9 times the size of our planet.",
     ("about 0.9 times the size of our planet", "0.9", "earth radius")),
    ("Tesk is 1.6 times as wide as Earth.", ("1.6 times as wide as Earth", "1.6", "earth radius")),
    ("The giant is three times more massive than Jupiter.",
     ("three times more massive than Jupiter", "3", "jupiter mass")),
    ("The fit gives 4.4 ± 0.5 Earth masses.", ("4.4 ± 0.5 Earth masses", "4.4", "earth mass")),
    ("The dwarf has 0.21 solar masses.", ("0.21 solar masses", "0.21", "solar mass")),
    ("The dwarf has 21 percent of the Sun's mass.", ("21 percent of the Sun's mass", "0.21", "solar mass")),
    ("Tesk is half the size of Earth.", ("half the size of Earth", "0.5", "earth radius")),
])
def test_one_measure_in_a_body_unit(text: str, want: tuple[str, str, str]) -> None:
    raw, amount, unit = want
    assert scaled(text) == [(raw, Decimal(amount), unit)]


def test_its_mass_is_the_body_of_the_multiple_before() -> None:
    assert [u for _, _, u in scaled("Tesk is 1.6 times the radius of Earth and 4.4 times its mass.")] == [
        "earth radius", "earth mass"]


def test_its_with_no_body_before_is_left() -> None:
    assert scaled("The shed is 1.6 times its old size.") == []


def test_plain_multiples_are_left() -> None:
    assert scaled("Sales were three times higher on Earth Day than a year ago.") == []


def facts(*texts: str) -> list[tuple[Verdict, set[str]]]:
    report = compare([Article.from_text(t, id=f"s{n}") for n, t in enumerate(texts)])
    return [(f.status, {m.raw for m in f.mentions}) for f in report.facts if f.kind is Kind.NUMBER]


def test_outlets_writing_one_mass_differently_agree() -> None:
    found = facts("The new world Tesk is 4.4 times the mass of Earth, astronomers in Keld said.",
                  "The new world Tesk has 4.4 Earth masses, astronomers in Keld said.",
                  "The new world Tesk is four times as heavy as Earth, astronomers in Keld said.")
    assert found == [(Verdict.AGREE, {"4.4 times the mass of Earth", "4.4 Earth masses",
                                      "four times as heavy as Earth"})]


def test_a_different_mass_diverges() -> None:
    found = facts("The new world Tesk is 4.4 times the mass of Earth, astronomers in Keld said.",
                  "The new world Tesk has 6.1 Earth masses, astronomers in Keld said.")
    assert [status for status, _ in found] == [Verdict.DIVERGE]


def test_a_share_of_the_suns_mass_agrees_with_solar_masses() -> None:
    found = facts("The red dwarf Keld-9 has about 21 percent of the Sun's mass, the survey said.",
                  "The red dwarf Keld-9 has 0.21 solar masses, the survey said.")
    assert found == [(Verdict.AGREE, {"about 21 percent of the Sun's mass", "0.21 solar masses"})]
