"""A speed per second and an area with its power sign are measures of their own dimension.

The science and trade press write a meteor's or a rocket's speed "17 km/s"
and an area "3 km²" (or "3 km2"); a wire writes "17 kilometres per second"
and "3 square kilometres", a general paper "about 38,000 mph". Read as the
distance "17 km" or "3 km", the figures met none of those and could even
meet a real length of the same number.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def measures(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-04"))
    return [(m.raw, m.slot) for m in info.mentions
            if m.slot.startswith("number:") and not m.slot.endswith(":count")]


def statuses(*texts: str, unit_words: tuple[str, ...]) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-04") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
            if any(w in m.raw for m in f.mentions for w in unit_words)]


def test_kilometres_per_second_written_short_or_long_are_one_speed() -> None:
    assert measures("The probe passed the moon at 11.4 km/s on Friday.") == [("11.4 km/s", "number:km/s")]
    assert measures("The probe passed the moon at 11.4 km/sec on Friday.") == [
        ("11.4 km/sec", "number:km/s")]
    assert measures("The probe passed the moon at 11.4 kilometres per second.") == [
        ("11.4 kilometres per second", "number:km/s")]


def test_a_speed_per_second_is_no_distance() -> None:
    assert measures("The stage separated 68 km up, at 2.1 km/s.") == [
        ("68 km", "number:kilometer"), ("2.1 km/s", "number:km/s")]


def test_an_area_with_its_power_sign_is_an_area() -> None:
    assert measures("The burn scar covers 12 km² of heath.") == [("12 km²", "number:square kilometer")]
    assert measures("The burn scar covers 12 km2 of heath.") == [("12 km2", "number:square kilometer")]
    assert measures("The reserve spans 40 sq mi of marsh.") == [("40 sq mi", "number:square mile")]


def test_km_per_second_meets_mph_across_sources() -> None:
    trade = "The rocket's upper stage reached 7.8 km/s before the engine cut out over the ocean."
    paper = "The upper stage hit about 17,500 mph before its engine cut out over the ocean."
    assert statuses(trade, paper, unit_words=("km/s", "mph")) == [("agree", frozenset({"s0", "s1"}))]


def test_a_different_speed_per_second_is_no_agreement() -> None:
    trade = "The rocket's upper stage reached 7.8 km/s before the engine cut out over the ocean."
    paper = "The upper stage hit about 12,000 mph before its engine cut out over the ocean."
    assert ("agree", frozenset({"s0", "s1"})) not in statuses(trade, paper, unit_words=("km/s", "mph"))


def test_square_kilometres_written_short_meet_hectares() -> None:
    trade = "Fire crews said the blaze had burned 12 km² of heath near Hollin by Thursday."
    wire = "The blaze had burned about 1,200 hectares of heath near Hollin by Thursday, crews said."
    assert statuses(trade, wire, unit_words=("km²", "hectares")) == [("agree", frozenset({"s0", "s1"}))]
