"""A semiconductor process's size as the chip trade and general press write it (invented text).

A trade site writes a chip line "a 5nm process" or "5 nm node"; a general
paper writes "a five-nanometre process". "nm" was read only as the sea's
nautical mile and "nanometre" not as a unit at all, so the two outlets'
figures never met and each showed as a detail only it had. "nm" keeps its
nautical reading when nothing about chips follows it.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse


def _numbers(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-04"))
    return [(m.raw, m.value.canonical()) for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Harlow Silicon will make the controllers on a 5nm process from next spring.", "5nm", "5 nanometer"),
    ("The foundry's 7 nm node is booked out until 2028, its chief said.", "7 nm", "7 nanometer"),
    ("Its 28nm-class chips go into washing machines and cars.", "28nm", "28 nanometer"),
    ("The line will use a 16-nanometre process for sensors.", "16-nanometre", "16 nanometer"),
    ("Features as small as 40 nanometres are printed on each die.", "40 nanometres", "40 nanometer"),
])
def test_a_chip_process_size_is_in_nanometres(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in _numbers(text)


@pytest.mark.parametrize(("text", "raw"), [
    ("The trawler was stopped 12 nm off the northern cape by a patrol boat.", "12 nm"),
    ("The yacht was last seen about 40nm west of the island.", "40nm"),
])
def test_nm_at_sea_stays_a_nautical_mile(text: str, raw: str) -> None:
    assert any(r.endswith(raw) and c.endswith("nautical mile") for r, c in _numbers(text))


def _facts(texts: dict[str, str]) -> list[tuple[Verdict, int]]:
    report = compare([Article.from_text(t, id=i, published="2026-05-04") for i, t in texts.items()])
    return [(f.status, len({m.source for m in f.mentions})) for f in report.facts
            if f.kind is Kind.NUMBER and len({m.source for m in f.mentions}) > 1]


LINE = "Harlow Silicon said its new Ostrava line would produce microcontrollers on a {} process from 2029."


def test_short_and_spelled_process_sizes_agree() -> None:
    texts = {"a": LINE.format("5nm"), "b": LINE.format("five-nanometre"), "c": LINE.format("5 nm")}
    assert _facts(texts) == [(Verdict.AGREE, 3)]


def test_different_process_sizes_diverge() -> None:
    texts = {"a": LINE.format("5nm"), "b": LINE.format("7-nanometre"), "c": LINE.format("5 nm")}
    assert _facts(texts) == [(Verdict.DIVERGE, 3)]
