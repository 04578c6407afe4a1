"""newuser19: a press release saved from a PDF as text, and bylines that carry a numeric date.

Every text here is invented: a ferry operator's timetable change, a grant
for towns after bushfires.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from sourcediff.extract import extract
from sourcediff.ingest import parse_raw
from sourcediff.ingest.pagefurniture import without_page_furniture
from sourcediff.ingest.reading import RawInput
from sourcediff.model import Article, Kind
from sourcediff.segment import segment

RELEASE = """Islands Ferry Company                                    Press Release

FOR IMMEDIATE RELEASE
2 April 2026

ISLAND FERRY TIMETABLE CHANGES FROM 1 MAY

The Islands Ferry Company will operate three daily sailings on the
island route from 1 May 2026, reducing from five sailings, because of
a shortage of 12 deck crew members.

                                                                    Page 1 of 2
Islands Ferry Company                                    Press Release

Fares will not change, the company said.

                                                                    Page 2 of 2
"""


def _one(text: str, name: str = "a.txt") -> Article:
    (article,) = parse_raw(RawInput(name, text), Path(name).suffix)
    return replace(article, id=Path(name).stem)


def test_page_numbers_and_running_header_are_no_passages() -> None:
    article = _one(RELEASE, "release.txt")
    texts = [p.text for p in segment(article)]
    assert not any("Page" in t for t in texts)
    assert not any("Press Release" in t for t in texts)
    assert any(t.startswith("The Islands Ferry Company will operate") for t in texts)
    numbers = [m.raw for m in extract(article, segment(article)) if m.kind is Kind.NUMBER]
    assert "12" in numbers and "1" not in numbers and "2" not in numbers


def test_blanking_keeps_offsets_and_lines() -> None:
    cleaned = without_page_furniture(RELEASE)
    assert len(cleaned) == len(RELEASE)
    assert cleaned.count("\n") == RELEASE.count("\n")
    assert cleaned.index("a shortage of 12") == RELEASE.index("a shortage of 12")


def test_text_without_page_numbers_is_untouched() -> None:
    text = ("Choir sings again\n\nSing it again.\n\nThe choir met on Friday.\n\n"
            "Sing it again\n\nSing it again\n")
    assert without_page_furniture(text) == text


def test_a_repeated_sentence_beside_a_page_number_stays() -> None:
    text = ("Report\n\nThe board met twice.\n\nThe board met twice.\n\n- 1 -\n\nIt approved the budget.\n")
    cleaned = without_page_furniture(text)
    assert cleaned.count("The board met twice.") == 2
    assert "- 1 -" not in cleaned


@pytest.mark.parametrize("line", [
    "By Jess Nguyen | 14/01/2026", "By Jess Nguyen | 2026-01-14", "By Jess Nguyen, 14/01/2026",
    "By Jess Nguyen, Staff Writer, 2026-01-14",
])
def test_a_byline_with_a_numeric_date_names_no_person_and_dates_the_article(line: str) -> None:
    article = _one(f"Grant for fire-hit towns\n\n{line}\n\n"
                   "The state announced a $3.2 million grant on Tuesday.\n")
    assert article.published is not None and article.published.isoformat() == "2026-01-14"
    people = [m.raw for m in extract(article, segment(article)) if m.kind is Kind.PERSON]
    assert "Jess Nguyen" not in people


def test_a_sentence_opening_with_by_and_a_date_is_still_read() -> None:
    article = _one("Crews stood down\n\nBy Monday evening, 14 crews had stood down, the service said.\n")
    raws = [m.raw for m in extract(article, segment(article))]
    assert "14" in raws


@pytest.mark.parametrize(("content", "reason"), [
    ("", "is empty (0 bytes)"), ("  \n\t\n", "holds only white space"),
])
def test_an_empty_file_is_named_empty(tmp_path: Path, content: str, reason: str) -> None:
    from sourcediff import load
    from sourcediff.errors import InputError

    path = tmp_path / "draft.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(reason)):
        load(path)
