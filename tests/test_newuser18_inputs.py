"""newuser18: a feed item saved by itself, digit groups set with thin spaces, HTML inside Markdown.

Every text here is invented. The story: a town council backs a tram line to
its airport; outlets publish it as an RSS item, an AMP page and a Markdown
post with HTML blocks in it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hostile_cli import one_line_error, run_cli, two_articles
from sourcediff import compare, load
from sourcediff.errors import SourcediffError
from sourcediff.extract import extract
from sourcediff.ingest import parse_raw
from sourcediff.ingest.reading import RawInput
from sourcediff.model import Article, Mention
from sourcediff.segment import segment

RSS_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<item xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <title>Tram line to the airport approved</title>
  <link>https://www.brenmouthpost.example/2026/06/04/tram-line</link>
  <dc:creator>Owen Tarrant</dc:creator>
  <pubDate>Thu, 04 Jun 2026 07:15:00 +0100</pubDate>
  <description>Councillors approved the line.</description>
  <content:encoded><![CDATA[<p>Brenmouth councillors approved the tram line by 31 votes to 9 on Wednesday.</p>
<p>The line, with 22 stops, would open in 2031 and create some 4,500 construction jobs.</p>]]>
  </content:encoded>
</item>
"""

ATOM_ENTRY = """<?xml version="1.0" encoding="utf-8"?>
<entry xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Tram line &amp;ndash; approved</title>
  <link rel="replies" href="https://vale.example/comments/88"/>
  <link rel="alternate" href="https://vale.example/news/tram"/>
  <author><name>Hettie Brockwell</name><email>hb@vale.example</email></author>
  <published>2026-06-04T09:30:00+01:00</published>
  <updated>2026-06-05T10:00:00+01:00</updated>
  <summary>The council backed the tram.</summary>
  <content type="html">&lt;p&gt;The council backed the 22-stop tram line on Wednesday.&lt;/p&gt;</content>
</entry>
"""


def _one(text: str, name: str) -> Article:
    (article,) = parse_raw(RawInput(name, text), Path(name).suffix)
    return article


def extract_all(article: Article) -> tuple[Mention, ...]:
    return extract(article, segment(article))


# --- a feed item holding its story is read --------------------------------------------------

def test_an_rss_item_with_its_full_content_is_read_as_the_article() -> None:
    """It was refused as "one story of a feed", though content:encoded held the whole story."""
    article = _one(RSS_ITEM, "item.xml")
    assert article.title == "Tram line to the airport approved"
    assert article.author == "Owen Tarrant"
    assert article.published == dt.date(2026, 6, 4)
    assert article.url == "https://www.brenmouthpost.example/2026/06/04/tram-line"
    assert article.outlet == "brenmouthpost.example"
    assert "by 31 votes to 9 on Wednesday." in article.text
    assert "<p>" not in article.text and "Councillors approved the line." not in article.text


def test_an_atom_entry_reads_its_alternate_link_author_name_and_published_date() -> None:
    article = _one(ATOM_ENTRY, "entry.atom")
    assert article.title == "Tram line – approved"
    assert article.url == "https://vale.example/news/tram"
    assert article.author == "Hettie Brockwell"
    assert article.published == dt.date(2026, 6, 4)
    assert "backed the 22-stop tram line" in article.text


def test_an_rss_item_compares_with_a_page_of_the_same_story(tmp_path: Path) -> None:
    item = tmp_path / "post.xml"
    item.write_text(RSS_ITEM, encoding="utf-8")
    other = tmp_path / "courier.txt"
    other.write_text("date 2026-06-04\n\nTram backed\n\nBrenmouth councillors voted 31-9 on Wednesday to "
                     "back the tram line.\n\nThe line, with 20 stops, would open in 2031 and create about "
                     "4,500 jobs.\n", encoding="utf-8")
    report = compare([load(item), load(other)])
    diverging = {f.kind.value for f in report.facts if f.status.value == "diverge"}
    assert "number" in diverging  # 22 stops against 20


def test_an_item_with_only_its_summary_is_still_refused_naming_what_it_lacks() -> None:
    teaser = RSS_ITEM.split("<content:encoded>")[0] + "</item>\n"
    with pytest.raises(SourcediffError, match=r"is an RSS item .*only its summary.*give its story's page"):
        _one(teaser, "teaser.xml")


def test_a_broken_feed_item_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    broken = tmp_path / "cut.xml"
    broken.write_text(RSS_ITEM[:400], encoding="utf-8")
    one_line_error(run_cli(capsys, "compare", a, broken), "cut.xml", "feed item whose XML cannot be read")


def test_a_feed_item_expands_no_entities_from_outside() -> None:
    """A DOCTYPE's external entity is never fetched or read."""
    hostile = ('<?xml version="1.0"?><!DOCTYPE item [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
               '<item xmlns:content="http://purl.org/rss/1.0/modules/content/"><title>T</title>'
               '<content:encoded>&lt;p&gt;The tram costs £3bn.&lt;/p&gt; &x;</content:encoded></item>')
    try:
        article = _one(hostile, "x.xml")
    except SourcediffError:
        return
    assert "root:" not in article.text


# --- digit groups set with thin or no-break spaces ------------------------------------------

@pytest.mark.parametrize("space", ["\u202f", "\u2009", "\u00a0", "\u2007"])
def test_a_thin_or_no_break_space_between_digit_groups_is_one_figure(space: str) -> None:
    """ "4 500 jobs" with a narrow no-break space read as two numbers, 4 and 500."""
    article = Article.from_text(f"About 4{space}500 jobs would be created, and 1{space}250{space}000 people "
                                "would use the line.", id="a", published="2026-06-04")
    numbers = [str(m.value) for m in extract_all(article) if m.kind.value == "number"]
    assert any("4500" in n for n in numbers) and any("1250000" in n for n in numbers), numbers
    assert not any(n.endswith(" 500") or n == "500" for n in numbers), numbers


def test_a_plain_space_between_figures_groups_nothing() -> None:
    article = Article.from_text("Of the 4 500-seat venues, 2 were full.", id="a", published="2026-06-04")
    numbers = [str(m.value) for m in extract_all(article) if m.kind.value == "number"]
    assert not any("4500" in n for n in numbers), numbers


def test_a_grouped_figure_in_an_html_page_agrees_with_a_comma_figure(tmp_path: Path) -> None:
    """trafilatura made every Unicode space a plain one before the figure was read."""
    page = tmp_path / "courier.html"
    page.write_text("<html><head><title>Tram backed</title></head><body><article><h1>Tram backed</h1>"
                    "<p>Brenmouth councillors backed the tram line on Wednesday after a long debate in the "
                    "chamber.</p><p>About 4&#8239;500 construction jobs would be created during the build, "
                    "according to the council's own figures.</p><p>The line would open in 2031, officials "
                    "said, with trams every ten minutes.</p></article></body></html>", encoding="utf-8")
    post = tmp_path / "post.txt"
    post.write_text("date 2026-06-04\n\nTram line backed\n\nSome 4,500 construction jobs would be created "
                    "during the build, the council said.\n", encoding="utf-8")
    loaded = load(page)
    assert "4\u202f500" in loaded.text
    report = compare([loaded, load(post)])
    agreed = [f for f in report.facts if f.status.value == "agree" and f.kind.value == "number"]
    assert any("4,500" in f.summary or "4 500" in f.summary for f in agreed), [f.summary for f in agreed]


# --- HTML inside Markdown -------------------------------------------------------------------

def test_markdown_decodes_character_references_but_leaves_a_bare_ampersand() -> None:
    article = _one("# Tram\n\nCouncillors voted <strong>31&ndash;9</strong> for the line, AT&T and R&D "
                   "staff said &#8220;yes&#8221;.\n", "post.md")
    assert "voted 31–9 for the line, AT&T and R&D staff said “yes”." in article.text


def test_an_html_list_on_one_markdown_line_is_one_item_per_li() -> None:
    """ "<ul><li>Stops: 22</li><li>Opening: 2031</li></ul>" was one passage of fact-box lines run together."""
    article = _one("# Tram\n\nThe council backed the line.\n\n<details><summary>Key figures</summary>\n"
                   "<ul><li>Length: 14 miles</li><li>Stops: 22</li><li>Opening: 2031</li></ul>\n</details>\n",
                   "post.md")
    items = [article.text[b.span.start:b.span.end] for b in article.blocks if b.role == "item"]
    assert items == ["Length: 14 miles", "Stops: 22", "Opening: 2031"]


def test_html_paragraphs_on_one_markdown_line_are_two_blocks() -> None:
    article = _one("# Tram\n\n<p>The council backed the line.</p><p>Work starts in June.</p>\n", "post.md")
    texts = [article.text[b.span.start:b.span.end] for b in article.blocks if b.role != "title"]
    assert texts == ["The council backed the line.", "Work starts in June."]


# --- date ranges opened with "between" ------------------------------------------------------

def _dates(sentence: str) -> list[str]:
    article = Article.from_text(sentence, id="a", published="2026-06-04")
    values = [m.value for m in extract_all(article) if m.kind.value == "date"]
    return [f"{v.start}..{v.end}" if v.end != v.start else str(v.start) for v in values]  # type: ignore[union-attr]


def test_between_two_days_and_a_month_is_one_range() -> None:
    """ "between 9 and 11 June 2027" read as 11 June alone, and diverged from a source's "9–11 June"."""
    assert _dates("Work will run between 9 and 11 June 2027, officials said.") == ["2027-06-09..2027-06-11"]
    assert _dates("The fair runs between June 9 and 11, 2027.") == ["2027-06-09..2027-06-11"]


def test_two_days_joined_by_and_without_between_stay_two_days_not_a_range() -> None:
    dates = _dates("Votes will be held on 9 and 11 June 2027.")
    assert "2027-06-09..2027-06-11" not in dates
