"""A holding of radio spectrum in megahertz is one amount (invented text).

A regulator's award gives each bidder a width of spectrum: a wire writes
"won 80 MHz of spectrum", a paper "paid $400m for 80MHz", a trade site
"8 lots (80 MHz),". Figures in MHz and GHz were never read (a chip's clock or
a band's name is no amount), so the widths stayed out of the comparison and a
different width reported by one outlet was never seen. Bands, chips, memory
speeds and a range's ends stay unread, as does any MHz figure outside an
article about spectrum.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse

PUBLISHED = "2027-03-04"


def _numbers(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published=PUBLISHED))
    return [(m.raw, m.value.canonical()) for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Brisca Telecom won 80 MHz of spectrum in the award, the regulator said.", "80 MHz", "80 megahertz"),
    ("Brisca Telecom paid $400m for 80MHz of the airwaves on offer.", "80MHz", "80 megahertz"),
    ("Brisca Telecom: 8 lots (80 MHz), $400 million in the spectrum award.", "80 MHz", "80 megahertz"),
    ("Three blocks of spectrum, 30 MHz in all, went unsold.", "30 MHz", "30 megahertz"),
    ("The airwaves were sold in lots of 10 megahertz each.", "10 megahertz", "10 megahertz"),
])
def test_a_width_of_spectrum_held_is_a_measure(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in _numbers(text)


@pytest.mark.parametrize("text", [
    "The spectrum auction covered the 2.6 GHz band and closed on Friday.",
    "Brisca Telecom was assigned 3500-3580 MHz of the spectrum on offer.",
    "The laptop is clocked at 2.66 GHz and ships with a 2.4GHz wireless chipset.",
    "The spectrum regulator's office uses a 2.4 GHz chipset in its monitors.",
    "Memory runs at 1066MHz, the maker said.",
])
def test_bands_chips_and_ranges_in_megahertz_stay_unread(text: str) -> None:
    assert not any(c.endswith(("megahertz", "gigahertz")) for _, c in _numbers(text))


def _width_facts(texts: dict[str, str]) -> list[tuple[Verdict, int]]:
    report = compare([Article.from_text(t, id=i, published=PUBLISHED) for i, t in texts.items()])
    return [(f.status, len({m.source for m in f.mentions})) for f in report.facts
            if f.kind is Kind.NUMBER and any("MHz" in m.raw for m in f.mentions)]


AWARD = ("In the spectrum award that ended on Tuesday, Brisca Telecom won {} for $400 million, "
         "the regulator said.")


def test_one_width_written_two_ways_agrees() -> None:
    texts = {"a": AWARD.format("80 MHz"), "b": AWARD.format("80MHz"), "c": AWARD.format("80 MHz")}
    assert _width_facts(texts) == [(Verdict.AGREE, 3)]


def test_a_different_width_diverges() -> None:
    texts = {"a": AWARD.format("80 MHz"), "b": AWARD.format("80MHz"), "c": AWARD.format("60 MHz")}
    assert _width_facts(texts) == [(Verdict.DIVERGE, 3)]
