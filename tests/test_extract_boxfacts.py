"""Fact boxes, figures standing as subjects and data sizes (issue #11), on invented sentences.

Each form that is read has near-misses that must stay unread: a clock, a
score, a ratio, a verse or page number under a label is no count.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff.extract import numbers
from sourcediff.extract.datasize import in_bytes
from sourcediff.extract.numbers import parse_quantity
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.text import fold
from sourcediff.values import Quantity


def mentions(text: str, role: str = "item") -> tuple[Mention, ...]:
    article = Article.from_text(text, id="t")
    passage = Passage("t", 0, 0, Span(0, len(text)), text, fold(text), role=role)
    return numbers.extract(article, (passage,))


def counts(text: str, role: str = "item") -> list[tuple[str, str, tuple[str, ...]]]:
    return [(m.raw, m.canonical, m.cues) for m in mentions(text, role) if m.slot == "number:count"]


@pytest.mark.parametrize(("text", "raw", "canonical", "cues"), [
    ("Lorries turned back on day two: 57.", "57", "57", ("lorry",)),
    ("Branch visits cancelled: 2,350.", "2,350", "2350", ("visit",)),
    ("Classrooms closed: 86 over the first week.", "86", "86", ("classroom",)),
    ("- Deaths: 9", "9", "9", ("death", "role:dead")),
    ("• Arrests: 14, all of them overnight.", "14", "14", ("arrest", "role:arrested")),
    ("Injured — 23", "23", "23", ("injured", "role:injured")),
    ("Still in hospital: 6.", "6", "6", ("hospital", "role:injured")),
    ("Lambs lost\t310", "310", "310", ("lamb",)),
    ("Flats left without power: about 640", "about 640", "approx 640", ("flat",)),
    ("Ferries cancelled – 18", "18", "18", ("ferry",)),
    # A day of the month inside the label is its date ("since 9 March"), not a second figure.
    ("Seedlings planted since 9 March: 2,150.", "2,150", "2150", ("seedling",)),
    ("- Boats checked as of 3 June: 47", "47", "47", ("boat",)),
])
def test_a_labelled_figure_counts_what_its_label_names(text: str, raw: str, canonical: str,
                                                        cues: tuple[str, ...]) -> None:
    assert counts(text) == [(raw, canonical, cues)]


def test_a_label_meets_the_sentence_that_counts_the_same_noun() -> None:
    (boxed,) = mentions("Lorries turned back: 57.")
    (said,) = mentions("Customs said 57 lorries were turned back.", role="sentence")
    assert boxed.value == said.value and set(boxed.cues) & set(said.cues) == {"lorry"}


@pytest.mark.parametrize("text", [
    "Kick-off: 19:45.",  # a clock
    "Final score: 2:1",  # a score
    "Result: 4-2.",
    "Ratio of nurses to beds: 1 to 4.",  # a ratio
    "Votes counted: 3 of 5",
    "Verse: 16",  # one thing's number, no plural noun
    "Chapter — 12",
    "Pages: 320",  # a measure, not a count
    "Years in office: 12",
    "He said: 41.",  # a speaker, not a label
    "The spokeswoman told reporters: 41.",
    "Founded: 1987",  # a year
    "Opened in 1987: 41",  # digits in the label
    "Trains held at platform 9: 41",  # a number ending the label names a thing
    "Bridges: 3 (of 5)",
    "Lots: 4410-4427.",  # identifiers, not a count of lots
    "Batch codes: 2210",
])
def test_near_misses_under_a_label_stay_unread(text: str) -> None:
    assert counts(text) == []


def test_a_title_label_is_left_to_the_body() -> None:
    assert counts("Flood deaths: 14", role="title") == []


def test_a_label_does_not_change_a_figure_with_its_own_noun_or_unit() -> None:
    assert counts("Flights cancelled: 40 flights") == [("40", "40", ("flight",))]
    assert [m.canonical for m in mentions("Ferry crossing: 35 minutes")] == ["35 minute"]


@pytest.mark.parametrize(("text", "raw", "cues"), [
    ("Every caller has been answered, and 212 have already been sent a refund.", "212", ("sent",)),
    ("Of those, 17 remain in hospital.", "17", ("role:injured",)),
    ("Of the 60 on the list, 25 returned home on Friday.", "25", ("returned",)),
    ("Nine will be released on bail, the court heard.", "Nine", ("released",)),
    ("Of the rest, 31 have since been rehoused.", "31", ("rehoused",)),
])
def test_a_figure_standing_as_the_subject_is_a_count(text: str, raw: str, cues: tuple[str, ...]) -> None:
    found = [(r, c) for r, _, c in counts(text, role="sentence") if r == raw]
    assert found == [(raw, cues)]


@pytest.mark.parametrize("text", [
    "Two said they would stay.",  # saying is no count's verb
    "Of the 12, three were in it.",  # "three were in the choir" counts the choir's members now
    "He scored 2, assisted 1.",
    "The law was passed in 2019, and 2020 was worse.",
])
def test_subject_near_misses_stay_unread(text: str) -> None:
    assert counts(text, role="sentence") == []


GB = Decimal(10) ** 9


@pytest.mark.parametrize(("text", "raw", "value"), [
    ("The gang says it took 640GB of records.", "640GB", Quantity(640 * GB, "byte")),
    ("The gang says it took 640 gigabytes of records.", "640 gigabytes", Quantity(640 * GB, "byte")),
    ("The archive holds 1.5 TB of mail.", "1.5 TB", Quantity(1500 * GB, "byte")),
    ("Some 1,500 gigabytes were copied.", "Some 1,500 gigabytes", Quantity(1500 * GB, "byte", "approx")),
    ("A 300 megabytes patch is due.", "300 megabytes", Quantity(Decimal(300_000_000), "byte")),
    ("Each node has 8 GiB of memory.", "8 GiB", Quantity(Decimal(8 * 2 ** 30), "byte")),
    ("Up to 2 terabytes a day left the network.", "Up to 2 terabytes a day",
     Quantity(2000 * GB, "byte per day", "ceiling")),
])
def test_data_sizes_are_one_quantity_in_bytes(text: str, raw: str, value: Quantity) -> None:
    (m,) = [m for m in mentions(text, role="sentence") if m.kind is Kind.NUMBER]
    assert (m.raw, m.value) == (raw, value)
    assert parse_quantity(m.canonical) == value


@pytest.mark.parametrize("text", [
    "The link runs at 100 MB/s all day.",  # a rate of transfer
    "Download speeds reach 50MBps.",
    "A 40 Gb line was laid.",  # gigabits
    "Pressure fell to 980 mb overnight.",  # millibars
])
def test_what_is_no_data_size(text: str) -> None:
    assert [m for m in mentions(text, role="sentence") if m.value.unit and "byte" in m.value.unit] == []


def test_gigabytes_and_gb_are_equal_and_other_units_pass_through() -> None:
    assert in_bytes(Decimal(800), "gb", None) == in_bytes(Decimal(800), "gigabyte", None)
    assert in_bytes(Decimal(2), "hour", None) == (Decimal(2), "hour", None)


def test_a_role_verb_keeps_a_headline_count_bare() -> None:
    """ "23 arrested": the role reads it in a sentence, and a title's bare toll stays the body's to state."""
    assert counts("Police said 23 arrested overnight.", role="sentence") == [("23", "23", ("role:arrested",))]
    assert counts("23 arrested in dawn raids", role="title") == []
