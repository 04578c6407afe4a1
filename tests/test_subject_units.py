"""A bare figure whose clause names the unit as its subject: "Average weekly hours were unchanged at 37.1".

Statistics releases write "hours ... held at 37.1" where another outlet writes
"37.1 hours"; read as a bare count the first had nothing to meet.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.pipeline import analyse

DAY = "2026-09-04"


def numbers(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="t", published=DAY))
    return [(m.raw, m.slot) for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "expected"), [
    ("Average weekly hours were unchanged at 37.1.", ("37.1", "number:hour")),
    ("Paid hours averaged 29.6 in August.", ("29.6", "number:hour")),
    ("Mean waiting days fell to 41 last quarter.", ("41", "number:day")),
    ("The working week's hours edged up to 38.4, the bureau said.", ("38.4", "number:hour")),
    # a participle after the unit, and the level a change started from, take the subject's unit too
    ("The number of training days taken fell to 940 during the pilot.", ("940", "number:day")),
    ("Training days fell to 940 during the pilot from 1,310.", ("1,310", "number:day")),
    ("Training days fell by 28 per cent, from 1,310 to 940.", ("1,310", "number:day")),
    ("Training days fell by 28 per cent, from 1,310 to 940.", ("940", "number:day")),
])
def test_the_subject_gives_the_unit(text: str, expected: tuple[str, str]) -> None:
    assert expected in numbers(text)


@pytest.mark.parametrize("text", [
    "The hours were long and 12 volunteers stayed on.",  # the figure counts its own noun
    "Average weekly hours were unchanged at 37.1 hours.",  # the unit written after the figure
])
def test_a_figure_with_its_own_noun_keeps_it(text: str) -> None:
    assert not any(raw.strip() in {"12", "37.1"} and slot == "number:hour" and not raw.endswith("hours")
                   for raw, slot in numbers(text))


def test_bare_hours_meet_hours_written_out() -> None:
    report = compare([
        Article.from_text("The bureau said on Friday that average weekly hours were unchanged at 37.1 in "
                          "August.", id="a", published=DAY),
        Article.from_text("On Friday the bureau said the average workweek in August held at 37.1 hours.",
                          id="b", published=DAY),
    ])
    hours = [f for f in report.facts if f.kind is Kind.NUMBER and any("37.1" in m.raw for m in f.mentions)]
    assert len(hours) == 1
    assert hours[0].status is Verdict.AGREE
    assert {m.source for m in hours[0].mentions} == {"a", "b"}


@pytest.mark.parametrize(("text", "raw"), [
    ("The number waiting longer than 52 weeks is 204,310.", "204,310"),
    ("Patients seen within 18 weeks were 61,200 in July.", "61,200"),
])
def test_a_unit_after_a_figure_or_preposition_is_no_subject(text: str, raw: str) -> None:
    assert (raw, "number:week") not in numbers(text)
