"""A device's specification as the gadget and trade press writes it (invented text).

A trade outlet writes a battery "4700mAh", a camera "108MP", a screen
"6.1in" and "144Hz", a charger "65W" and a battery life "27h"; a general
paper writes "4,700 mAh", "108-megapixel", "6.1-inch", "65 watts" and "27
hours". None of the short forms was a unit: they were left unread, or read
as bare counts that never met the spelled-out figure.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse


def _numbers(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-03-10"))
    return [(m.raw, m.value.canonical()) for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("The Corvex Nine packs a 4700mAh cell under its glass back.", "4700mAh", "4700 milliampere hour"),
    ("The Corvex Nine packs a 4,700 mAh cell under its glass back.", "4,700 mAh", "4700 milliampere hour"),
    ("Round the back sits a 108MP main sensor.", "108MP", "108 megapixel"),
    ("Round the back sits a 108-megapixel main sensor.", "108-megapixel", "108 megapixel"),
    ("The panel refreshes at 144Hz, the maker said.", "144Hz", "144 hertz"),
    ("Wired charging reaches 65W with the bundled brick.", "65W", "65 watt"),
    ("The screen measures 6.1in corner to corner.", "6.1in", "6.1 inch"),
    ("Rated battery life is 27h of streaming video.", "27h", "27 hour"),
])
def test_a_short_device_unit_is_a_measure(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in _numbers(text)


@pytest.mark.parametrize("text", [
    "She finished 6 in the first heat and 4 in the final.",
    "Three MPs voted against the bill, and 12 abstained.",
    "The trail runs 12 W of the ridge for most of its length.",
])
def test_words_that_look_like_short_units_stay_what_they_are(text: str) -> None:
    assert not any(c.endswith(("inch", "megapixel", "watt")) for _, c in _numbers(text))


def _facts(texts: dict[str, str]) -> list[tuple[Verdict, int]]:
    report = compare([Article.from_text(t, id=i, published="2026-03-10") for i, t in texts.items()])
    return [(f.status, len({m.source for m in f.mentions})) for f in report.facts
            if f.kind is Kind.NUMBER and len({m.source for m in f.mentions}) > 1]


BATTERY = "Orrin Mobile said the new Corvex Nine tablet carries a {} battery, the largest it has fitted."


def test_a_battery_in_close_set_milliamp_hours_agrees_with_the_spaced_one() -> None:
    texts = {"a": BATTERY.format("9,800 mAh"), "b": BATTERY.format("9800mAh"),
             "c": BATTERY.format("9,800mAh")}
    assert _facts(texts) == [(Verdict.AGREE, 3)]


def test_a_different_camera_resolution_diverges() -> None:
    texts = {"a": "Orrin Mobile's Corvex Nine has a 64-megapixel main camera, the company said on Monday.",
             "b": "Orrin Mobile's Corvex Nine has a 48MP main camera, the company said on Monday."}
    assert _facts(texts) == [(Verdict.DIVERGE, 2)]


def test_a_close_set_unit_before_a_noun_describes_it_as_a_hyphenated_one_does() -> None:
    info = analyse(Article.from_text("The Corvex Nine has a 6.1in screen and a 48MP camera.", id="s0",
                                     published="2026-03-10"))
    assert [(m.raw, m.cues) for m in info.mentions if m.kind is Kind.NUMBER] == [
        ("6.1in", ("screen",)), ("48MP", ("camera",))]
