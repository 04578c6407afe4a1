"""A fourth first-time user's files: pages with <br> paragraphs, saved web archives, feeds in JSON.

Every text here is invented; nothing reaches beyond this machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cli import command_args, one_line_error, run_cli, two_articles
from sourcediff import load
from sourcediff.ingest import load_many

_SENTENCES = ("The Harbor Council voted 7-2 on Tuesday to buy two electric ferries for $48 million.",
              "\"This is the biggest investment in the harbor in a generation,\" Dana Whitlock said.",
              "The crossing will take 14 minutes.")


def test_a_page_whose_paragraphs_are_br_separated_keeps_them_apart(tmp_path: Path) -> None:
    """trafilatura writes <br> as <lb/>; its sentences were glued ("...$48 million."This is...")."""
    page = tmp_path / "ferry.html"
    page.write_text("<html><head><title>Ferries approved</title></head><body><div class=story>"
                    + "<br><br>".join(_SENTENCES) + "</div></body></html>", encoding="utf-8")
    article = load(page)
    for sentence in _SENTENCES:
        assert any(article.text[b.span.start:b.span.end] == sentence for b in article.blocks), sentence


def _page() -> str:
    return ("<!DOCTYPE html><html><head><title>Ferries approved</title></head><body><article>"
            + "".join(f"<p>{s}</p>" for s in _SENTENCES) + "</article></body></html>")


def _mhtml(page: str) -> bytes:
    """A page as Chromium's "save as single file" writes it: quoted-printable HTML in multipart/related."""
    import quopri

    body = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    return ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example.org/ferries\r\n"
            "Subject: Ferries approved\r\nDate: Fri, 20 Mar 2026 10:00:00 -0000\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
            "\tboundary=\"----B--x----\"\r\n\r\n\r\n"
            "------B--x----\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: https://news.example.org/ferries\r\n\r\n" + body + "\r\n"
            "------B--x----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            "iVBORw0KGgo=\r\n"
            "------B--x------\r\n").encode("ascii")


@pytest.mark.parametrize("name", ["ferry.mhtml", "ferry.html", "ferry.txt"])
def test_a_page_saved_as_one_file_is_read_as_its_page(name: str, tmp_path: Path) -> None:
    """MHTML was read as prose: its mail headers were the title and passages, "=3D" cut words."""
    saved = tmp_path / name
    saved.write_bytes(_mhtml(_page()))
    article = load(saved)
    assert article.format == "html" and article.title == "Ferries approved"
    assert article.url == "https://news.example.org/ferries"
    assert article.published is None  # the Date header is when the page was saved
    assert "Blink" not in article.text and "=3D" not in article.text and "MIME" not in article.text
    for sentence in _SENTENCES:
        assert sentence in article.text


def test_an_emailed_article_is_read_with_its_subject_and_date(tmp_path: Path) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Harbor News <desk@news.example.org>"
    message["Subject"] = "Ferries approved"
    message["Date"] = "Tue, 10 Mar 2026 10:00:00 -0000"
    message.set_content("\n\n".join(_SENTENCES).replace("harbor", "harbör") + "\n", charset="iso-8859-1",
                        cte="base64")
    mail = tmp_path / "ferry.eml"
    mail.write_bytes(bytes(message))
    article = load(mail)
    assert article.title == "Ferries approved" and str(article.published) == "2026-03-10"
    assert "harbör in a generation" in article.text and "desk@" not in article.text


def test_a_memo_with_mail_like_lines_stays_prose(tmp_path: Path) -> None:
    """Without a MIME-Version header, "From:" and "Subject:" lines are the writer's words."""
    memo = tmp_path / "memo.txt"
    memo.write_text("From: Harbor Council\nSubject: Ferries\n\n" + "\n\n".join(_SENTENCES) + "\n",
                    encoding="utf-8")
    article = load(memo)
    assert article.format == "text" and article.text.startswith("From: Harbor Council")


def test_a_mail_without_a_text_part_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An e-mailed photo: compare, report and check each say what the message lacks."""
    odd = tmp_path / "photo.eml"
    odd.write_text("MIME-Version: 1.0\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\n"
                   "iVBORw0KGgo=\n", encoding="ascii")
    for command in ("compare", "report", "check"):
        one_line_error(run_cli(capsys, *command_args(command, odd, *two_articles(tmp_path), tmp_path / "r")),
                       "photo.eml: is a MIME message", "no HTML or text part")


def test_a_json_feed_is_read_as_its_items(tmp_path: Path) -> None:
    """A JSON Feed's items hold content_html and date_published: each was "no article text found"."""
    import json

    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Harbor News",
            "items": [{"id": "1", "url": "https://news.example.org/ferries", "title": "Ferries approved",
                       "content_html": "".join(f"<p>{s}</p>" for s in _SENTENCES),
                       "date_published": "2026-03-10T09:00:00Z"},
                      {"id": "2", "title": "Ferries", "content_text": " ".join(_SENTENCES)}]}
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed), encoding="utf-8")
    first, second = load_many([str(path)])
    assert first.title == "Ferries approved" and str(first.published) == "2026-03-10"
    assert first.url == "https://news.example.org/ferries" and _SENTENCES[0] in first.text
    assert _SENTENCES[2] in second.text


def test_json_ld_with_a_graph_is_read_from_its_article_node(tmp_path: Path) -> None:
    """A page's JSON-LD saved as a file: the NewsArticle is one node of @graph."""
    import json

    article = {"@type": "NewsArticle", "headline": "Ferries approved", "datePublished": "2026-03-10",
               "articleBody": "\n\n".join(_SENTENCES)}
    path = tmp_path / "ld.json"
    path.write_text(json.dumps({"@context": "https://schema.org",
                                "@graph": [{"@type": "WebPage", "name": "Harbor News"}, article,
                                           {"@type": "Organization", "name": "Harbor News"}]}),
                    encoding="utf-8")
    loaded = load(path)
    assert loaded.title == "Ferries approved" and _SENTENCES[1] in loaded.text


def test_markdown_html_breaks_keep_words_apart(tmp_path: Path) -> None:
    """Tags were removed outright: "one<br>two" read "onetwo", a <summary> ran into its text."""
    story = tmp_path / "ferry.md"
    story.write_text("# Ferries approved\n\nThe vote was 7-2.<br>The ferries cost $48 million.\n\n"
                     "<details><summary>Background</summary>The old ferry is 41 years old.</details>\n\n"
                     "The crossing takes <b>14</b> minutes.\n", encoding="utf-8")
    text = load(story).text
    assert "7-2. The ferries" in text and "Background The old ferry" in text
    assert "takes 14 minutes" in text


def test_a_safari_web_archive_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It was "looks like a binary file (it contains NUL bytes)", which said nothing of what to do."""
    import plistlib

    a, _ = two_articles(tmp_path)
    archive = tmp_path / "ferry.webarchive"
    archive.write_bytes(plistlib.dumps({"WebMainResource": {"WebResourceData": _page().encode("utf-8"),
                                                            "WebResourceMIMEType": "text/html"}},
                                       fmt=plistlib.FMT_BINARY))
    one_line_error(run_cli(capsys, "compare", archive, a), "ferry.webarchive: is not an article's text",
                   "Safari .webarchive", "Page Source")


def test_only_with_json_says_the_json_is_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--only was silently ignored by -f json: every fact came out, nothing said why."""
    import json

    a, b = two_articles(tmp_path)
    run = run_cli(capsys, "compare", a, b, "-f", "json", "--only", "diverge")
    assert run.code == 0 and len(json.loads(run.out)["facts"]) > 1
    assert "note: --only does not filter the JSON report" in run.err and "select(.status" in run.err
    assert "--only" not in run_cli(capsys, "compare", a, b, "-f", "json").err


def test_html_is_not_written_to_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """`compare -f html` with no -o scrolled a whole page of markup past in the terminal."""
    import sys

    a, b = two_articles(tmp_path)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    run = run_cli(capsys, "compare", a, b, "-f", "html")
    one_line_error(run, "-f html writes a web page", "-o report.html")
    assert run.out == ""
    assert run_cli(capsys, "compare", a, b, "-f", "html", "-o", tmp_path / "r.html").code == 0


@pytest.mark.parametrize("width", [60, 100])
def test_long_file_names_keep_the_terminal_report_within_its_width(
        width: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Ids are file names; a saved page's 78-character slug pushed the wording out of the cards
    ("…") and the agreements table to 121 columns in a 100-column terminal."""
    from hostile_cli import ARTICLE_A, ARTICLE_B

    a = tmp_path / "harbor-city-council-approves-twelve-million-dollar-seawall-after-long-debate.txt"
    b = tmp_path / "council-backs-seawall-plan-in-seven-two-vote-on-tuesday-evening-meeting-report.txt"
    a.write_text(ARTICLE_A, encoding="utf-8")
    b.write_text(ARTICLE_B, encoding="utf-8")
    run = run_cli(capsys, "compare", a, b, "--width", str(width), "--no-pager", "--color", "never")
    assert run.code == 0, run.err
    assert max(map(len, run.out.splitlines())) <= width
    assert "Divergences" in run.out and "seawall" in run.out.split("Divergences")[1]
    assert "« $12" in run.out.replace("\n", " ") or "«$12" in run.out.replace("\n", "")


@pytest.mark.parametrize(("args", "expected"), [
    (("score", "{dir}", "{report}"), "is a directory, not a JSON file"),
    (("check", "{draft}", "--against", "{draft2}", "--diff", "{dir}"), "is a directory, not a text file"),
    (("check", "{draft}", "--against", "{draft2}", "--policy", "{dir}"), "is a directory, not a policy file"),
])
def test_a_folder_in_place_of_a_file_is_named_for_what_it_should_be(
        args: tuple[str, ...], expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder given to score, --diff or --policy was "not an article file"."""
    a, b = two_articles(tmp_path)
    folder = tmp_path / "folder"
    folder.mkdir()
    report = tmp_path / "r.json"
    report.write_text("{}", encoding="utf-8")
    values = {"dir": str(folder), "report": str(report), "draft": str(a), "draft2": str(b)}
    one_line_error(run_cli(capsys, *(arg.format(**values) for arg in args)), f"folder: {expected}")


@pytest.mark.parametrize("separator", ["\v", "\x85", "\u2028", "\u2029"])
@pytest.mark.parametrize("name", ["ferry.txt", "ferry.md"])
def test_other_line_breaks_part_lines_as_newlines_do(separator: str, name: str, tmp_path: Path) -> None:
    """A vertical tab (Office's manual break) made the file "a binary file"; NEL and the Unicode
    line and paragraph separators ran the title and every paragraph into one passage."""
    story = tmp_path / name
    heading = ("# " if name.endswith(".md") else "") + "Ferries approved"
    story.write_text(heading + separator * 2 + (separator * 2).join(_SENTENCES) + "\n", encoding="utf-8")
    article = load(story)
    assert article.title == "Ferries approved"
    for sentence in _SENTENCES:
        assert any(article.text[b.span.start:b.span.end] == sentence for b in article.blocks), sentence


def test_the_corpus_summary_counts_in_words() -> None:
    """It read "1 stories of 2+ sources"."""
    from sourcediff.corpus.cli import _count

    assert _count(1, "story", "stories") == "1 story" and _count(2, "story", "stories") == "2 stories"
    assert _count(1, "article") == "1 article" and _count(0, "article") == "0 articles"


def test_a_saved_pages_resource_folder_is_not_read_as_sources(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """`compare saved/*` names Story_files/ too: its frames (an advert, a newsletter box) were sources."""
    import json

    from hostile_cli import ARTICLE_B

    (tmp_path / "Seawall vote.html").write_text(
        "<html><head><title>Seawall vote</title></head><body><article><p>The Harbor City council voted "
        "7-2 on Tuesday to approve a $12 million seawall.</p></article></body></html>", encoding="utf-8")
    resources = tmp_path / "Seawall vote_files"
    resources.mkdir()
    (resources / "saved_resource.html").write_text(
        "<html><body><p>Sign up for our newsletter to get 3 stories every morning.</p></body></html>",
        encoding="utf-8")
    (resources / "analytics.js").write_text("var seen = 1;", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(ARTICLE_B, encoding="utf-8")
    run = run_cli(capsys, "compare", tmp_path / "Seawall vote.html", resources, other, "-f", "json")
    assert run.code == 0, run.err
    assert [s["id"] for s in json.loads(run.out)["sources"]] == ["Seawall vote", "other"]
    assert "skipped" in run.err and "saved with Seawall vote.html" in run.err


def test_report_names_what_it_wrote_without_control_characters(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """An ESC in -o (a folder name pasted from elsewhere) reached the terminal in the "wrote" lines."""
    a, b = two_articles(tmp_path)
    run = run_cli(capsys, "report", a, b, "-o", tmp_path / "e\x1b]0;T\x07x" / "r")
    assert run.code == 0 and "\x1b" not in run.out and "\\x1b]0;T\\x07x" in run.out
