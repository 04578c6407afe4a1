"""An academic "degree" before the noun it qualifies is no unit: "31 degree courses" counts courses.

Invented text: a college closing "18 degree courses" was read as a
temperature, "18 degree", so another outlet's "18 courses" met a measure and
the count of courses was left a detail one outlet gives. The look-ahead in
patterns.NUM_UNIT leaves such a figure a count of its noun; a real angle or
temperature ("a 31 degree slope", "31 degrees") keeps its unit.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse

DAY = dt.date(2027, 2, 3)


def _numbers(text: str) -> list[tuple[str, str]]:
    return [(m.raw, m.slot) for m in analyse(Article.from_text(text, published=DAY)).mentions
            if m.kind is Kind.NUMBER]


def test_a_count_of_degree_courses_is_a_count_of_courses() -> None:
    assert _numbers("Pellworth College will stop recruiting to 18 degree courses next year.") == [
        ("18", "number:count")]


def test_degree_students_and_apprenticeships_are_counts() -> None:
    found = _numbers("The campus teaches 640 degree students and runs 12 degree apprenticeships.")
    assert found == [("640", "number:count"), ("12", "number:count")]


def test_an_angle_and_a_temperature_keep_their_unit() -> None:
    assert _numbers("The ramp rises at a 31 degree slope.") == [("31 degree", "number:degree")]
    assert _numbers("It reached 31 degrees in the shade.") == [("31 degrees", "number:degree")]
