""" "4.2 kHz": a sound's pitch in kilohertz is a frequency that meets the same pitch in hertz (invented text).

The science press gives an animal call's, a sonar ping's or a hearing test's
pitch as "3.8 kHz" or "3.8 kilohertz"; a paper may write "3,800 hertz". Left
unread, the trade outlet's figure was no fact at all, so a detail only it
gave was lost. A radio band's "2.4GHz" stays unread, as before.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity

PUBLISHED = "2027-05-19"


def _units(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text(text, published=PUBLISHED))
    return [(m.raw, m.value.unit) for m in info.mentions
            if m.kind is Kind.NUMBER and isinstance(m.value, Quantity)]


def test_kilohertz_is_read_in_both_spellings() -> None:
    units = _units("The bat's echolocation pulse peaks at 3.8 kHz, the survey found.")
    assert ("3.8 kHz", "kilohertz") in [(r.strip(), u) for r, u in units]
    assert any(u == "kilohertz" and "3.8" in r
               for r, u in _units("Its whistle sits near 3.8 kilohertz, well above the river's noise."))


def test_a_radio_band_stays_unread() -> None:
    assert not any(u and "hertz" in u for _, u in _units("The router works on the 2.4GHz band."))


def test_kilohertz_and_hertz_agree_across_sources() -> None:
    texts = ["The owl's contact call has a dominant frequency of 1.6 kHz, the authors report.",
             "Its contact call sits at about 1,600 hertz, lower than its cousins'.",
             "Recordings put the owl's contact call at 1.6 kilohertz."]
    arts = [Article.from_text(t, id=f"s{i}", published=PUBLISHED) for i, t in enumerate(texts)]
    facts = [f for f in compare(arts).facts if any("1.6" in m.raw or "1,600" in m.raw for m in f.mentions)]
    assert len(facts) == 1 and facts[0].status.value == "agree", [(f.status, [m.raw for m in f.mentions])
                                                                   for f in facts]
    assert len({m.source for m in facts[0].mentions}) == 3
