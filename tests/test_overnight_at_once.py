""""Overnight" after a modal's negation means "at once", not the night before publication."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract import dates
from sourcediff.model import Article
from sourcediff.pipeline import analyse

PUBLISHED = "2026-03-07"


def _dates(text: str) -> list[str]:
    article = Article.from_text(text, id="a", published=PUBLISHED)
    return [m.raw for m in analyse(article).mentions if m.kind.value == "date"]


@pytest.mark.parametrize("text", [
    "Our gangs work every day of the week, but we cannot mend the viaduct overnight.",
    "The ferry operator warned the timetable could not be restored overnight, a spokesman said.",
    "\"A backlog like this won't be cleared overnight,\" the registrar said.",
])
def test_overnight_after_a_negated_modal_is_no_date(text: str) -> None:
    assert "overnight" not in _dates(text)


@pytest.mark.parametrize("text", [
    "The snow did not stop overnight, and the pass stayed shut.",
    "Vandals smashed the shelter overnight, police said.",
    "The valley road was closed overnight.",
])
def test_overnight_of_an_event_keeps_its_night(text: str) -> None:
    assert "overnight" in _dates(text)


def test_the_night_is_the_one_before_publication() -> None:
    value = dates.parse_date("overnight", dt.date(2026, 3, 7))
    assert value is not None and value.canonical() == "2026-03-06..2026-03-07"
