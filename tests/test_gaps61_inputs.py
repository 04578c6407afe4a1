"""Press releases saved from a PDF: a sentence broken over a page, and the release marker (gaps61)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sourcediff.ingest import parse_raw
from sourcediff.ingest.pagefurniture import page_breaks
from sourcediff.ingest.reading import RawInput
from sourcediff.model import Article
from sourcediff.segment import segment

BROKEN = """FOR IMMEDIATE RELEASE

Harbour Line Adds Late Sailings

Harbour Line Ferries   Press Office
Page 1 of 2

The company will run three extra sailings each day during the

Page 2 of 2
Harbour Line Ferries   Press Office

summer season, chief executive Dana Whitlock said. Tickets go on sale on Monday.
"""


def _one(text: str, name: str = "release.txt") -> Article:
    (article,) = parse_raw(RawInput(name, text), Path(name).suffix)
    return replace(article, id=Path(name).stem)


def test_a_sentence_broken_over_a_page_is_one_passage() -> None:
    texts = [" ".join(p.text.split()) for p in segment(_one(BROKEN))]
    assert ("The company will run three extra sailings each day during the summer season, "
            "chief executive Dana Whitlock said.") in texts


def test_joining_keeps_the_file_offsets_and_lines() -> None:
    article = _one(BROKEN)
    assert len(article.text) == len(BROKEN.strip())
    start = article.text.index("summer season")
    assert BROKEN.strip().index("summer season") == start


def test_a_full_stop_before_the_page_break_keeps_two_paragraphs() -> None:
    text = BROKEN.replace("during the\n", "during the summer.\n").replace("summer season, chief", "Chief")
    texts = [" ".join(p.text.split()) for p in segment(_one(text))]
    assert any(t.endswith("during the summer.") for t in texts)
    assert any(t.startswith("Chief executive Dana Whitlock said") for t in texts)


def test_a_capital_after_the_page_break_starts_a_new_paragraph() -> None:
    text = BROKEN.replace("summer season, chief", "Summer season, chief")
    texts = [" ".join(p.text.split()) for p in segment(_one(text))]
    assert any(t.startswith("Summer season") for t in texts)


def test_without_a_page_number_a_blank_line_still_parts_paragraphs() -> None:
    text = "Ferry times change\n\nThe service will run later each day during the\n\nsummer season, it said.\n"
    texts = [" ".join(p.text.split()) for p in segment(_one(text, "plain.txt"))]
    assert not any("during the summer" in t for t in texts)


def test_page_breaks_are_the_page_number_lines() -> None:
    text = "one\nPage 1 of 2\ntwo\n- 2 -\n"
    assert page_breaks(text) == (4, 20)


def test_for_immediate_release_is_never_the_title() -> None:
    assert _one(BROKEN).title == "Harbour Line Adds Late Sailings"


def test_the_release_date_under_the_marker_is_not_the_title_either() -> None:
    text = "MEDIA RELEASE\n\n14 March 2026\n\nCouncil Opens New Library\n\nThe library opens on Friday.\n"
    article = _one(text)
    assert article.title == "Council Opens New Library"


def test_a_marker_with_no_headline_after_it_leaves_the_article_untitled() -> None:
    text = "FOR IMMEDIATE RELEASE\n\nThe library opens on Friday, the council said.\n\nEntry is free.\n"
    assert _one(text).title == ""


def test_an_embargo_line_is_no_title() -> None:
    text = ("EMBARGOED UNTIL 00:01 FRIDAY\n\nRail Fares Frozen For 2027\n\n"
            "Fares will not rise next year, the operator said.\n")
    assert _one(text).title == "Rail Fares Frozen For 2027"


def test_a_headline_about_a_release_stays_the_title() -> None:
    text = "For release of hostages, families wait\n\nFamilies gathered outside the ministry on Sunday.\n"
    assert _one(text).title == "For release of hostages, families wait"
