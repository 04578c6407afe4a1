"""A clock set "at" right after its day, in an article with no a.m./p.m., is read (times._set_on_its_day).

A trade paper writes "the inquiry resumes on 9 March 2027 at 14:00" as
readily as "at 09:30", but also "at 10:00", which on its own could be a
12-hour time missing its a.m./p.m. and was dropped, though the wire's
"10 a.m." for the same sitting was read. A writer who gives an appointment
its day and never writes a.m./p.m. keeps the 24-hour clock; a lone "at
10:00" with no day stays unread. One in an article that writes "p.m."
elsewhere is read with its half of the day unknown (``ClockTime.halves``):
a.m. or p.m., the writer left it out.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import extract
from sourcediff.model import Kind
from sourcediff.segment import segment
from sourcediff.values import ClockTime


def _clocks(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t")
    return [(m.raw, m.canonical) for m in extract(article, segment(article)) if m.kind is Kind.TIME]


@pytest.mark.parametrize(("text", "clock"), [
    ("The planning inquiry resumes on 9 March 2027 at 10:00 in the council chamber.", ("10:00", "10:00")),
    ("Bids must be lodged by Friday, March 5, at 11:30, the port authority said.", ("11:30", "11:30")),
    ("The court sits again on Thursday at 9:15.", ("9:15", "09:15")),
])
def test_a_clock_after_its_day_is_read(text: str, clock: tuple[str, str]) -> None:
    assert clock in _clocks(text)


@pytest.mark.parametrize("text", [
    "The inquiry resumes at 10:00, the chair said.",  # no day: could be ten at night
    "Valdor led 10:00 at the break on Saturday.",  # no "at" between a day and the figure
])
def test_an_ambiguous_clock_without_its_day_stays_unread(text: str) -> None:
    assert ("10:00", "10:00") not in _clocks(text)


def test_an_am_pm_writers_dated_clock_is_read_with_either_half() -> None:
    text = "Doors open on March 3 at 7:30 p.m., and the late session starts on March 4 at 10:00."
    article = Article.from_text(text, id="t")
    found = [m.value for m in extract(article, segment(article)) if m.kind is Kind.TIME and m.raw == "10:00"]
    assert len(found) == 1 and isinstance(found[0], ClockTime) and found[0].halves


def test_the_trade_papers_clock_agrees_with_the_wires_am() -> None:
    wire = ("KELMOOR, Feb 1 (Lumen Press) - The Kelmoor port inquiry will resume on March 9, 2027, at "
            "10 a.m., its chair said on Monday.")
    trade = "The Kelmoor port inquiry is set to resume on 9 March 2027 at 10:00, its chair has confirmed."
    articles = [Article.from_text(wire, id="wire", published="2027-02-01"),
                Article.from_text(trade, id="trade", published="2027-02-02")]
    facts = [f for f in compare(articles).facts if f.kind is Kind.TIME]
    assert any(f.status.value == "agree" and {m.raw for m in f.mentions} >= {"10 a.m.", "10:00"}
               for f in facts)
