"""A fifth first-time user's files: text pasted out of Word, Notepad files, a served folder.

Every text here is invented; nothing reaches beyond this machine (127.0.0.1 only).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from hostile_cli import one_line_error, run_cli, two_articles
from sourcediff import load
from sourcediff.errors import InputError
from sourcediff.extract import extract
from sourcediff.ingest.reading import decode
from sourcediff.segment import segment

HYPHENS = ("\u2010", "\u2011")


def _values(text: str, name: str, tmp_path: Path) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article = load(path)
    return [m.raw for m in extract(article, segment(article))]


@pytest.mark.parametrize("hyphen", HYPHENS)
@pytest.mark.parametrize("phrase, wanted", [
    ("Drivers face a six{h}mile detour through Route 9.", "six-mile"),
    ("The county signed a five{h}year contract with the builder.", "five-year"),
    ("Crews worked a 12{h}hour shift on the bridge deck.", "12-hour"),
    ("The clinic will add a 40{h}bed ward next spring.", "40-bed"),
])
def test_a_unicode_hyphen_reads_as_the_hyphen_it_looks_like(hyphen: str, phrase: str, wanted: str,
                                                          tmp_path: Path) -> None:
    """Word's no-break hyphen (and U+2010) hid a compound measure: "six\u2011mile" was no fact."""
    for name, text in (("a.txt", phrase), ("a.md", phrase),
                       ("a.html", f"<html><body><article><p>{phrase} Officials said so on Tuesday.</p>"
                                  "</article></body></html>"),
                       ("a.json", '{"title": "Bridge", "text": "' + phrase + '"}')):
        assert wanted in _values(text.replace("{h}", hyphen), name, tmp_path), name


@pytest.mark.parametrize("hyphen", HYPHENS)
def test_offsets_stay_put_and_the_article_holds_a_plain_hyphen(hyphen: str, tmp_path: Path) -> None:
    text = f"Bridge shut\n\nA six{hyphen}mile detour opened on Tuesday, officials said.\n"
    path = tmp_path / "pasted.txt"
    path.write_text(text, encoding="utf-8")
    article = load(path)
    assert article.text.index("detour") == text.index("detour")
    assert hyphen not in article.text and "six-mile detour" in article.text


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "\u2212"])
def test_dashes_and_the_minus_sign_are_not_hyphens(dash: str) -> None:
    """En and em dashes mark ranges, scores and asides, and the minus a sign: they are left as written."""
    assert dash in decode(f"The score was 3{dash}2 and it fell to {dash}5C overnight.".encode(), "a.txt")


def test_a_quote_typed_with_a_no_break_hyphen_agrees(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """One outlet's CMS set "long‑overdue" with Word's hyphen: the quote diverged on it."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    said = " engineer Dana Okoro said on Tuesday.\n"
    a.write_text("Bridge shut\n\n“It is a long-overdue repair,”" + said, encoding="utf-8")
    b.write_text("Bridge closed\n\n“It is a long‑overdue repair,”" + said, encoding="utf-8")
    run = run_cli(capsys, "compare", a, b, "-f", "oneline")
    assert run.code == 0 and "0 diverge" in run.out, run.out


# Windows-1252 text as Notepad or Word's "Plain Text" saves it: curly quotes and a euro sign.
NOTEPAD = "The council said \u201cyes\u201d to the \u20ac5 million plan on Tuesday \u2013 a first."


def test_a_windows_text_file_gets_the_conversion_that_keeps_its_quotes() -> None:
    """The advice was iconv -f latin1, which turns 0x93/0x94/0x80 into invisible control characters."""
    with pytest.raises(InputError, match="iconv -f windows-1252 -t utf-8"):
        decode(NOTEPAD.encode("cp1252"), "notepad.txt")


@pytest.mark.parametrize("text", ["The caf\u00e9 council met.", "Se\u00f1ora Ruiz won 52% of the vote."])
def test_latin1_without_windows_only_characters_still_names_latin1(text: str) -> None:
    with pytest.raises(InputError, match="iconv -f latin1 -t utf-8"):
        decode(text.encode("latin-1"), "plain.txt")


def test_bytes_windows_1252_leaves_undefined_are_not_called_windows_1252() -> None:
    """0x81 is no character in Windows-1252: naming it would make iconv fail too."""
    with pytest.raises(InputError, match="iconv -f latin1"):
        decode(b"The caf\xe9 council \x81 met.", "odd.txt")


# The folder listings web servers build, and pages that only look a little like one.
PY_LISTING = ("<!DOCTYPE HTML>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
              "<title>Directory listing for /stories/</title>\n</head>\n<body>\n"
              "<h1>Directory listing for /stories/</h1>\n<hr>\n<ul>\n"
              "<li><a href=\"a.html\">a.html</a></li>\n<li><a href=\"b.txt\">b.txt</a></li>\n</ul>\n<hr>\n"
              "</body>\n</html>\n")
APACHE_LISTING = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<html>\n <head>\n"
                  "  <title>Index of /news/2026</title>\n </head>\n <body>\n<h1>Index of /news/2026</h1>\n"
                  "<table><tr><th>Name</th><th>Last modified</th><th>Size</th></tr>\n"
                  "<tr><td><a href=\"bridge.html\">bridge.html</a></td><td>2026-11-24 09:30</td>"
                  "<td>12K</td></tr></table>\n</body></html>\n")
NGINX_LISTING = ("<html>\r\n<head><title>Index of /saved/</title></head>\r\n<body>\r\n"
                 "<h1>Index of /saved/</h1><hr><pre><a href=\"../\">../</a>\n"
                 "<a href=\"bridge.html\">bridge.html</a>    24-Nov-2026 09:30    12034\n"
                 "</pre><hr></body>\r\n</html>\r\n")


@pytest.mark.parametrize("page", [PY_LISTING, APACHE_LISTING, NGINX_LISTING])
def test_a_saved_folder_listing_is_one_line(page: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    listing = tmp_path / "index.html"
    listing.write_text(page, encoding="utf-8")
    one_line_error(run_cli(capsys, "compare", listing, a), "index.html", "folder listing", "each article")


@pytest.mark.parametrize("title, heading", [
    ("Index of consumer prices rises 3%", "Index of consumer prices rises 3%"),
    ("Directory listing for /stories/", "Council backs seawall"),  # a story page that mentions one
    ("Index of / ranking: Harbor City tops the list", "How the harbor fared"),
])
def test_pages_that_only_resemble_a_listing_are_read(title: str, heading: str, tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(f"<html><head><title>{title}</title></head><body><article><h1>{heading}</h1>"
                    "<p>The Harbor City council voted 7-2 on Tuesday to approve a $12 million seawall, "
                    "officials said after the meeting.</p></article></body></html>", encoding="utf-8")
    assert "$12 million seawall" in load(page).text


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        """No request log on stderr, where the test reads the tool's one line."""


@pytest.fixture()
def served_folder(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A folder of articles served as ``python -m http.server --bind 127.0.0.1`` serves it."""
    a, _ = two_articles(tmp_path)
    handler = functools.partial(_QuietHandler, directory=str(tmp_path))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", a
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_the_address_of_a_served_folder_is_one_line(served_folder: tuple[str, Path],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Its listing was compared as an article: no error, every other fact "unique"."""
    url, a = served_folder
    one_line_error(run_cli(capsys, "compare", url + "/", a, "--timeout", "5"), url, "folder listing")


def test_an_article_in_the_served_folder_is_still_read(served_folder: tuple[str, Path],
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    url, a = served_folder
    run = run_cli(capsys, "compare", f"{url}/{a.name}", a, "-f", "oneline", "--timeout", "5")
    assert run.code == 0


# Bylines and wire credit lines: the article's staff, not people in the story.
def _people(text: str, tmp_path: Path) -> set[str]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    article = load(path)
    return {m.raw for m in extract(article, segment(article)) if m.kind.value == "person"}


_BODY = ("\n\nMillbrook County closed the Elm Street bridge on Tuesday, county engineer Dana Okoro said.\n\n"
         "\u201cThe steel has corroded faster than we expected,\u201d Okoro said.\n")


@pytest.mark.parametrize("byline, staff", [
    ("By Sam Reyes", ["Sam Reyes"]),
    ("By Jordan Pike, Staff writer", ["Jordan Pike"]),
    ("By Martina Lopez-Ruiz and Lee Park, Staff Writers", ["Martina Lopez-Ruiz", "Lee Park"]),
    ("By Sarah O\u2019Neill in Dublin", ["Sarah O\u2019Neill"]),
    ("By Tom Harland | The Valley Ledger", ["Tom Harland"]),
    ("By Ana Ruiz \u2014 Associated Press", ["Ana Ruiz"]),
])
def test_a_byline_names_no_person_of_the_story(byline: str, staff: list[str], tmp_path: Path) -> None:
    people = _people("Bridge shut for repairs\n\n" + byline + _BODY, tmp_path)
    assert "Dana Okoro" in people
    assert not any(name in p for p in people for name in staff), people


@pytest.mark.parametrize("credit", [
    "(Reporting by Lucia Mendez and Pablo Arroyo; Writing by Tom Harland; Editing by Ruth Keane)",
    "Additional reporting by Lucia Mendez in Vigo; editing by Ruth Keane",
    "Compiled by Tom Harland",
])
def test_a_wire_credit_line_names_no_person_of_the_story(credit: str, tmp_path: Path) -> None:
    people = _people("Bridge shut for repairs" + _BODY + "\n" + credit + "\n", tmp_path)
    assert people & {"Dana Okoro"} and not people & {"Lucia Mendez", "Pablo Arroyo", "Tom Harland",
                                                    "Ruth Keane"}, people


@pytest.mark.parametrize("line, person", [
    # Sentences that open with "By", and people named in the story's own sentences.
    ("By Tuesday evening Governor Ana Ruiz had declared an emergency in three counties.", "Ana Ruiz"),
    ("By Christmas Eve, Mayor Lee Park said, the shelters were full.", "Lee Park"),
    ("The bridge was designed by Sam Reyes, an engineer who retired in 2001.", "Sam Reyes"),
    ("The report was edited by Tom Harland, the county's chief auditor, officials said.", "Tom Harland"),
])
def test_sentences_that_only_resemble_a_byline_keep_their_people(line: str, person: str,
                                                                 tmp_path: Path) -> None:
    assert person in _people("Bridge shut for repairs\n\n" + line + _BODY, tmp_path)


def test_a_hard_wrapped_sentence_is_one_line_of_wording(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Text pasted from an e-mail breaks sentences mid-way; the card showed the break as a new line."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Bridge shut\n\nMillbrook County shut the Elm Street bridge on Tuesday. The county\n"
                 "said the bridge\nwould reopen by March 15, officials\nsaid.\n", encoding="utf-8")
    b.write_text("Bridge closed\n\nMillbrook County closed the Elm Street bridge on Tuesday. The county\n"
                 "said the bridge would reopen by March 31, officials said.\n", encoding="utf-8")
    for path in (a, b):  # dated: the two days are judged, and the divergence card shows both wordings
        path.write_text("date 2026-11-24\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    run = run_cli(capsys, "compare", a, b, "--no-pager", "--color", "never", "--width", "160")
    assert run.code == 0 and "1 diverge" in run.out, run.out
    assert "said the bridge would reopen by «March *15*», officials said." in run.out, run.out


# Undated articles (pasted text seldom carries its date): a month and day stay without a year.
def _undated(tmp_path: Path, first: str, second: str) -> tuple[Path, Path]:
    a, b = tmp_path / "ledger.txt", tmp_path / "courier.txt"
    a.write_text(f"Bridge shut\n\nThe Elm Street bridge will reopen by {first}, county officials said.\n",
                 encoding="utf-8")
    b.write_text(f"Bridge closed\n\nCounty officials said the Elm Street bridge will reopen by {second}.\n",
                 encoding="utf-8")
    return a, b


@pytest.mark.parametrize("first, second", [
    ("March 15", "March 31"), ("March 15", "April 15"), ("15 March", "31 March"),
    ("Sept. 4", "September 14"), ("March 2nd", "March 3rd"),
])
def test_two_undated_days_that_differ_diverge(first: str, second: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Both without a year, "March 15" and "March 31" agreed: unresolved dates agreed with anything."""
    run = run_cli(capsys, "compare", *_undated(tmp_path, first, second), "-f", "oneline")
    assert run.code == 0 and "1 diverge" in run.out and "0 agree" in run.out, run.out


@pytest.mark.parametrize("first, second", [
    ("March 15", "15 March"), ("Sept. 4", "September 4th"), ("March 2nd", "2 March"),
])
def test_two_spellings_of_one_undated_day_agree(first: str, second: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    run = run_cli(capsys, "compare", *_undated(tmp_path, first, second), "-f", "oneline")
    assert run.code == 0 and "0 diverge" in run.out and "1 agree" in run.out, run.out


def test_an_undated_day_meets_a_dated_one_by_month_and_day() -> None:
    import datetime as dt

    from sourcediff.compat import _dates
    from sourcediff.values import DateValue

    loose = DateValue(None, relative="march 15")
    assert _dates(loose, DateValue(dt.date(2027, 3, 15), dt.date(2027, 3, 15)))
    assert not _dates(loose, DateValue(dt.date(2027, 3, 31), dt.date(2027, 3, 31)))
    assert _dates(loose, DateValue(dt.date(2027, 3, 1), dt.date(2027, 3, 31), "month"))  # no evidence
    # Other unresolved words still agree with anything: no evidence either way.
    assert _dates(DateValue(None, relative="march"), DateValue(None, relative="april 2"))
    assert _dates(DateValue(None, relative="next week"), DateValue(None, relative="march 31"))


@pytest.mark.parametrize("words, day", [
    ("march 15", (3, 15)), ("15 march", (3, 15)), ("sept. 4", (9, 4)), ("4th of september", (9, 4)),
    ("feb 29", (2, 29)), ("feb 30", None), ("march", None), ("june 10-12", None), ("tuesday", None),
    ("march 15 2026", None), ("next march", None),
])
def test_month_day_reads_only_a_month_and_a_day(words: str, day: tuple[int, int] | None) -> None:
    from sourcediff.extract.datebase import month_day

    assert month_day(words) == day


@pytest.mark.parametrize("key", ["publish_date", "published_date", "publication_date", "pub_date"])
def test_a_scrapers_json_export_keeps_its_publication_date(key: str, tmp_path: Path) -> None:
    """newspaper3k's export names it publish_date: the article was undated, its "Tuesday" unresolved."""
    path = tmp_path / "export.json"
    path.write_text('{"title": "Elm Street bridge closed", "text": "Millbrook County closed the Elm Street '
                    'bridge on Tuesday.", "' + key + '": "2026-11-24 09:30:00", "authors": ["Lee Park"]}',
                    encoding="utf-8")
    article = load(path)
    assert article.published is not None and article.published.isoformat() == "2026-11-24"
