"""Ingest: every format, the five seeds, ids, and every bad input (library and CLI)."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from sourcediff.errors import ConfigError, FormatError, InputError
from sourcediff.ingest import load, load_many, short_stem
from sourcediff.ingest.dates import metadata_date, parse_date, parse_date_or_range
from sourcediff.ingest.detect import detect
from sourcediff.model import Article
from sourcediff.options import LoadOptions
from sourcediff.segment import segment

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "tests" / "data" / "ingest"
GOLD = json.loads((ROOT / "tests" / "gold" / "seeds.json").read_text(encoding="utf-8"))


def seed(key: str) -> Path:
    return SEEDS / GOLD["sources"][key]


def block_texts(article: Article) -> list[tuple[str, str]]:
    return [(b.role, article.text[b.span.start:b.span.end]) for b in article.blocks]


def check_blocks(article: Article) -> None:
    """Blocks are ordered, disjoint, trimmed and inside the text."""
    last = 0
    for block in article.blocks:
        chunk = article.text[block.span.start:block.span.end]
        assert block.span.start >= last and chunk and chunk == chunk.strip()
        last = block.span.end
    assert last <= len(article.text)


# --- seeds -------------------------------------------------------------------

@pytest.mark.parametrize(("key", "fmt", "published"), [
    ("000", "text", dt.date(2026, 2, 26)),
    ("001", "wordpress-json", dt.date(2026, 2, 26)),
    ("002", "text", dt.date(2026, 2, 26)),
    ("003", "markdown", dt.date(2026, 2, 27)),
    ("004", "text", dt.date(2026, 2, 27)),
])
def test_seed_format_and_date(key: str, fmt: str, published: dt.date) -> None:
    article = load(seed(key))
    assert (article.id, article.format, article.published) == (key, fmt, published)
    check_blocks(article)


def test_seed_ids_drop_the_hash() -> None:
    assert [a.id for a in load_many([str(SEEDS)])] == ["000", "001", "002", "003", "004"]


def test_plain_seed_date_prefix_is_not_text() -> None:
    article = load(seed("000"))
    assert article.text.startswith("Pentagon officials on Wednesday night")
    assert "date 2026" not in article.text
    assert article.title == ""


def test_wordpress_seed() -> None:
    article = load(seed("001"))
    assert article.title == "Anthropic says ‘virtually no progress’ on Pentagon AI talks as deadline looms"
    assert article.text.startswith(article.title + "\n\nAnthropic said Thursday")
    assert (article.outlet, article.url) == ("ustower.net", "https://ustower.net/?p=54128")
    assert "<" not in article.text and "&nbsp;" not in article.text and "\u00a0" not in article.text
    assert article.blocks[0].role == "title"
    for group in GOLD["alignments"]:
        if "001" in group["anchors"]:
            assert group["anchors"]["001"] in article.text


def test_markdown_seed() -> None:
    article = load(seed("003"))
    assert article.title == ("Industry News: Anthropic Rejects Pentagon’s “Final Offer” "
                             "Over AI Safety Concerns")
    for marker in ("**", "# ", "\n- ", "](", "`"):
        assert marker not in article.text
    roles = dict((text, role) for role, text in block_texts(article))
    assert roles["Summary"] == "heading"
    assert roles[article.title] == "title"
    assert roles["Date: February 26-27, 2026 (Reported)"] == "item"


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_gold_anchors_fall_in_one_passage_or_one_block(key: str) -> None:
    article = load(seed(key))
    passages = segment(article)
    for group in GOLD["alignments"]:
        anchor = group["anchors"].get(key)
        if anchor is None:
            continue
        start = article.text.find(anchor)
        assert start >= 0, anchor
        end = start + len(anchor)
        covering = [p for p in passages if p.end > start and p.start < end]
        assert covering, anchor
        assert len({p.paragraph for p in covering}) == 1, anchor


# --- formats -----------------------------------------------------------------

def test_plain_text_with_date_line() -> None:
    article = load(DATA / "dated.txt")
    assert article.published == dt.date(2025, 2, 3)
    assert article.text.startswith("Officials said the vote was delayed.")
    assert len(article.blocks) == 2


def test_plain_text_without_date_has_heading_title() -> None:
    article = load(DATA / "plain.txt")
    assert article.published is None
    assert article.title == "Road work begins downtown"
    assert [role for role, _ in block_texts(article)] == ["title", "paragraph", "paragraph"]
    # plain text is kept as written, so offsets point at the file's own words
    assert article.text == (DATA / "plain.txt").read_text(encoding="utf-8").strip()


def test_plain_text_joins_hard_wrapped_lines() -> None:
    article = load(DATA / "plain.txt")
    wrapped = Path(article.path).read_text(encoding="utf-8").replace("The work will", "The work\nwill")
    from sourcediff.ingest.text import parse

    parsed = parse(wrapped)
    assert any("The work\nwill last" in text for _, text in block_texts(parsed))


def test_html_page_keeps_story_drops_chrome() -> None:
    article = load(DATA / "news_page.html")
    assert article.format == "html"
    assert article.title == "City council approves $48.5 million transit plan"
    assert article.outlet == "The Riverside Ledger"
    assert article.published == dt.date(2025, 3, 14)
    assert article.url.endswith("/transit-plan")
    for junk in ("Subscribe", "Advertisement", "dataLayer", "loadAd", "Privacy policy", "Related stories",
                 "All rights reserved", "min-height"):
        assert junk not in article.text
    roles = block_texts(article)
    assert roles[0] == ("title", article.title)
    assert ("heading", "Opposition from business owners") in roles
    assert ("item", "Line A would connect downtown with the airport.") in roles
    assert "city’s east side" in article.text  # &rsquo; decoded


def test_wordpress_sample() -> None:
    article = load(DATA / "post.wordpress.json")
    assert article.format == "wordpress-json"
    assert article.title == "Council backs transit plan after “marathon” hearing"
    assert article.published == dt.date(2025, 3, 14)  # the local date, not date_gmt
    assert article.outlet == "valleyherald.example"
    assert "$48.5 million plan" in article.text and "alert" not in article.text
    roles = block_texts(article)
    assert ("heading", "What comes next") in roles
    assert ("item", "Line A opens in 2028.") in roles
    assert ("paragraph", "First line") in roles  # <br> splits blocks


def test_markdown_sample() -> None:
    article = load(DATA / "article.md")
    assert article.format == "markdown" and article.outlet == "Lakeside Daily"
    assert article.title == "Storm closes schools across three counties"
    assert article.published == dt.date(2025, 1, 9)
    assert "state education office." in article.text and "https://example.org" not in article.text
    assert "Utility Co. spokesman" in article.text
    assert "---" not in article.text and "title:" not in article.text
    items = [text for role, text in block_texts(article) if role == "item"]
    assert items[-2:] == ["Numbered item one.", "Numbered item two."]
    assert "A third bullet with bold text." in items


def test_generic_json_list() -> None:
    first, second = load_many([str(DATA / "articles.json")])
    assert (first.id, second.id) == ("articles-1", "articles-2")
    assert first.format == second.format == "json"
    assert first.outlet == "Example News" and first.published == dt.date(2025, 4, 2)
    assert second.title == "Plant expansion announced" and second.outlet == "othernews.example"
    assert "<p>" not in second.text and "About 300 people will be hired." in second.text
    assert [b.role for b in first.blocks] == ["title", "paragraph", "paragraph"]


def test_generic_json_object() -> None:
    article = load(DATA / "single.json")
    assert (article.id, article.format, article.outlet) == ("single", "json", "County Courier")
    assert article.text.endswith("Repairs cost $3.2 million.")


def test_jsonl() -> None:
    articles = load_many([str(DATA / "feed.jsonl")])
    assert [a.id for a in articles] == ["feed-1", "feed-2"]
    assert all(a.format == "jsonl" for a in articles)
    assert articles[1].outlet == "Wire Service"


def test_load_refuses_a_file_with_many_articles() -> None:
    with pytest.raises(FormatError, match="holds 2 articles"):
        load(DATA / "feed.jsonl")


def test_utf8_bom_is_dropped() -> None:
    assert load(DATA / "bom.txt").text == "Mayor said the budget passed."


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b" date 2025-07-01 Officials met on Tuesday. Talks resumed.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    article = load("-")
    assert (article.id, article.path, article.published) == ("stdin", "-", dt.date(2025, 7, 1))
    assert article.text == "Officials met on Tuesday. Talks resumed."


def test_stdin_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 100), encoding="utf-8"))
    with pytest.raises(InputError, match="over the limit"):
        load("-", options=LoadOptions(max_bytes=50))


# --- detection ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "suffix", "expected"), [
    ("# Title\n\nSome text with **bold**.", ".txt", "markdown"),
    ("## A\ntext\n## B\ntext", "", "markdown"),
    ("A plain paragraph.\n\n- one dash line is not markdown", ".txt", "text"),
    ("<!doctype html><html><body><p>x</p></body></html>", ".txt", "html"),
    ('{"title": "x", "text": "y"}', ".txt", "json"),
    ('{"a": 1}\n{"a": 2}\n', ".txt", "jsonl"),
    ("[Photo] A caption, then prose.", ".txt", "text"),
    ("Short note.", ".md", "markdown"),
])
def test_detect(text: str, suffix: str, expected: str) -> None:
    assert detect(text, suffix) == expected


# --- ids and labels ----------------------------------------------------------

def test_short_stem() -> None:
    assert short_stem("001_90a6f74279e4adcb") == "001"
    assert short_stem("story-deadbeef01") == "story"
    assert short_stem("report_2025") == "report_2025"


def test_ids_fall_back_to_full_stems_when_short_ids_collide(tmp_path: Path) -> None:
    for name in ("a_1234abcd.txt", "a_5678ef01.txt", "b_99999999.txt"):
        (tmp_path / name).write_text("Some article text here.", encoding="utf-8")
    assert [a.id for a in load_many([str(tmp_path)])] == ["a_1234abcd", "a_5678ef01", "b"]


def test_same_file_twice_gets_unique_ids() -> None:
    ids = [a.id for a in load_many([str(DATA / "plain.txt"), str(DATA / "plain.txt")])]
    assert len(set(ids)) == 2


def test_labels() -> None:
    articles = load_many([str(seed("000")), str(seed("004"))], labels=["cbs", "afp"])
    assert [a.id for a in articles] == ["cbs", "afp"]
    assert load(seed("000"), label="x").id == "x"
    with pytest.raises(ConfigError, match="2 labels given for 3 articles"):
        load_many([str(seed("000")), str(DATA / "feed.jsonl")], labels=["a", "b"])
    with pytest.raises(ConfigError, match="given twice"):
        load_many([str(seed("000")), str(seed("004"))], labels=["a", "a"])


def test_directory_skips_hidden_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / ".hidden.txt").write_text("Hidden text.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / "b.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "a.md").write_text("# Head\n\nFirst article.", encoding="utf-8")
    assert [a.id for a in load_many([str(tmp_path)])] == ["a", "b"]


def test_directory_limit(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("Text.", encoding="utf-8")
    with pytest.raises(InputError, match="over the limit of 2"):
        load_many([str(tmp_path)], options=LoadOptions(max_files=2))


# --- dates -------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("2026-02-26T18:38:00", dt.date(2026, 2, 26)),
    ("Feb. 26, 2026", dt.date(2026, 2, 26)),
    ("Fri, 27 Feb 2026 10:00:00 GMT", dt.date(2026, 2, 27)),
    ("Thursday", None),
    ("February 2026", None),
    ("February 26-27, 2026", None),
])
def test_parse_date_never_guesses(value: str, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


def test_range_gives_last_day() -> None:
    assert parse_date_or_range("February 26-27, 2026 (Reported)") == dt.date(2026, 2, 27)
    assert parse_date_or_range("Feb 26 - Mar 1, 2026") == dt.date(2026, 3, 1)


NOV20 = dt.date(2026, 11, 20)


@pytest.mark.parametrize(("line", "expected"), [
    ("Published: 20 November 2026 | Category: Courts", NOV20),
    ("Published: 20 November 2026", NOV20),
    ("published: 20 November 2026", NOV20),
    ("PUBLISHED 20.11.2026", NOV20),
    ("Date: Nov. 20, 2026", NOV20),
    ("Updated 20/11/2026 14:05 GMT", NOV20),
    ("Updated: November 20, 2026 at 9:05 a.m.", NOV20),
    ("Posted on Friday 20 November 2026", NOV20),
    ("Last updated: 2026-11-20T14:05Z", NOV20),
    ("Category: Courts · Published 20 Nov 2026 · 3 min read", NOV20),
    ("By Jane Doe | Published: Nov 20, 2026 | Updated: Nov 21, 2026", NOV20),
    ("Updated 05/11/2026 14:05 GMT", dt.date(2026, 11, 5)),  # a British zone: day first
    ("Updated 05/11/2026 9:05 ET", dt.date(2026, 5, 11)),  # a US zone: month first
    ("Updated 05/11/2026", None),  # day and month cannot be told apart: no guess
    ("Published: yesterday", None),
    ("Published: November 2026", None),  # no day: never guessed
    ("Dateline: London", None),
    ("Category: Courts | Tags: water", None),
    ("Posted on Facebook on Nov. 20, 2026, the video was shared thousands of times.", None),
])
def test_metadata_line_dates(line: str, expected: dt.date | None) -> None:
    assert metadata_date(line) == expected


@pytest.mark.parametrize("head", [
    "**Published:** 20 November 2026 | **Category:** Courts",
    "Published: 20 November 2026 | Category: Group actions",
    "*Updated 20/11/2026 14:05 GMT*",
    "Date: Nov. 20, 2026",
])
def test_markdown_metadata_line_sets_published(head: str) -> None:
    from sourcediff.ingest.markdown import parse

    article = parse(f"# Water firm must pay\n\n{head}\n\nThe High Court ruled on Thursday.\n")
    assert article.published == NOV20
    assert "The High Court ruled on Thursday." in article.text


@pytest.mark.parametrize("head", [
    "Published: 20 November 2026 | Category: Courts",
    "Updated 20/11/2026 14:05 GMT",
    "By Martin Ellery · Published 20 Nov 2026",
])
def test_plain_text_metadata_line_under_the_headline_sets_published(head: str) -> None:
    from sourcediff.ingest.text import parse

    raw = f"Water firm must pay\nBy Martin Ellery\n{head}\n\nLONDON (TPA) - The High Court ruled.\n"
    assert parse(raw).published == NOV20


def test_plain_text_metadata_far_down_is_body_text() -> None:
    from sourcediff.ingest.text import parse

    body = "\n\n".join(f"Paragraph {i} says something." for i in range(20))
    assert parse(f"Headline\n\n{body}\n\nPublished: 20 November 2026\n").published is None


@pytest.mark.parametrize(("first", "dateline"), [
    ("AUSTIN, Texas (TPA) — Veridian said on Monday it would buy Kestrel.", "AUSTIN, Texas (TPA) —"),
    ("LONDON (Reuters) - A British water company must pay 36.2 million pounds.", "LONDON (Reuters) -"),
    ("WASHINGTON, Nov. 20 (AP) — The Senate voted on Thursday.", "WASHINGTON, Nov. 20 (AP) —"),
])
def test_dateline_stays_in_the_first_sentence(first: str, dateline: str) -> None:
    from sourcediff.ingest.text import parse

    article = parse(f"Headline of the story\n\n{first} A second sentence follows.\n")
    passages = segment(Article(**{**article.__dict__, "id": "a"}))
    assert passages[1].text == first and passages[1].text.startswith(dateline)


# --- bad inputs --------------------------------------------------------------

def _make_big(tmp_path: Path) -> Path:
    path = tmp_path / "big.txt"
    path.write_text("word " * 400, encoding="utf-8")
    return path


def _make_empty_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF")
    return folder


Maker = Callable[[Path], Path]
BAD: list[tuple[str, Maker, type[Exception], str]] = [
    ("missing", lambda tmp: tmp / "nope.txt", InputError, "no such file"),
    ("empty dir", _make_empty_dir, InputError, "no article files"),
    ("blank", lambda tmp: DATA / "blank.txt", InputError, "holds only white space"),
    ("empty page", lambda tmp: DATA / "empty_page.html", InputError, "no article text"),
    ("latin1", lambda tmp: DATA / "latin1.txt", InputError, "not UTF-8"),
    ("json", lambda tmp: DATA / "malformed.json", FormatError, "line 2, column 1"),
    ("jsonl", lambda tmp: DATA / "malformed.jsonl", FormatError, "line 2, column 17"),
    ("binary", lambda tmp: DATA / "binary.bin", InputError, "binary"),
]


@pytest.mark.parametrize(("case", "make", "error", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_raises(tmp_path: Path, case: str, make: Maker, error: type[Exception],
                          message: str) -> None:
    path = make(tmp_path)
    with pytest.raises(error, match=message) as info:
        load_many([str(path)])
    assert str(path) in str(info.value)


def test_control_characters_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "ctl.txt"
    path.write_bytes(b"\x01\x02\x03\x04 text" * 10)
    with pytest.raises(InputError, match="binary"):
        load(path)


def test_size_limit_checked(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="over the limit of 1000"):
        load(_make_big(tmp_path), options=LoadOptions(max_bytes=1000))


@pytest.mark.parametrize(("case", "make", "error", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_cli(tmp_path: Path, case: str, make: Maker, error: type[Exception], message: str) -> None:
    path = make(tmp_path)
    result = subprocess.run([sys.executable, "-m", "sourcediff", "compare", str(path), str(seed("000"))],
                            capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and message in lines[0]
    assert "Traceback" not in result.stderr


def test_size_limit_cli(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "sourcediff", "passages", "--max-bytes", "1000",
                             str(_make_big(tmp_path))],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2 and "over the limit" in result.stderr
