"""An index named by its acronym ("an AQI of 212", "the AQI stood at 212") is read as the index's reading."""

from __future__ import annotations

from decimal import Decimal

from sourcediff import compare
from sourcediff.extract.amounts import scan_amounts
from sourcediff.extract.numberclassify import classify
from sourcediff.model import Article


def _read(text: str) -> list[tuple[Decimal, tuple[str, ...]]]:
    out = []
    for a in scan_amounts(text):
        found = classify(text, a)
        if found is not None:
            out.append((found.value.amount, found.cues))  # type: ignore[union-attr]
    return out


def test_an_acronym_before_of_reads_as_the_words_do() -> None:
    assert _read("Monitors in Harlow recorded an AQI of 212 on Tuesday.") == [(Decimal(212), ("index",))]
    assert _read("Monitors in Harlow recorded an air quality index of 212.") == [(Decimal(212), ("index",))]
    assert _read("A patient with a BMI of 31 was turned away.") == [(Decimal(31), ("index",))]


def test_an_acronym_as_a_level_verbs_subject_is_the_index() -> None:
    assert _read("By noon the AQI stood at 305.") == [(Decimal(305), ("index",))]
    assert _read("The AQI has climbed to 305 since dawn.") == [(Decimal(305), ("index",))]
    assert _read("AQI hit 305 in the eastern districts.") == [(Decimal(305), ("index",))]


def test_other_capitals_are_left_as_they_were() -> None:
    # an agency's initials are no index: the figure keeps the noun it counts, or no cue at all
    assert _read("The CIA of 12 agents") == [(Decimal(12), ("agent",))]
    assert _read("The NHS hit 90 on Monday.") == [(Decimal(90), ())]
    assert _read("Profits have risen to 40.") == [(Decimal(40), ("profit",))]


def test_two_outlets_acronym_and_words_agree_and_a_rival_reading_diverges() -> None:
    lead = "Harlow declared a smog emergency on Tuesday, closing schools across the city."
    a = Article(id="a", text=f"{lead} The air quality index climbed to 305 by noon.")
    b = Article(id="b", text=f"{lead} By noon the AQI had climbed to 305, officials said.")
    c = Article(id="c", text=f"{lead} The AQI climbed to 340 by noon, a city monitor showed.")
    facts = compare([a, b, c]).to_dict()["facts"]
    index = [f for f in facts if any(m["text"] in ("305", "340") for m in f["mentions"])]
    assert len(index) == 1, index
    assert {m["source"] for m in index[0]["mentions"]} == {"a", "b", "c"}
    assert index[0]["status"] == "diverge"
