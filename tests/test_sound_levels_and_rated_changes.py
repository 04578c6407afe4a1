"""Sound levels in decibels, leftover measures beside a shared one, a change whose rate repeats its period.

A noise story gives one level as "61 decibels" in a paper and "61 dB(A)" or
"61 dBA" in a technical or trade outlet: the short forms were no unit, so the
trade figure was dropped as a label and the paper's was a bare count of a
noun. Two passages telling one change of a measure ("from 52 to 61
decibels" against "from 52 decibels to 64") share the start, and the end
left on each side is the other's rival, as for plain counts. And "from 1,400
a year to 4,100 a year" repeats its period after each figure, which hid the
change's start. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import numbers
from sourcediff.model import Passage, Span
from sourcediff.text import fold


def _figures(text: str) -> list[tuple[str, str, str]]:
    article = Article.from_text(text, id="t")
    found = numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))
    return [(m.raw, m.canonical, m.slot) for m in found]


@pytest.mark.parametrize(("text", "raw"), [
    ("Traffic noise on the ring road reached 61 dB(A) at the school gate.", "61 dB(A)"),
    ("Traffic noise on the ring road reached 61 dBA at the school gate.", "61 dBA"),
    ("Traffic noise on the ring road reached 61 dB at the school gate.", "61 dB"),
    ("Traffic noise on the ring road reached 61dB at the school gate.", "61dB"),
    ("Traffic noise on the ring road reached 61 decibels at the school gate.", "61 decibels"),
])
def test_a_sound_level_is_a_measure_in_decibels(text: str, raw: str) -> None:
    assert _figures(text) == [(raw, "61 decibel", "number:decibel")]


def test_capital_db_is_no_decibel() -> None:
    figures = _figures("Shares in Ostrava DB fell, with 61 DB units sold.")
    assert all(slot != "number:decibel" for _, _, slot in figures)


def test_the_paper_and_the_trade_outlet_agree_on_one_level() -> None:
    report = compare([
        Article.from_text("Night noise at Pellham Road homes will reach 58 decibels, the study found.",
                          id="a", published="2026-05-04"),
        Article.from_text("Pellham Road homes: night noise forecast at 58 dB(A), according to the study.",
                          id="b", published="2026-05-05"),
    ])
    levels = [f for f in report.facts if {m.raw for m in f.mentions} == {"58 decibels", "58 dB(A)"}]
    assert len(levels) == 1 and levels[0].status.value == "agree"


def _report(a: str, b: str):  # type: ignore[no-untyped-def]
    return compare([Article.from_text(a, id="a", published="2026-05-04"),
                    Article.from_text(b, id="b", published="2026-05-04")])


def test_the_measure_left_beside_a_shared_one_diverges() -> None:
    report = _report(
        "Orrelby quarry study: noise at the nearest farm will rise from 52 decibels to 61 decibels.",
        "At the nearest farm noise will rise from 52 decibels to 64 decibels, the Orrelby study found.")
    rivals = [f for f in report.facts if {m.raw for m in f.mentions} >= {"61 decibels", "64 decibels"}]
    assert len(rivals) == 1 and rivals[0].status.value == "diverge"


def test_the_same_measures_agree() -> None:
    report = _report(
        "Orrelby quarry study: noise at the nearest farm will rise from 52 decibels to 61 decibels.",
        "At the nearest farm noise will rise from 52 decibels to 61 decibels, the Orrelby study found.")
    assert not [f for f in report.facts if f.status.value == "diverge"]


def test_measures_far_apart_are_no_rivals() -> None:
    report = _report(
        "The Orrelby quarry sits 2 km from the village and 14 km from the river, the study found.",
        "The Orrelby quarry sits 2 km from the village and 31 km from the river, the study found.")
    assert not [f for f in report.facts if {m.raw for m in f.mentions} >= {"14 km", "31 km"}
                and f.status.value == "diverge"]


@pytest.mark.parametrize("text", [
    "The depot may raise its deliveries from 1,400 a year to 4,100 a year.",
    "The depot may raise its deliveries from 1,400 per year to 4,100 per year.",
    "The depot may raise its deliveries from 1,400 a week to 4,100 a week.",
])
def test_a_rated_change_keeps_its_start(text: str) -> None:
    assert [raw for raw, _, _ in _figures(text)][:2] == ["1,400", "4,100"]

