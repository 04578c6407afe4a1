"""A page's outlet from its title tag, and an author field without the byline's date stamp.

Without site-name metadata, a page's "Headline | The Outlet" title is where
its outlet is written; the metadata reader's author field kept the byline's
" · Friday" and job title. Both showed in the sources table.
"""

from __future__ import annotations

from pathlib import Path

from sourcediff import load
from sourcediff.bylines import without_job_titles, without_stamp
from sourcediff.ingest.pagetitle import title_outlet

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>FERRY CHAOS: Hundreds stranded as storm halts crossings | The Evening Lantern</title>
<script>window.ads = [];</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>FERRY CHAOS: Storm leaves hundreds stuck at Kelby pier as every sailing is axed</h1>
<p class="byline">By Orla Finnegan, Transport Correspondent &middot; Saturday 14 March 2026</p>
<p>Hundreds of passengers were stranded at Kelby pier last night after the harbour authority halted
every crossing to the islands as winds reached 70mph.</p>
<p>The operator, Northsound Ferries, said 14 sailings had been cancelled and that it hoped to resume
a reduced timetable on Sunday morning.</p>
<p>"Safety has to come first," said harbour master Duncan Ailsa. "Nobody sails in this."</p>
</article>
<footer>Copyright The Evening Lantern</footer>
</body></html>"""


def _page(tmp_path: Path) -> Path:
    path = tmp_path / "lantern.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_a_page_without_site_metadata_takes_its_outlet_from_the_title_tag(tmp_path: Path) -> None:
    article = load(_page(tmp_path))
    assert article.outlet == "The Evening Lantern"
    assert "FERRY CHAOS" in article.title


def test_the_author_field_loses_the_date_stamp_and_the_job_title(tmp_path: Path) -> None:
    article = load(_page(tmp_path))
    assert article.author == "Orla Finnegan"


def test_title_outlet_reads_either_end_and_other_separators() -> None:
    assert title_outlet("Storm shuts port - Business - The Harbour Gazette", "Storm shuts port") \
        == "The Harbour Gazette"
    assert title_outlet("The Harbour Gazette :: Storm shuts port", "Storm shuts port") \
        == "The Harbour Gazette"
    # The h1 words the headline differently from the title tag.
    assert title_outlet("Council backs £40m bypass after marathon vote | Westbury Echo",
                        "Councillors back £40m bypass plan in late-night vote") == "Westbury Echo"


def test_title_outlet_gives_nothing_for_a_title_that_is_only_a_headline() -> None:
    assert title_outlet("Strike - What You Need To Know", "Strike - What You Need To Know") == ""
    assert title_outlet("Storm shuts port", "Storm shuts port") == ""
    assert title_outlet("Storm shuts port | Page 2", "Storm shuts port") == ""
    assert title_outlet("Ferry crossings halted | 14 sailings cancelled", "Ferry crossings halted") == ""


def test_without_stamp_keeps_names_and_drops_only_stamp_words() -> None:
    assert without_stamp("Kyle Bran; Published; November") == "Kyle Bran"
    assert without_stamp("Ana Ruiz, 4 March 2026") == "Ana Ruiz"
    assert without_stamp("Ana Ruiz; Updated 14:05 BST") == "Ana Ruiz"
    assert without_stamp("Danny Quayle; Bex Ormiston ·") == "Danny Quayle; Bex Ormiston"
    assert without_stamp("Ana Ruiz, Bob May") == "Ana Ruiz, Bob May"
    assert without_stamp("May") == "May"  # nothing but a stamp word: left as the page gave it
    assert without_job_titles(without_stamp("Kerry Blake; World Desk · Published")) == "Kerry Blake"


def test_markdown_front_matter_names_its_outlet_as_publication(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text('---\ntitle: "Kelby ferries halted"\ndate: 2026-03-14\n'
                    'publication: The Kelby Courier\n---\n\n'
                    "Every ferry from Kelby pier was cancelled on Saturday as winds reached 70mph.\n",
                    encoding="utf-8")
    assert load(path).outlet == "The Kelby Courier"


def test_a_json_wire_item_names_its_outlet_as_publication_or_service(tmp_path: Path) -> None:
    for key in ("publication", "service"):
        path = tmp_path / f"{key}.json"
        fields = (f'"{key}": "Northsound Wire", "title": "Kelby ferries halted", "date": "2026-03-14", '
                  '"body": "Every ferry from Kelby pier was cancelled on Saturday."')
        path.write_text("{" + fields + "}", encoding="utf-8")
        assert load(path).outlet == "Northsound Wire"
