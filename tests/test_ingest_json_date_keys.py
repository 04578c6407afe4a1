"""A generic JSON article keeps its date and outlet under the names standard exports give them.

A wire feed that named its date "issued" (Dublin Core's term) was read undated: its
"on Monday" resolved only if a dateline happened to carry the day (issue #11).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcediff import load

BODY = "The harbour authority closed the east pier on Monday after a storm damaged its railings."


def _article(tmp_path: Path, fields: dict[str, object]) -> Path:
    path = tmp_path / "wire.json"
    path.write_text(json.dumps({"headline": "East pier closed after storm", "body": BODY, **fields}),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("key", ["issued", "webPublicationDate", "dateCreated"])
def test_a_standard_date_field_dates_the_article(key: str, tmp_path: Path) -> None:
    article = load(_article(tmp_path, {key: "2026-11-23T14:12:00Z"}))
    assert article.published is not None and article.published.isoformat() == "2026-11-23"


def test_the_publication_date_wins_over_the_creation_date(tmp_path: Path) -> None:
    """A record with both was written on one day and published on the next: the reader dates by the second."""
    article = load(_article(tmp_path, {"dateCreated": "2026-11-22T23:50:00Z",
                                       "datePublished": "2026-11-23T06:00:00Z"}))
    assert article.published is not None and article.published.isoformat() == "2026-11-23"


@pytest.mark.parametrize("fields", [
    {"issue": "2026-11-23"},                       # an issue number's field, not a date's
    {"issued": "not yet"},                         # no date written in full
    {"issued": {"date-parts": [[2026, 11, 23]]}},  # a CSL-JSON object: not guessed at
])
def test_near_misses_leave_the_article_undated(fields: dict[str, object], tmp_path: Path) -> None:
    assert load(_article(tmp_path, fields)).published is None


@pytest.mark.parametrize(("agency", "want"), [
    ("Continental Press", "Continental Press"),
    ({"name": "Harbour News Agency", "desk": "Regional"}, "Harbour News Agency"),
])
def test_a_news_agencys_feed_names_its_outlet(agency: object, want: str, tmp_path: Path) -> None:
    assert load(_article(tmp_path, {"agency": agency})).outlet == want


def test_the_source_field_still_wins_over_the_agency(tmp_path: Path) -> None:
    article = load(_article(tmp_path, {"source": {"name": "Coast Daily"}, "agency": "Continental Press"}))
    assert article.outlet == "Coast Daily"
