"""newuser17: pages of one site are named by their path, not "host" and "host-2".

Two pages fetched from one site were the sources "127.0.0.1" and "127.0.0.1-2",
and a location read "127.0.0.1-2:9:2": nothing told which article it was.
"""

from __future__ import annotations

import pytest

from sourcediff.ingest import _Loaded, _unique_ids
from sourcediff.model import Article
from sourcediff.urls import page_name


@pytest.mark.parametrize(("url", "name"), [
    ("https://www.courier.example/2026/03/04/pram-recall-hinge.html", "courier.example-pram-recall-hinge"),
    ("http://127.0.0.1:8766/courier.html", "127.0.0.1-courier"),
    ("https://news.example/live/Storm%20Ida%20live/", "news.example-storm-ida-live"),
    ("https://news.example/", "news.example"),
    ("https://news.example", "news.example"),
    ("https://news.example/story/884213?src=rss", "news.example-884213"),
])
def test_page_name(url: str, name: str) -> None:
    assert page_name(url) == name


def test_a_long_slug_is_cut_at_a_word() -> None:
    name = page_name("https://news.example/" + "-".join(["harbour"] * 12))
    assert name.startswith("news.example-harbour") and not name.endswith("-")
    assert len(name) <= len("news.example-") + 40


def _page(url: str) -> _Loaded:
    from sourcediff.urls import site_name
    return _Loaded((Article(id="", text="x"),), site_name(url), page_name(url))


def test_pages_of_one_site_get_their_path_names_and_other_sites_keep_the_host() -> None:
    ids = _unique_ids([_page("https://a.example/news/recall"), _page("https://a.example/news/helpline"),
                       _page("https://b.example/recall")])
    assert ids == ["a.example-recall", "a.example-helpline", "b.example"]


def test_same_last_segment_on_one_site_is_still_unique() -> None:
    ids = _unique_ids([_page("https://a.example/one/index.html"), _page("https://a.example/two/index.html")])
    assert ids == ["a.example-index", "a.example-index-2"]
