"""Byline lines: no passage, no fact, their author kept and shown; institution names are no people.

All text is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcediff.bylines import is_byline, read_byline
from sourcediff.extract import extract
from sourcediff.ingest import load, parse_raw
from sourcediff.ingest.reading import RawInput
from sourcediff.pipeline import compare
from sourcediff.render import RenderOptions
from sourcediff.render.json import report_to_dict
from sourcediff.render.markdown import render_markdown
from sourcediff.render.terminal import render_terminal_text
from sourcediff.segment import bylines_above, segment

BYLINES = [
    ("By the Courier team · Monday evening", "the Courier team"),
    ("By Jane Doe, Political Editor | 5 December 2026", "Jane Doe"),
    ("By Tomas Ferreira, Harbour Gazette business desk · Tuesday evening", "Tomas Ferreira"),
    ("By Ana Ruiz and Lee Park, Staff writers", "Ana Ruiz and Lee Park"),
    ("By Ana Ruiz, Lee Park and Tom Wu | Updated 4:08 p.m. ET May 2, 2027", "Ana Ruiz, Lee Park and Tom Wu"),
    ("By Sarah Okafor in Lisbon", "Sarah Okafor"),
    ("By Rhys Penrose, Chief Reporter - Friday 11 December 2026", "Rhys Penrose"),
    ("BY MARTA KOWALCZYK", "MARTA KOWALCZYK"),
    ("Words by Ana de Souza", "Ana de Souza"),
]

SENTENCES = [
    "By noon, 400 people had left the town.",
    "By noon, 400 people had left",
    "By Monday evening 37 ambulances had been diverted",
    "By Christmas Eve, the shelters were full.",
    "By Tuesday, most families had gone home",
    "By 5:30 a.m. the fire was under control.",
    "By nightfall 31 whales had been refloated",
    "By the time crews arrived, the roof had gone.",
]


@pytest.mark.parametrize(("line", "author"), BYLINES)
def test_a_byline_line_is_read_with_its_author(line: str, author: str) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.author == author


@pytest.mark.parametrize("line", SENTENCES)
def test_a_sentence_opening_with_by_is_no_byline(line: str) -> None:
    assert read_byline(line) is None
    assert not is_byline(line)


def _articles(text: str, suffix: str) -> list:  # type: ignore[type-arg]
    return list(parse_raw(RawInput(name=f"story{suffix}", text=text), suffix))


TEXT = """Harbour bridge shut after crack found

By Jane Doe, Political Editor | 5 December 2026

The Harwick bridge was shut on Friday after engineers found a 40 cm crack.
"""

MARKDOWN = """# Harbour bridge shut after crack found

*By the Courier team · Monday evening*

The Harwick bridge was shut on Friday after engineers found a 40 cm crack.
"""

HTML = """<html><head><title>Harbour bridge shut</title></head><body><article>
<h1>Harbour bridge shut after crack found</h1>
<p>By Jane Doe, Political Editor | 5 December 2026</p>
<p>The Harwick bridge was shut on Friday after engineers found a 40 cm crack in its main span.</p>
<p>Traffic was sent over the old ferry road, adding about 25 minutes to the trip into town.</p>
</article></body></html>"""

JSON_BODY = json.dumps({"title": "Harbour bridge shut", "body": (
    "By Jane Doe, Political Editor | 5 December 2026\n\n"
    "The Harwick bridge was shut on Friday after engineers found a 40 cm crack.")})


@pytest.mark.parametrize(("raw", "suffix"), [(TEXT, ".txt"), (MARKDOWN, ".md"), (HTML, ".html"),
                                              (JSON_BODY, ".json")])
def test_no_loader_makes_a_byline_a_passage(raw: str, suffix: str) -> None:
    [article] = _articles(raw, suffix)
    texts = [p.text for p in segment(article)]
    assert not any(t.lstrip("*").startswith("By ") for t in texts), texts
    assert any("40 cm crack" in t for t in texts)


def test_a_byline_yields_no_time_or_date_fact() -> None:
    [article] = _articles(MARKDOWN, ".md")
    passages = segment(article)
    kinds = {m.raw for m in extract(article, passages)}
    assert "Monday evening" not in kinds and "Monday" not in kinds


def test_a_first_sentence_opening_with_by_stays_a_passage() -> None:
    raw = ("Town empties as flood nears\n\nBy noon, 400 people had left the town.\n\n"
           "The river rose 2 metres.\n")
    [article] = _articles(raw, ".txt")
    assert [p.text for p in segment(article)][1] == "By noon, 400 people had left the town."
    assert bylines_above(article) == 0
    assert article.author == ""


def test_a_byline_far_down_the_article_is_left_alone() -> None:
    body = "\n\n".join(f"Paragraph {n} says the river rose {n} metres." for n in range(1, 7))
    raw = f"Flood update\n\n{body}\n\nBy Jane Doe, Political Editor\n"
    [article] = _articles(raw, ".txt")
    assert any(p.text.startswith("By Jane Doe") for p in segment(article))


def test_the_byline_gives_the_author_and_the_date() -> None:
    [article] = _articles(TEXT, ".txt")
    assert article.author == "Jane Doe"
    assert str(article.published) == "2026-12-05"
    [newsroom] = _articles(MARKDOWN, ".md")
    assert newsroom.author == "Courier team"


def test_the_byline_date_dates_markdown_without_front_matter() -> None:
    raw = ("# Harbour bridge shut\n\n*By Ana Ruiz · Wednesday, March 3, 2027*\n\n"
           "The bridge was shut on Monday after a 40 cm crack was found.\n")
    [article] = _articles(raw, ".md")
    assert str(article.published) == "2027-03-03"
    assert article.author == "Ana Ruiz"


def test_metadata_authors_win_over_the_byline() -> None:
    raw = json.dumps({"title": "Bridge shut", "author": [{"name": "Ana Ruiz"}, "Lee Park"],
                      "body": "By A. N. Other\n\nThe bridge was shut on Monday."})
    [article] = _articles(raw, ".json")
    assert article.author == "Ana Ruiz and Lee Park"
    front = "---\ntitle: Bridge shut\nauthor: Mirela Vos\n---\n\nThe bridge was shut on Monday.\n"
    [md] = _articles(front, ".md")
    assert md.author == "Mirela Vos"


def test_a_byline_keeps_the_passages_below_it_in_place() -> None:
    """The pair model ranks a passage by its place in the article, bylines counted."""
    [article] = _articles(TEXT, ".txt")
    assert bylines_above(article) == 1


def _two_sources(tmp_path: Path) -> list:  # type: ignore[type-arg]
    first = tmp_path / "courier.txt"
    first.write_text(TEXT, encoding="utf-8")
    second = tmp_path / "wire.txt"
    second.write_text("Bridge shut\n\nThe Harwick bridge was shut on Friday after a 40 cm crack was found.\n",
                      encoding="utf-8")
    return [load(str(first)), load(str(second))]


def test_the_report_lists_each_source_author(tmp_path: Path) -> None:
    report = compare(_two_sources(tmp_path))
    sources = {s["id"]: s for s in report_to_dict(report)["sources"]}
    assert sources["courier"]["author"] == "Jane Doe"
    assert "author" not in sources["wire"]
    markdown = render_markdown(report, RenderOptions())
    assert "| Source | Outlet | Author | Published |" in markdown
    assert "| Jane Doe |" in markdown
    terminal = render_terminal_text(report, RenderOptions(width=120))
    assert "author" in terminal and "Jane Doe" in terminal


def test_no_author_column_when_no_source_is_signed(tmp_path: Path) -> None:
    paths = [tmp_path / "wire.txt", tmp_path / "post.txt"]
    for path in paths:
        path.write_text("Bridge shut\n\nThe Harwick bridge was shut on Friday.\n", encoding="utf-8")
    report = compare([load(str(p)) for p in paths])
    assert "Author" not in render_markdown(report, RenderOptions())


def test_an_html_page_author_is_kept() -> None:
    page = ("<html><head><title>Bridge shut</title><meta name=\"author\" content=\"Mirela Vos\"></head><body>"
            "<article><h1>Bridge shut</h1><p>The Harwick bridge was shut on Friday after engineers found a "
            "40 cm crack in its main span, the council said.</p><p>Traffic was sent over the old ferry road, "
            "adding about 25 minutes to the trip.</p></article></body></html>")
    [article] = _articles(page, ".html")
    assert article.author == "Mirela Vos"
