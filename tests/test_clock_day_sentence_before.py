"""A plain "at 10:00" one sentence after its day is read too (times.dayed_clocks, issue #11).

"The exhibition opens on 14 March, with the map room shown for the first
time. Doors open at 10:00." dates the opening one sentence before its
clock. In an article that never writes a.m./p.m., `_set_on_its_day` read
"on 14 March at 10:00" but not this, since the time extractor sees one
passage (often one sentence) at a time. A clock with no day in its own
sentence or the one before, a day two sentences back, or a day in another
paragraph stays unread; so does every such clock of an a.m./p.m. writer.
Every name and sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import extract
from sourcediff.model import Kind, Verdict
from sourcediff.segment import segment


def _clocks(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t")
    return [(m.raw, m.canonical) for m in extract(article, segment(article)) if m.kind is Kind.TIME]


HEAD = "Map museum reopens\n\n"


@pytest.mark.parametrize("text", [
    "The exhibition opens on 14 March, with the map room shown for the first time. Doors open at 10:00.",
    "The exhibition opens on Saturday, March 14. The first tour starts at 10:00, the curator said.",
])
def test_a_clock_one_sentence_after_its_day_is_read(text: str) -> None:
    assert ("10:00", "10:00") in _clocks(HEAD + text)


@pytest.mark.parametrize("text", [
    "The map room was restored over two winters. Doors open at 10:00.",  # no day
    "The exhibition opens on 14 March. The map room is new. Doors open at 10:00.",  # two sentences back
    "The exhibition opens on 14 March.\n\nDoors open at 10:00.",  # another paragraph
    "The exhibition opens on 14 March at 9 a.m. for members. Doors open at 10:00.",  # an a.m./p.m. writer
])
def test_a_clock_without_its_day_just_before_stays_unread(text: str) -> None:
    assert ("10:00", "10:00") not in _clocks(HEAD + text)


def test_the_wires_clock_agrees_with_the_newsletters_am() -> None:
    wire = HEAD + ("ORTHAM, March 2 (Lumen Press) - The Ortham map museum reopens on March 14 after a "
                   "two-year refit, its director said. Doors open at 10:00.")
    letter = HEAD + "The museum reopens on Saturday, March 14. Come early: the doors open at 10 a.m."
    report = compare([Article.from_text(wire, id="wire", published="2027-03-02"),
                      Article.from_text(letter, id="letter", published="2027-03-03")])
    clocks = [f for f in report.facts if f.kind is Kind.TIME]
    assert [(f.status, {m.source for m in f.mentions}) for f in clocks] == [
        (Verdict.AGREE, {"wire", "letter"})]
