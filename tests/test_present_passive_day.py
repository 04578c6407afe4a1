"""A weekday after a present passive ("when it is published on Monday") is not sent back a week.

A regular "-ed" form close before a weekday reads as a past verb ("the
plant closed on Friday"); after "is"/"are" it is a present passive, which
says nothing of the past, and in a time clause often speaks of the day to
come: the near-day rule then places the day.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def days(text: str, published: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="a", published=published)
    return [(m.raw, m.canonical) for m in analyse(article).mentions if m.kind.value == "date"]


@pytest.mark.parametrize(("text", "published", "want"), [
    # Sunday 2026-05-17: the coming Monday
    ("She will climb to third in the standings when they are published on Monday.", "2026-05-17",
     [("Monday", "2026-05-18")]),
    ("The new list, which is released on Tuesday, will show the change.", "2026-05-17",
     [("Tuesday", "2026-05-19")]),
])
def test_a_present_passive_does_not_look_back(text: str, published: str, want: list[tuple[str, str]]) -> None:
    assert days(text, published) == want


@pytest.mark.parametrize(("text", "published", "want"), [
    # Wednesday 2026-05-20: a past form still sends the day back
    ("The list was published on Monday.", "2026-05-20", [("Monday", "2026-05-18")]),
    ("Figures published on Friday showed a fall.", "2026-05-20", [("Friday", "2026-05-15")]),
])
def test_a_past_form_still_looks_back(text: str, published: str, want: list[tuple[str, str]]) -> None:
    assert days(text, published) == want
