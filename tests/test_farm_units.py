"""Farm and wine figures as the trade press writes them (invented text).

A farming or wine trade outlet writes a land price or a cost "€2,400/ha", a
wine price "€310/hl", and a harvest "96,000 hl"; a general paper writes
"€2,400 a hectare" and "96,000 hectolitres" (or "9.6 million litres"). The
slashed price once read as a path and was dropped; hectolitres were no unit.
A thermometer's reading rounded to the whole degree ("minus 3C" for -3.4C) is
the same reading, but "minus 3C" is not -3.8C.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse


def _money(text: str) -> list[tuple[str, str, str | None]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-20"))
    return [(m.raw, m.value.canonical(), next((c for c in m.cues if c.startswith("per:")), None))
            for m in info.mentions if m.kind is Kind.MONEY]


@pytest.mark.parametrize(("text", "raw", "unit"), [
    ("Irrigated plots in the lower valley now fetch €2,400/ha to rent.", "€2,400/ha", "per:hectare"),
    ("Bulk rosé changed hands at €310/hl last week.", "€310/hl", "per:hectoliter"),
    ("Ranch land sold for $5,600/acre at the county auction.", "$5,600/acre", "per:acre"),
    ("Irrigated plots in the lower valley now fetch €2,400 a hectare to rent.", "€2,400", "per:hectare"),
    ("Bulk rosé changed hands at €310 per hectolitre last week.", "€310", "per:hectoliter"),
])
def test_a_price_per_land_or_wine_unit_is_money_with_its_unit(text: str, raw: str, unit: str) -> None:
    found = _money(text)
    assert [(r, u) for r, _, u in found] == [(raw, unit)]


def _facts(texts: dict[str, str], kind: Kind) -> list[tuple[Verdict, int]]:
    report = compare([Article.from_text(t, id=i, published="2026-05-20") for i, t in texts.items()])
    return [(f.status, len({m.source for m in f.mentions})) for f in report.facts if f.kind is kind]


RENT = "The cooperative said members in the Orvay hills will pay {} to lease terraces next season."


def test_a_slashed_land_price_agrees_with_the_spelled_out_one() -> None:
    texts = {"a": RENT.format("€1,850 a hectare"), "b": RENT.format("€1,850/ha"),
             "c": RENT.format("€1,850 per hectare")}
    assert _facts(texts, Kind.MONEY) == [(Verdict.AGREE, 3)]


def test_a_different_slashed_land_price_diverges() -> None:
    texts = {"a": RENT.format("€1,850 a hectare"), "b": RENT.format("€2,150/ha"),
             "c": RENT.format("€1,850 per hectare")}
    assert Verdict.DIVERGE in [v for v, _ in _facts(texts, Kind.MONEY)]


def _numbers(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-20"))
    return [(m.raw, getattr(m.value, "unit", None)) for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize("text", [
    "The estate bottled 96,000 hectolitres from the 2025 vintage.",
    "The estate bottled 96,000 hl from the 2025 vintage.",
])
def test_hectolitres_are_a_volume(text: str) -> None:
    assert [u for _, u in _numbers(text)] == ["hectoliter"]


def test_hl_in_capitals_is_no_hectolitre() -> None:
    assert all(u != "hectoliter" for _, u in _numbers("The club sold 300 HL tickets on Friday."))


HARVEST = "Growers in the Orvay hills brought in {} of wine this autumn, the cooperative said on Monday."


@pytest.mark.parametrize("other", ["96,000 hl", "9.6 million litres"])
def test_a_harvest_in_hectolitres_meets_the_same_in_other_units(other: str) -> None:
    texts = {"a": HARVEST.format("96,000 hectolitres"), "b": HARVEST.format(other),
             "c": HARVEST.format("96,000 hectolitres")}
    assert (Verdict.AGREE, 3) in _facts(texts, Kind.NUMBER)


FROST = ("Orchards near Tallowmere were hit when the temperature dropped to {} at dawn on Monday, "
         "forecasters said.")


def test_a_reading_rounded_to_the_whole_degree_agrees() -> None:
    texts = {"a": FROST.format("-3.4C"), "b": FROST.format("minus 3C"),
             "c": FROST.format("minus 3.4 degrees Celsius")}
    assert _facts(texts, Kind.NUMBER) == [(Verdict.AGREE, 3)]


def test_a_whole_degree_that_rounds_another_reading_does_not_agree() -> None:
    texts = {"a": FROST.format("-3.8C"), "b": FROST.format("minus 3C"),
             "c": FROST.format("minus 3.8 degrees Celsius")}
    assert (Verdict.AGREE, 3) not in _facts(texts, Kind.NUMBER)


def test_two_whole_degrees_apart_still_diverge() -> None:
    texts = {"a": FROST.format("-4C"), "b": FROST.format("minus 5C"), "c": FROST.format("-4C")}
    assert Verdict.DIVERGE in [v for v, _ in _facts(texts, Kind.NUMBER)]
