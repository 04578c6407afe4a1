""""This winter" between two winters is the nearer one: said in March, the winter just ended."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract.dates import parse_date


@pytest.mark.parametrize(("text", "published", "canonical"), [
    ("this winter", dt.date(2026, 3, 7), "2025-12-01..2026-02-28"),  # just ended, not next December's
    ("this winter", dt.date(2026, 1, 20), "2025-12-01..2026-02-28"),  # the one the writer is in
    ("this winter", dt.date(2026, 11, 10), "2026-12-01..2027-02-28"),  # the one to come
    ("this summer", dt.date(2026, 9, 8), "2026-06-01..2026-08-31"),  # just ended
    ("this summer", dt.date(2026, 5, 10), "2026-06-01..2026-08-31"),  # to come
    ("this spring", dt.date(2026, 6, 12), "2026-03-01..2026-05-31"),
])
def test_this_season_is_the_nearest(text: str, published: dt.date, canonical: str) -> None:
    value = parse_date(text, published)
    assert value is not None and value.canonical() == canonical
