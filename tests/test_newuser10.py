"""A first-time user's leftovers (newuser10): a sum's cue read from the head of its noun compound, so
``check`` holds a draft's packed "$30 million state grant" to the sources' "state grant of $25 million";
and a live blog page's entry times kept.

Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cli import run_check
from sourcediff.extract import money
from sourcediff.model import Article, Passage, Span
from sourcediff.text import fold


def _cues(text: str) -> list[tuple[str, ...]]:
    article = Article.from_text(text, id="t")
    passage = Passage("t", 0, 0, Span(0, len(text)), text, fold(text))
    return [m.cues for m in money.extract(article, (passage,))]


@pytest.mark.parametrize(("text", "cue"), [
    ("The terminal is backed by a $30 million state grant, officials said.", "grant"),
    ("Voters approved a $12 million road repair fund in May.", "fund"),
    ("The firm won a $4 million business loan from the bank.", "loan"),
])
def test_a_compound_gives_its_head_as_a_cue(text: str, cue: str) -> None:
    assert cue in _cues(text)[0]


@pytest.mark.parametrize(("text", "absent"), [
    ("It posted $14 billion in revenue last year.", "last"),
    ("A $25 million grant made the expansion possible.", "made"),
    ("A $2 million prize goes to the winner.", "goe"),
    ("The $5 million deal announced on Friday stands.", "announced"),
])
def test_words_after_the_compound_are_no_cue(text: str, absent: str) -> None:
    cues = _cues(text)[0]
    assert absent not in cues and not any(c.startswith(absent) for c in cues)


SOURCE_A = """Harbour board approves ferry terminal

The Port Wexley harbour board voted 6-3 on Monday to approve a $48 million ferry terminal on the east quay.

The project is backed by a state grant of $25 million, the board said.
"""

SOURCE_B = """Port Wexley backs new ferry terminal

The harbour board in Port Wexley approved a $48 million ferry terminal on Monday in a 6-3 vote.

The state grant of $25 million will cover about half of the cost.
"""

DRAFT = """# Board approves ferry terminal

The Port Wexley harbour board voted 6-3 on Monday to approve the terminal.

The $48 million terminal, backed by a $30 million state grant, will open on the east quay.
"""


def test_check_holds_a_packed_grant_to_the_sources(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    run = run_check(capsys, tmp_path, DRAFT, SOURCE_A, SOURCE_B)
    assert run.code == 1, (run.out, run.err)
    assert "[money/diverge]" in run.out and "$30 million" in run.out and "$25 million" in run.out
    assert "stated by no source" not in run.out


def test_check_passes_the_packed_grant_the_sources_state(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    run = run_check(capsys, tmp_path, DRAFT.replace("$30 million", "$25 million"), SOURCE_A, SOURCE_B)
    assert run.code == 0, (run.out, run.err)
    assert "diverge" not in run.out


# --- live blog entry times in HTML ---------------------------------------------------------------

import dataclasses  # noqa: E402
import datetime as dt  # noqa: E402

from sourcediff.ingest.html import parse as parse_html  # noqa: E402
from sourcediff.model import Kind  # noqa: E402
from sourcediff.pipeline import analyse  # noqa: E402

JSON_LD_BLOG = """<!doctype html><html><head><title>Flood live: river peaks in Carnbrook</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "LiveBlogPosting",
"headline": "Flood live: river peaks in Carnbrook", "datePublished": "2026-03-02T08:00:00+00:00",
"liveBlogUpdate": [
{"@type": "BlogPosting", "datePublished": "2026-03-03T09:40:00+00:00",
 "articleBody": "The Mill Lane bridge reopened to traffic after engineers checked it overnight."},
{"@type": "BlogPosting", "datePublished": "2026-03-03T08:15:00+00:00",
 "articleBody": "About 140 people spent the night at the leisure centre, the council said yesterday."},
{"@type": "BlogPosting", "datePublished": "2026-03-02T22:30:00+00:00",
 "articleBody": "The river peaked at 4.2 metres this evening, the flood agency said."}
]}</script></head>
<body><article><h1>Flood live: river peaks in Carnbrook</h1>
<div class="entry"><p>The Mill Lane bridge reopened to traffic after engineers checked it overnight.</p></div>
<div class="entry"><p>About 140 people spent the night at the leisure centre, the council said yesterday.</p>
</div>
<div class="entry"><p>The river peaked at 4.2 metres this evening, the flood agency said.</p></div>
</article></body></html>
"""

TIME_BLOG = """<!doctype html><html><head><title>Storm live: power cuts across Dunmore</title></head>
<body><main><h1>Storm live: power cuts across Dunmore</h1>
<article class="post"><time datetime="2026-11-14T21:10:00+00:00">21:10</time><h2>Crews stood down</h2>
<p>Repair crews have been stood down for the night because of the wind, Dunmore Power said.</p></article>
<article class="post"><time datetime="2026-11-14T18:45:00+00:00">6.45pm</time>
<p>Around 12,000 homes are still without power this evening, down from 19,000 this morning.</p></article>
<article class="post"><time datetime="2026-11-14T16:20:00+00:00"></time>
<p>The ferry to Inchbay has been cancelled for the rest of the day, the operator said.</p></article>
</main></body></html>
"""

PLAIN_PAGE = """<!doctype html><html><head><title>Council approves budget</title></head>
<body><article><h1>Council approves budget</h1>
<p>By Jo Roe <time datetime="2026-05-04T10:00:00Z">4 May</time></p>
<p>Dunmore council approved a budget of 41 million pounds on Monday after a long debate.</p>
<p>The vote was 23 to 9, with councillors from the opposition voting against it.</p></article></body></html>
"""


def _line(text: str, words: str) -> str:
    return next(line for line in text.splitlines() if words in line)


def test_json_ld_updates_stamp_their_entries() -> None:
    article = parse_html(JSON_LD_BLOG)
    assert _line(article.text, "Mill Lane").startswith("09:40 3 March 2026 - The Mill Lane bridge")
    # the page's own day is not repeated
    assert _line(article.text, "river peaked").startswith("22:30 The river peaked")
    assert [day for _, day in article.entry_days] == [dt.date(2026, 3, 3), dt.date(2026, 3, 3),
                                                      dt.date(2026, 3, 2)]


def test_entry_offsets_point_at_the_stamped_blocks() -> None:
    article = parse_html(JSON_LD_BLOG)
    starts = {block.span.start for block in article.blocks}
    for start, _ in article.entry_days:
        assert start in starts
        assert article.text[start:start + 5] in ("09:40", "08:15", "22:30")
    for block in article.blocks:  # every block still spans its own words, no more
        assert article.text[block.span.start:block.span.end].strip() == article.text[
            block.span.start:block.span.end]


def test_an_entrys_relative_day_reads_against_the_entry() -> None:
    # "yesterday" in an entry posted on 3 March is 2 March, though the page is dated 2 March
    info = analyse(dataclasses.replace(parse_html(JSON_LD_BLOG), id="blog"))
    yesterday = [m for m in info.mentions if m.kind is Kind.DATE and m.raw == "yesterday"]
    assert [m.value.start for m in yesterday] == [dt.date(2026, 3, 2)]  # type: ignore[union-attr]


def test_the_stamps_are_entry_stamps_not_facts() -> None:
    info = analyse(dataclasses.replace(parse_html(JSON_LD_BLOG), id="blog"))
    stamps = [m for m in info.mentions if m.kind is Kind.TIME and m.raw in ("09:40", "08:15", "22:30")]
    assert len(stamps) == 3 and all("entry" in m.cues for m in stamps)


def test_time_elements_stamp_their_entries() -> None:
    article = parse_html(TIME_BLOG)
    assert _line(article.text, "Crews stood down").startswith("21:10 Crews stood down")
    assert _line(article.text, "12,000 homes").startswith("18:45 Around 12,000 homes")
    assert _line(article.text, "Inchbay").startswith("16:20 The ferry")
    assert "Repair crews" in _line(article.text, "Repair crews")[:12]  # the entry's second block is unstamped


def test_an_article_with_a_dated_byline_is_no_live_blog() -> None:
    article = parse_html(PLAIN_PAGE)
    assert article.entry_days == ()
    assert "10:00" not in article.text and "Dunmore council approved" in article.text


@pytest.mark.parametrize("stamp", ["not a date", "2026-13-45T10:00", "2026-03-03", "", "2026-03-03T25:61"])
def test_unreadable_entry_times_leave_the_blog_unstamped(stamp: str) -> None:
    page = JSON_LD_BLOG.replace("2026-03-03T09:40:00+00:00", stamp).replace(
        "2026-03-03T08:15:00+00:00", stamp)
    article = parse_html(page)
    assert article.entry_days == ()
    assert _line(article.text, "Mill Lane").startswith("The Mill Lane")


def test_day_at_falls_back_to_the_published_date() -> None:
    article = Article(id="a", text="x" * 100, published=dt.date(2026, 1, 5),
                      entry_days=((10, dt.date(2026, 1, 7)), (50, dt.date(2026, 1, 6))))
    assert [article.day_at(i).day for i in (0, 10, 49, 50, 99)] == [5, 7, 7, 6, 6]  # type: ignore[union-attr]
