""""In under an hour" and "just a foot below" state a span and a length with "a" as the figure 1."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def figures(text: str) -> list[tuple[str, str]]:
    return [(m.slot, m.raw) for m in analyse(Article.from_text(text)).mentions if m.kind.value == "number"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The jury returned its verdict in under an hour.", [("number:hour", "under an hour")]),
    ("Firefighters had the blaze out in under a minute.", [("number:minute", "under a minute")]),
    ("The pipe ran just a foot below the pavement.", [("number:foot", "a foot")]),
    ("The depot sits just a mile from the harbour.", [("number:mile", "a mile")]),
])
def test_a_unit_read_as_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "He was just a foot soldier in the rebellion.",  # an idiom, no length
    "She wanted just a ton of sympathy from the board.",
    "The club gave him under a year of wages.",  # "under" without "in": a bound of nothing said
    "The player is serving under a month-long ban.",
    "It was the club's second arrest in less than a month.",  # an interval between two events as often
])
def test_idioms_and_bare_bounds_stay_unread(text: str) -> None:
    assert figures(text) == []


def test_in_under_an_hour_agrees_with_minutes() -> None:
    articles = [Article.from_text(t, id=f"s{n}", published="2025-09-10") for n, t in enumerate((
        "The tribunal in Ostwick sat on Tuesday and the panel gave its ruling in under an hour, clearing "
        "the harbour master.",
        "The tribunal in Ostwick sat on Tuesday and the panel gave its ruling after 45 minutes, clearing "
        "the harbour master."))]
    facts = [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
             if f.kind.value == "number"]
    assert ("agree", ["45 minutes", "under an hour"]) in facts, facts
