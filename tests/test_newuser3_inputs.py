"""A third first-time user's files: stray NUL bytes, feeds, Markdown with hidden HTML.

Every text here is invented; nothing reaches beyond this machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cli import ARTICLE_A, one_line_error, run_cli, two_articles
from sourcediff import load


def _args(command: str, odd: Path, a: Path, b: Path, out: Path) -> tuple[str | Path, ...]:
    return {"compare": ("compare", odd, a, "-f", "json"), "report": ("report", odd, a, "-o", out),
            "check": ("check", odd, "--against", a, b)}[command]


@pytest.mark.parametrize("where", ["end", "middle"])
def test_a_few_stray_nul_bytes_are_dropped(where: str, tmp_path: Path) -> None:
    """One NUL byte (padding after a crash) made the whole article "a binary file"."""
    story = tmp_path / "padded.txt"
    text = ARTICLE_A.encode("utf-8")
    story.write_bytes(text + b"\x00\x00" if where == "end" else text.replace(b"\n\n", b"\n\x00\n", 1))
    article = load(story)
    assert "\x00" not in article.text and "$12 million seawall" in article.text


@pytest.mark.parametrize(("order", "codec"), [("le", "utf-16-le"), ("be", "utf-16-be")])
@pytest.mark.parametrize("command", ["compare", "report", "check"])
def test_utf16_without_a_byte_order_mark_is_named(order: str, codec: str, command: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """It was "looks like a binary file (it contains NUL bytes)", which gave no way forward."""
    a, b = two_articles(tmp_path)
    odd = tmp_path / "story.txt"
    odd.write_bytes(ARTICLE_A.encode(codec))
    one_line_error(run_cli(capsys, *_args(command, odd, a, b, tmp_path / "r")),
                   "story.txt: looks like UTF-16 text saved without a byte-order mark",
                   f"iconv -f utf-16{order} -t utf-8")


def test_a_binary_file_with_nul_bytes_stays_binary(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    odd = tmp_path / "blob.txt"
    odd.write_bytes(bytes(range(256)) * 8)
    one_line_error(run_cli(capsys, "compare", odd, a), "blob.txt: looks like a binary file")


_RSS = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Harbor News</title>'
        "<item><title>Seawall approved</title><link>https://news.example/seawall</link>"
        "<description>The council voted 7-2 for a $12 million seawall.</description></item>"
        "</channel></rss>\n")
_ATOM = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbor</title>'
         "<entry><title>Seawall approved</title>"
         "<content type=\"html\">The council voted 7-2.</content></entry></feed>\n")


@pytest.mark.parametrize(("body", "kind"), [(_RSS, "an RSS feed"), (_ATOM, "an Atom feed")])
@pytest.mark.parametrize("command", ["compare", "report", "check"])
def test_a_feed_is_named_not_read_as_prose(body: str, kind: str, command: str, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """A saved RSS or Atom feed was read as plain text: one "passage" of raw XML tags."""
    a, b = two_articles(tmp_path)
    odd = tmp_path / "feed.xml"
    odd.write_text(body, encoding="utf-8")
    one_line_error(run_cli(capsys, *_args(command, odd, a, b, tmp_path / "r")),
                   f"feed.xml: is {kind}, not an article", "give its stories' pages")


def test_other_xml_is_named_and_xhtml_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    odd = tmp_path / "settings.txt"
    odd.write_text('<?xml version="1.0"?><settings><width>300</width></settings>\n', encoding="utf-8")
    one_line_error(run_cli(capsys, "compare", odd, a), "settings.txt: is an XML document, not an article")
    page = tmp_path / "page.txt"  # the extension says text; the XML declaration opens an XHTML page
    page.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
                    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Seawall approved</title></head>'
                    "<body><p>The Harbor City council voted 7-2 on Tuesday to approve a $12 million seawall"
                    " for the waterfront district.</p></body></html>\n", encoding="utf-8")
    article = load(page)
    assert article.format == "html" and "<" not in article.text and "$12 million" in article.text


_DRAFT_MD = ("# Harbor City council approves seawall\n\n"
             "<!-- editor's note, not for print:\n"
             "the mayor's office says $19 million -->\n\n"
             "<style>\n.lede { width: 300px }\n</style>\n\n"
             "The Harbor City council voted 7-2 on Tuesday to approve a $15 million seawall.\n\n"
             "<script>track(\"a 45 percent rise\")</script>\n")


def test_markdown_comments_scripts_and_styles_are_not_article_text(tmp_path: Path) -> None:
    """Only their tags were stripped: a hidden note's "$19 million" was compared as the outlet's."""
    draft = tmp_path / "draft.md"
    draft.write_text(_DRAFT_MD, encoding="utf-8")
    text = load(draft).text
    assert "$15 million" in text
    for hidden in ("$19 million", "editor", "300px", "45 percent", "track"):
        assert hidden not in text, (hidden, text)


def test_a_check_finding_after_a_markdown_comment_keeps_its_file_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two_articles(tmp_path)
    draft = tmp_path / "draft.md"
    draft.write_text(_DRAFT_MD, encoding="utf-8")
    run = run_cli(capsys, "check", draft, "--against", a, b)
    assert run.code == 1, run.err
    assert "draft.md:10:" in run.out and "$15 million" in run.out and "$19" not in run.out, run.out


def test_an_unclosed_markdown_comment_keeps_the_rest(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("# Seawall\n\nThe council voted 7-2 on Tuesday.\n\n<!-- draft\n\n"
                     "A $12 million seawall.\n", encoding="utf-8")
    assert "$12 million seawall" in load(story).text


_SCRIPTED_PAGE = ("<!doctype html><html><head><title>Harbor News</title></head><body>"
                  "<header><a href=\"/\">Harbor News</a></header><nav><a href=\"/\">Home</a> "
                  "<a href=\"/local\">Local</a> <a href=\"/sport\">Sport</a></nav><div id=\"root\"></div>"
                  "<footer>Copyright 2026 Harbor News</footer><script src=\"/app.js\"></script>"
                  "</body></html>")


@pytest.mark.parametrize("command", ["compare", "report", "check"])
def test_a_page_whose_story_needs_javascript_is_no_article(command: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Its menu ("Harbor News Home Local Sport") was compared as the story, dated by the copyright year."""
    a, b = two_articles(tmp_path)
    odd = tmp_path / "app.html"
    odd.write_text(_SCRIPTED_PAGE, encoding="utf-8")
    one_line_error(run_cli(capsys, *_args(command, odd, a, b, tmp_path / "r")),
                   "app.html: no article text found after reading it as html", "JavaScript")


def test_a_story_given_only_in_json_ld_is_still_read(tmp_path: Path) -> None:
    """The menu check keeps a body whose words no menu holds (here from the page's JSON-LD)."""
    ld = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Seawall approved", '
          '"datePublished": "2026-11-10", "articleBody": "The Harbor City council voted 7-2 on Tuesday to '
          'approve a $12 million seawall for the waterfront district."}')
    page = tmp_path / "ld.html"
    head = f'<script type="application/ld+json">{ld}</script></head>'
    page.write_text(_SCRIPTED_PAGE.replace("</head>", head), encoding="utf-8")
    assert "$12 million seawall" in load(page).text


def test_a_wordpress_post_without_content_says_why(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    post = tmp_path / "post.json"
    post.write_text('{"title": {"rendered": "Seawall approved"}, '
                    '"content": {"rendered": "", "protected": true}, "date": "2026-11-10T09:00:00"}',
                    encoding="utf-8")
    one_line_error(run_cli(capsys, "compare", post, a), "post.json: no article text found",
                   "content.rendered holds no text")


@pytest.mark.parametrize("fmt", ["terminal", "oneline"])
def test_two_sources_are_both_not_all_two(fmt: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """The names line read "named by all 2 sources"."""
    a, b = two_articles(tmp_path)
    run = run_cli(capsys, "compare", a, b, "-f", fmt, "--no-pager", "--all")
    assert run.code == 0, run.err
    assert "all 2 sources" not in run.out and "= named by both sources: Ana Ruiz" in run.out, run.out


@pytest.mark.parametrize(("draft", "needle"), [
    ("missing.md", "missing.md: no such file"), ("folder", "folder: is a directory"),
    ("-", "not standard input"), ("http://127.0.0.1:9/draft", "must be a local file")])
def test_check_says_what_is_wrong_with_its_draft(draft: str, needle: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A missing draft was "the draft must be an existing file", as if it were not missing."""
    monkeypatch.chdir(tmp_path)
    a, b = two_articles(tmp_path)
    (tmp_path / "folder").mkdir()
    one_line_error(run_cli(capsys, "check", draft, "--against", a, b), needle)


def test_output_dash_says_how_to_print(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"-o -" (standard output in many tools) was refused without saying what to do instead."""
    a, b = two_articles(tmp_path)
    one_line_error(run_cli(capsys, "compare", a, b, "-f", "json", "-o", "-"), "-: not a file name to write",
                   "when -o is left out")
