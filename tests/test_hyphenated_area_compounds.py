""""a 12,500-square-metre hall" is an area, as "12,500 square metres" is (invented text).

A wire sizes a new building with the hyphenated compound it puts before the
noun ("a 12,500-square-metre building"), a broadsheet writes "12,500 square
metre home" and a trade outlet "12,500 sq m": the compound was not read at
all, so the wire's figure was missing from the floor-area fact the other
three agreed on. The hyphen between "square" (or "sq") and its unit now
reads as the space does.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse

PUBLISHED = "2027-05-11"


def _areas(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, published=PUBLISHED))
    return [(m.raw, m.slot) for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "raw", "unit"), [
    ("The hospital trust will build a 8,400-square-metre day-surgery wing next spring.",
     "8,400-square-metre", "square meter"),
    ("The bakery moved into a 3,200-square-foot unit on Mill Lane.", "3,200-square-foot", "square foot"),
    ("Developers bought a 45,000-sq-ft former printworks by the canal.", "45,000-sq-ft", "square foot"),
    ("Rangers fenced off a 12-square-mile stretch of moor after the fire.", "12-square-mile", "square mile"),
])
def test_a_hyphenated_area_before_its_noun_is_read(text: str, raw: str, unit: str) -> None:
    areas = _areas(text)
    assert (raw, f"number:{unit}") in areas, areas


def test_a_square_dance_is_no_area() -> None:
    areas = _areas("Three square-dance clubs met in the hall on Friday.")
    assert not any("square" in slot for _, slot in areas), areas


def test_the_compound_agrees_with_the_spaced_area_of_another_outlet() -> None:
    first = Article.from_text("The council will open an 8,400-square-metre library in Harlow Vale in 2028.",
                              id="wire", published=PUBLISHED)
    second = Article.from_text("The new library, 8,400 square metres on four floors, opens in 2028.",
                               id="local", published=PUBLISHED)
    report = compare([first, second])
    areas = [f for f in report.facts if any("8,400" in m.raw for m in f.mentions) and f.kind is Kind.NUMBER]
    assert areas and {m.source for m in areas[0].mentions} == {"wire", "local"}, areas
    assert areas[0].status is Verdict.AGREE
