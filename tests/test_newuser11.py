"""A first-time user's pass (newuser11): ``-o report.html`` without ``-f`` writes HTML, a JSON article
two envelopes down is read, a WordPress post with only its excerpt is compared with a note, and a
numeric date line under a plain text's headline dates it in the order the article writes its dates.

Every text here is invented.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hostile_cli import one_line_error, run_cli, two_articles
from sourcediff.cliout import OutFormat, chosen_format
from sourcediff.errors import SourcediffError
from sourcediff.ingest import parse_raw
from sourcediff.ingest.dates import parse_date
from sourcediff.ingest.reading import RawInput
from sourcediff.model import Article

BODY = ("The Northgate regional council approved a €1.2bn tram extension to Millbrook on Thursday, "
        "by 31 votes to 9.")


def _one(text: str, name: str) -> Article:
    (article,) = parse_raw(RawInput(name, text), Path(name).suffix)
    return article


# --- the output format follows -o's extension when -f is not given -----------------------------

@pytest.mark.parametrize(("name", "fmt"), [
    ("report.html", OutFormat.html), ("REPORT.HTM", OutFormat.html), ("out/report.json", OutFormat.json),
    ("notes.md", OutFormat.markdown), ("notes.markdown", OutFormat.markdown),
    ("report.txt", OutFormat.terminal), ("report", OutFormat.terminal),
])
def test_the_format_is_the_one_the_extension_names(name: str, fmt: OutFormat) -> None:
    assert chosen_format(None, Path(name)) is fmt


def test_an_asked_format_wins_over_the_extension() -> None:
    assert chosen_format(OutFormat.oneline, Path("report.html")) is OutFormat.oneline
    assert chosen_format(None, None) is OutFormat.terminal


def test_compare_to_a_html_file_writes_a_web_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two_articles(tmp_path)
    page, data = tmp_path / "report.html", tmp_path / "report.json"
    assert run_cli(capsys, "compare", a, b, "-o", page).code == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert run_cli(capsys, "compare", a, b, "-o", data).code == 0
    assert json.loads(data.read_text(encoding="utf-8"))["schema"] == "sourcediff/report@1"


def test_a_missing_output_folder_is_still_one_line(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two_articles(tmp_path)
    run = run_cli(capsys, "compare", a, b, "-o", tmp_path / "nowhere" / "report.html")
    one_line_error(run, "does not exist")


# --- a JSON article in nested envelopes --------------------------------------------------------------

def test_an_article_two_envelopes_down_is_read() -> None:
    raw = json.dumps({"status": "ok", "data": {"article": {
        "headline": "Tram extension approved", "published_at": "2026-12-04", "body": BODY}}})
    article = _one(raw, "api.json")
    assert article.title == "Tram extension approved"
    assert article.published == dt.date(2026, 12, 4)
    assert "31 votes to 9" in article.text


def test_a_date_on_the_outer_envelope_fills_the_inner_article() -> None:
    raw = json.dumps({"date": "2026-12-03", "data": {"attributes": {"title": "Tram vote", "content": BODY}}})
    assert _one(raw, "cms.json").published == dt.date(2026, 12, 3)


def test_two_articles_in_one_envelope_are_not_guessed_between() -> None:
    raw = json.dumps({"data": {"first": {"title": "One", "body": BODY},
                               "second": {"title": "Two", "body": BODY}}})
    with pytest.raises(SourcediffError, match="no article text"):
        _one(raw, "two.json")


# --- a WordPress post with an excerpt and empty content --------------------------------------------

def _post(content: str, excerpt: str) -> str:
    return json.dumps({"id": 7, "date": "2026-12-04T10:00:00", "link": "https://news.example.org/?p=7",
                       "title": {"rendered": "Tram extension approved"},
                       "content": {"rendered": content, "protected": False},
                       "excerpt": {"rendered": excerpt, "protected": False}})


def test_an_empty_post_is_read_from_its_excerpt_without_the_more_mark() -> None:
    article = _one(_post("", f"<p>{BODY} [&hellip;]</p>\n"), "post.json")
    assert article.format == "wordpress-json"
    assert article.text.endswith("by 31 votes to 9.")
    assert "[" not in article.text
    assert "excerpt" in article.partial


def test_a_post_with_content_ignores_its_excerpt() -> None:
    content = f"<p>{BODY}</p><p>Works start on 12 January 2027.</p>"
    article = _one(_post(content, "<p>A teaser.</p>"), "p.json")
    assert "teaser" not in article.text and article.partial == ""


def test_the_excerpt_only_post_gets_a_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    post = tmp_path / "post.json"
    post.write_text(_post("", f"<p>{BODY} [&hellip;]</p>"), encoding="utf-8")
    run = run_cli(capsys, "compare", a, post, "-f", "oneline")
    assert run.code == 0
    assert "post.json (post) has an empty content.rendered: only its excerpt is compared" in run.err


def test_a_post_with_neither_is_still_refused_in_one_line(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    post = tmp_path / "empty.json"
    post.write_text(_post("", ""), encoding="utf-8")
    one_line_error(run_cli(capsys, "compare", a, post), "no article text")


# --- a numeric date line under a plain text's headline ---------------------------------------------

def test_a_numeric_date_line_reads_in_the_bodys_us_order() -> None:
    text = ("Council backs tram line\n\nBy Tom Reed, Valley Wire\n12/5/2026\n\n"
            "The council voted on Thursday. The first trams should run by June 30, 2029.\n")
    assert _one(text, "us.txt").published == dt.date(2026, 12, 5)


def test_a_published_key_reads_in_the_bodys_british_order() -> None:
    text = ("Millbrook tram: council says yes\n\nPublished: 05/12/2026\n\n"
            "The council voted on Thursday. Works start on 12 January 2027.\n")
    assert _one(text, "eu.txt").published == dt.date(2026, 12, 5)


def test_an_ambiguous_date_line_alone_stays_unread() -> None:
    text = "Council backs tram line\n\n12/5/2026\n\nThe council met on Thursday and voted.\n"
    assert _one(text, "bare.txt").published is None


def test_a_date_line_that_tells_its_own_order_needs_no_body() -> None:
    text = "Council backs tram line\n\n15/12/2026\n\nThe council met on Monday and voted.\n"
    assert _one(text, "own.txt").published == dt.date(2026, 12, 15)


def test_parse_date_takes_the_order_only_when_the_date_cannot_tell() -> None:
    assert parse_date("05/12/2026") is None
    assert parse_date("05/12/2026", dayfirst=True) == dt.date(2026, 12, 5)
    assert parse_date("05/12/2026", dayfirst=False) == dt.date(2026, 5, 12)
    assert parse_date("25/12/2026", dayfirst=False) == dt.date(2026, 12, 25)


# --- a numeric date the article leaves undecided names one of two days ---------------------------

def _date_facts(*texts: str) -> list[tuple[str, int]]:
    from sourcediff import compare
    from sourcediff.model import Kind

    articles = [Article.from_text(text, id=f"s{i}", published="2026-12-04") for i, text in enumerate(texts)]
    return [(fact.status.value, len(fact.mentions)) for fact in compare(articles).facts
            if fact.kind is Kind.DATE]


def test_undecided_readings_are_both_orders() -> None:
    from sourcediff.extract.datenumeric import undecided_readings

    assert undecided_readings("4/6/2027") == {dt.date(2027, 6, 4), dt.date(2027, 4, 6)}
    assert undecided_readings("6/6/2027") == {dt.date(2027, 6, 6)}
    assert undecided_readings("friday") is None


@pytest.mark.parametrize("other", ["6 April 2027", "June 4, 2027"])
def test_an_undecided_date_agrees_with_either_reading(other: str) -> None:
    facts = _date_facts("Works on the tram line will begin on 4/6/2027, the council said.",
                        f"Works on the tram line will begin on {other}, the council said.")
    assert ("agree", 2) in facts


def test_an_undecided_date_does_not_agree_with_a_third_day() -> None:
    facts = _date_facts("Works on the tram line will begin on 4/6/2027, the council said.",
                        "Works on the tram line will begin on May 1, 2027, the council said.")
    assert all(status != "agree" for status, _ in facts)


@pytest.mark.parametrize(("name", "fmt"), [
    ("scan.sarif", "sarif"), ("gate.json", "json"), ("summary.md", "markdown"), ("gate.txt", "text"),
])
def test_checks_format_follows_the_extension_too(name: str, fmt: str) -> None:
    from sourcediff.cliout import check_format_for

    assert check_format_for(Path(name)) == fmt
    assert check_format_for(None) == "text"


def test_check_to_a_sarif_file_writes_sarif(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two_articles(tmp_path)
    out = tmp_path / "gate.sarif"
    run = run_cli(capsys, "check", a, "--against", b, "-o", out)
    assert run.code in (0, 1)
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"
