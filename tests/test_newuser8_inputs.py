"""A first-time user's inputs (newuser8): feed items, TOML front matter, CSV, folder READMEs,
live blogs, paywalls and the same file named twice.

Every text here is invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hostile_cli import ARTICLE_A, ARTICLE_B, one_line_error, run_cli, two_articles
from sourcediff.errors import SourcediffError
from sourcediff.ingest import is_folder_notes, parse_raw
from sourcediff.ingest.liveblog import live_blog_headline
from sourcediff.ingest.reading import RawInput
from sourcediff.inputnotes import paywall_line

ATOM_ENTRY = """<?xml version="1.0" encoding="utf-8"?>
<entry xmlns="http://www.w3.org/2005/Atom">
  <title>Harbor City approves seawall</title>
  <link href="https://news.example.org/seawall"/>
  <updated>2026-03-03T18:30:02Z</updated>
  <summary>The council voted 7-2 on Tuesday.</summary>
</entry>
"""

TOML_MARKDOWN = """+++
title = "Harbor City approves seawall"
date = 2026-03-03T12:00:00-05:00
source = "Harbor Weekly"
tags = ["council", "coast"]

[params]
title = "Not the page's title"
+++

# Harbor City approves seawall

The Harbor City council voted **7-2** on Tuesday to approve a $12 million seawall.
"""

LIVE_BLOG = """<!doctype html><html><head><title>Live updates | Harbor Live</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",
"headline":"Live: Harbor City votes on the seawall","datePublished":"2026-03-03T09:00:00-05:00",
"liveBlogUpdate":[{"@type":"BlogPosting","headline":"Vote passes",
"datePublished":"2026-03-03T11:42:00-05:00"},
{"@type":"BlogPosting","headline":"Debate opens","datePublished":"2026-03-03T10:05:00-05:00"}]}</script>
</head><body><main><h1>Live: Harbor City votes on the seawall</h1>
<div><time datetime="2026-03-03T11:42:00-05:00">11:42 a.m.</time><h2>Vote passes</h2>
<p>The council voted 7-2 to approve the $12 million seawall along the north shore.</p></div>
<div><time datetime="2026-03-03T10:05:00-05:00">10:05 a.m.</time><h2>Debate opens</h2>
<p>Mayor Ana Ruiz opened the debate, saying work would begin in April and end by June 2027.</p></div>
</main></body></html>
"""


def _one(text: str, name: str) -> tuple[str, str, dt.date | None, str]:
    (article,) = parse_raw(RawInput(name, text), Path(name).suffix)
    return article.title, article.outlet, article.published, article.text


# --- feeds: one entry is named as what it is ---------------------------------------------

def test_a_lone_atom_entry_is_named_an_atom_entry_not_an_xml_document() -> None:
    with pytest.raises(SourcediffError, match=r"is an Atom entry .*give its story's page") as caught:
        parse_raw(RawInput("entry.xml", ATOM_ENTRY), ".xml")
    assert "XML document" not in str(caught.value)


def test_a_lone_rss_item_and_a_prefixed_entry_are_feed_items() -> None:
    item = "<item><title>Seawall</title><link>https://news.example.org/s</link></item>"
    with pytest.raises(SourcediffError, match="is an RSS item"):
        parse_raw(RawInput("item.xml", item), ".xml")
    prefixed = '<?xml version="1.0"?><atom:entry xmlns:atom="http://www.w3.org/2005/Atom"></atom:entry>'
    with pytest.raises(SourcediffError, match="is an Atom entry"):
        parse_raw(RawInput("e.xml", prefixed), ".xml")


def test_a_whole_feed_still_asks_for_its_stories_pages() -> None:
    feed = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>'
    with pytest.raises(SourcediffError, match="is an Atom feed, not an article: give its stories' pages"):
        parse_raw(RawInput("feed.xml", feed), ".xml")


def test_an_atom_entry_on_the_command_line_is_one_line_exit_2(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    entry = tmp_path / "entry.xml"
    entry.write_text(ATOM_ENTRY, encoding="utf-8")
    one_line_error(run_cli(capsys, "compare", a, entry), "entry.xml", "an Atom entry")


# --- TOML front matter ------------------------------------------------------------------------

def test_toml_front_matter_gives_title_date_and_outlet_and_is_no_passage() -> None:
    title, outlet, published, text = _one(TOML_MARKDOWN, "seawall.md")
    assert title == "Harbor City approves seawall"
    assert outlet == "Harbor Weekly"
    assert published == dt.date(2026, 3, 3)
    assert "+++" not in text and "title =" not in text and "Not the page" not in text
    assert "$12 million seawall" in text


def test_toml_front_matter_makes_a_txt_file_markdown() -> None:
    title, _, published, text = _one(TOML_MARKDOWN, "seawall.txt")
    assert (title, published) == ("Harbor City approves seawall", dt.date(2026, 3, 3))
    assert "**" not in text


def test_plus_signs_that_open_prose_are_not_front_matter() -> None:
    prose = "+++ Breaking +++\n\nThe Harbor City council voted 7-2 on Tuesday to approve a seawall.\n"
    *_, text = _one(prose, "flash.txt")
    assert "+++ Breaking +++" in text


# --- spreadsheets ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["stories.csv", "stories.TSV"])
def test_a_csv_or_tsv_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        name: str) -> None:
    a, _ = two_articles(tmp_path)
    table = tmp_path / name
    table.write_text('title,body,date\n"Seawall","The council voted 7-2.","2026-03-03"\n', encoding="utf-8")
    one_line_error(run_cli(capsys, "compare", a, table), name, "spreadsheet table", "JSON Lines")


# --- a folder's README ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["README", "README.md", "readme.txt", "LICENSE", "CHANGELOG.md"])
def test_folder_notes_are_known_by_name(name: str) -> None:
    assert is_folder_notes(f"stories/{name}")


@pytest.mark.parametrize("name", ["readmission.txt", "harbor-readme-notes.txt", "licensed-pilots.md"])
def test_articles_with_similar_names_are_not_folder_notes(name: str) -> None:
    assert not is_folder_notes(f"stories/{name}")


def test_a_readme_in_a_folder_is_skipped_with_a_note(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    two_articles(tmp_path)
    (tmp_path / "README.md").write_text("# Sources\n\nSaved on March 3 for the seawall story.\n"
                                        "- harbor-a from the Herald\n- harbor-b from the Courier\n",
                                        encoding="utf-8")
    run = run_cli(capsys, "compare", tmp_path, "-f", "json")
    assert run.code == 0, run.err
    assert "README.md" in run.err and "not a story" in run.err
    assert '"README"' not in run.out and "Saved on March 3" not in run.out


def test_a_readme_named_on_the_command_line_is_still_read(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    readme = tmp_path / "README.txt"
    readme.write_text(ARTICLE_B, encoding="utf-8")
    run = run_cli(capsys, "compare", a, readme, "-f", "oneline")
    assert run.code == 0 and "README" in run.out, run


# --- live blogs -------------------------------------------------------------------------------------

def test_a_live_blog_is_titled_by_its_own_headline_not_an_entrys() -> None:
    title, _, published, text = _one(LIVE_BLOG, "live.html")
    assert title == "Live: Harbor City votes on the seawall"
    assert published == dt.date(2026, 3, 3)
    assert "$12 million seawall" in text and "June 2027" in text


def test_live_blog_headline_reads_a_graph_and_ignores_other_pages() -> None:
    graph = ('<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"x"},'
             '{"@type":["LiveBlogPosting"],"headline":"Live: storm  updates"}]}</script>')
    assert live_blog_headline(graph) == "Live: storm updates"
    article = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Seawall"}</script>'
    assert live_blog_headline(article) == ""
    broken = '<script type="application/ld+json">{"@type":"LiveBlogPosting",</script>'
    assert live_blog_headline(broken) == ""


# --- paywalls ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Subscribe to continue reading.",
                                  "Subscribe to continue reading. Already a subscriber? Log in.",
                                  "This article is for subscribers only",
                                  "Already a subscriber? Sign in",
                                  "To continue reading, please log in."])
def test_paywall_prompts_are_found(line: str) -> None:
    assert paywall_line(f"The council voted 7-2 on Tuesday.\n{line}\n")


def test_a_story_about_paywalls_is_not_one() -> None:
    text = ("Publishers say readers who see \"subscribe to continue reading\" often leave.\n"
            "The Herald dropped its paywall on Tuesday.\n")
    assert paywall_line(text) == ""


def test_a_paywalled_page_gets_a_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    page = tmp_path / "ledger.html"
    page.write_text("<html><head><title>Seawall approved</title></head><body><article>"
                    "<h1>Seawall approved</h1>"
                    "<p>The Harbor City council voted 7-2 on Tuesday to back a $12 million seawall.</p>"
                    "<div class=\"paywall\"><p>Subscribe to continue reading. "
                    "Already a subscriber? Log in.</p>"
                    "</div></article></body></html>", encoding="utf-8")
    run = run_cli(capsys, "compare", a, page, "-f", "oneline")
    assert run.code == 0
    assert "ledger.html (ledger) looks cut short by a paywall" in run.err
    assert "harbor-a" not in run.err


# --- the same file twice ----------------------------------------------------------------------------

def test_the_same_file_twice_is_said_to_be_one_file(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    run = run_cli(capsys, "compare", a, a, "-f", "oneline")
    assert run.code == 0 and "the same file named twice" in run.err


def test_a_copy_is_not_called_the_same_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    copy = tmp_path / "copy.txt"
    copy.write_text(ARTICLE_A, encoding="utf-8")
    run = run_cli(capsys, "compare", a, copy, "-f", "oneline")
    assert "has the same text as" in run.err and "named twice" not in run.err


# --- share buttons are no passages ------------------------------------------------------------------

PASTED = """Harbor City approves seawall
By Mara Quint, Shoreline Courier
March 3, 2026
Share
Facebook
Twitter
Email
The Harbor City council voted 7-2 on Tuesday to approve a $12 million seawall.
Advertisement
Work starts in April, Mayor Ana Ruiz said. Share on Facebook
"""


def test_share_and_advert_lines_are_no_passages_and_offsets_stay_the_files() -> None:
    from sourcediff.segment import segment

    (article,) = parse_raw(RawInput("pasted.txt", PASTED), ".txt")
    passages = segment(article)
    texts = [p.text for p in passages]
    assert not {"Share", "Facebook", "Twitter", "Email", "Advertisement", "Share on Facebook"} & set(texts)
    assert "Work starts in April, Mayor Ana Ruiz said." in texts
    for p in passages:
        assert article.text[p.span.start:p.span.end] == p.text
    assert [p.index for p in passages] == list(range(len(passages)))


def test_the_header_counts_only_the_storys_passages(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    import json

    pasted = tmp_path / "pasted.txt"
    pasted.write_text(PASTED, encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text(PASTED.replace("Share on Facebook", "").replace("Share\nFacebook\nTwitter\nEmail\n", "")
                     .replace("Advertisement\n", ""), encoding="utf-8")
    run = run_cli(capsys, "compare", pasted, clean, "-f", "json")
    assert run.code == 0, run.err
    counts = {s["id"]: s["passages"] for s in json.loads(run.out)["sources"]}
    assert counts["pasted"] == counts["clean"]
    orgs = [m["raw"] for f in json.loads(run.out)["facts"] for m in f["mentions"] if f["kind"] == "org"]
    assert "Facebook" not in orgs and "Twitter" not in orgs


def test_a_sentence_that_names_facebook_is_still_read() -> None:
    from sourcediff import Article, compare

    text = "Facebook said on Tuesday it would pay $12 million to the city.\nShare\nTwitter\n"
    report = compare([Article.from_text(text, id="a", published="2026-03-03"),
                      Article.from_text("Facebook will pay $12 million.", id="b", published="2026-03-03")])
    raws = [m.raw for f in report.facts for m in f.mentions if m.source == "a"]
    assert "Facebook" in raws and "Twitter" not in raws


# --- Word and other ZIP documents are named by their extension ----------------------------------

def _zip_bytes() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:t>The council voted 7-2.</w:t></w:document>")
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "kind"), [("seawall.docx", "a Word document (.docx)"),
                                            ("Seawall Story.ODT", "an OpenDocument text"),
                                            ("bundle.zip", "a ZIP archive")])
def test_a_zip_document_is_named_by_its_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   name: str, kind: str) -> None:
    a, _ = two_articles(tmp_path)
    document = tmp_path / name
    document.write_bytes(_zip_bytes())
    one_line_error(run_cli(capsys, "compare", a, document), name, kind, "export it as text")


@pytest.mark.parametrize("name", ["changes.txt", "copying-the-seawall.md", "readme-day.txt"])
def test_story_names_that_only_resemble_folder_notes_are_read(name: str) -> None:
    assert not is_folder_notes(name)
