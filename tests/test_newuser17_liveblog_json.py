"""newuser17: a live blog saved as a JSON ``LiveBlogPosting`` is read from its entries.

A blog exported as JSON has no body of its own, only ``liveBlogUpdate``
entries, and was refused as "no article text". Its entries are now its
text, each stamped with its time as the HTML reader stamps one. The blog is
invented.
"""

from __future__ import annotations

import json

import pytest

from sourcediff.errors import FormatError
from sourcediff.ingest import parse_raw
from sourcediff.ingest.reading import RawInput


def _update(stamp: str, body: str) -> dict[str, str]:
    return {"@type": "BlogPosting", "headline": "Update", "datePublished": stamp, "articleBody": body}


BLOG = {
    "@context": "https://schema.org", "@type": "LiveBlogPosting",
    "headline": "Ferry strike live: sailings cancelled",
    "datePublished": "2026-06-02T07:00:00+01:00",
    "publisher": {"@type": "Organization", "name": "Island Post"},
    "author": {"@type": "Person", "name": "Rhea Castell"},
    "liveBlogUpdate": [
        _update("2026-06-02T12:40:00+01:00", "Talks between the union and Kestrel Ferries have broken down."),
        _update("2026-06-02T10:15:00+01:00", "Kestrel Ferries says 14 sailings are cancelled today."),
        _update("2026-06-01T21:05:00+01:00", "The union confirms the 24-hour strike will go ahead."),
    ],
}


def test_a_json_live_blog_is_read_from_its_entries_with_their_stamps() -> None:
    (article,) = parse_raw(RawInput("blog.json", json.dumps(BLOG)), ".json")
    assert article.title == "Ferry strike live: sailings cancelled"
    assert article.author == "Rhea Castell" and article.outlet == "Island Post"
    assert "12:40 Talks between the union" in article.text
    assert "10:15 Kestrel Ferries says 14 sailings" in article.text
    assert "21:05 1 June 2026 - The union confirms" in article.text  # another day than the blog's


def test_two_entries_are_not_stamped() -> None:
    blog = dict(BLOG, liveBlogUpdate=BLOG["liveBlogUpdate"][:2])
    (article,) = parse_raw(RawInput("blog.json", json.dumps(blog)), ".json")
    assert "Talks between the union" in article.text and "12:40" not in article.text


def test_a_json_object_with_no_body_and_no_entries_is_still_refused() -> None:
    blog = {k: v for k, v in BLOG.items() if k != "liveBlogUpdate"}
    with pytest.raises(FormatError, match="no article text"):
        parse_raw(RawInput("blog.json", json.dumps(blog)), ".json")
