"""newuser13: rough edges a first-time user met on a court story and a plant-closure story.

`check` ran a source's id into its outlet; HTML pasted into a .txt and an embedded tweet ran into
the story; "1.200 jobs" in a decimal-comma article read as 1.2; a Windows-1252 page with no charset
was refused; and "Jane Doe, Reuters" at the top gave an outlet but no author. All text here is invented.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from hostile_cli import one_line_error, run_cli
from sourcediff import load
from sourcediff.bylines import read_byline
from sourcediff.extract import extract
from sourcediff.extract.numberstyle import writes_decimal_comma
from sourcediff.ingest.embeds import is_html_laden, plain, without_embeds
from sourcediff.ingest.reading import decode
from sourcediff.model import Kind
from sourcediff.segment import segment


def _facts(path: Path) -> list[tuple[str, str]]:
    article = load(path)
    return [(m.kind.value, m.raw) for m in extract(article, segment(article))]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# 1. check: the outlet stands in brackets after the source id.

HERALD = ("Ferry boss jailed over pier collapse\n\nBy Tomas Ridley, The Merrow Herald\n\n"
          "Ferry operator Gavin Ostler was jailed for 30 months on Tuesday.\n\n"
          "His firm was fined £850,000 and must pay costs of £62,000.\n")
AGENCY = ("Ferry chief jailed\n\nElena Park, Coastline News Agency\n\n"
          "Gavin Ostler was jailed for 30 months at a crown court on Tuesday.\n\n"
          "Ostler Marine was fined £850,000, with £62,000 in costs.\n")


def test_check_names_each_source_with_its_outlet_in_brackets(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    draft = _write(tmp_path, "draft.md", "Ferry boss jailed\n\nThe firm was fined £900,000 on Tuesday.\n")
    herald, agency = _write(tmp_path, "herald.txt", HERALD), _write(tmp_path, "agency.txt", AGENCY)
    run = run_cli(capsys, "check", draft, "--against", herald, agency)
    assert run.code == 1, run.err
    assert "herald (The Merrow Herald) line 7" in run.out, run.out
    assert "agency (Coastline News Agency) line 7" in run.out, run.out
    assert "herald The Merrow" not in run.out


# 2. HTML pasted into a plain-text article.

PASTED = ("Rail operator fined\n\n"
          "The regulator fined Northvale Rail <b>&pound;300,000</b> on Friday.<br>\n"
          "Its chief executive, Dana Pryce, said the firm &ldquo;accepts the penalty&rdquo;.\n\n"
          "<script>alert('no')</script>The <i>penalty</i> is the largest this year.\n")


def test_tags_and_entities_of_a_pasted_page_leave_the_passages(tmp_path: Path) -> None:
    path = _write(tmp_path, "pasted.txt", PASTED)
    article = load(path)
    texts = [p.text for p in segment(article)]
    assert not any("<" in t or "&" in t for t in texts), texts
    assert "The regulator fined Northvale Rail £300,000 on Friday." in texts
    assert "alert" not in article.text
    assert ("money", "£300,000") in _facts(path)


def test_line_numbers_stay_the_files_after_tags_go(tmp_path: Path) -> None:
    article = load(_write(tmp_path, "pasted.txt", PASTED))
    assert article.text.split("\n")[3].startswith("Its chief executive")


@pytest.mark.parametrize("text", [
    "The editor explained that a <p> element starts a paragraph.",
    "Turnout rose where 3 < 5 of the wards voted early, the <b> tag aside.",
    "Scores were 4 < 7 and 9 > 2 in the two rounds.",
])
def test_a_text_naming_one_tag_or_comparing_figures_is_left_as_written(text: str) -> None:
    assert not is_html_laden(text)
    assert plain(text) == text


# 4. Embedded social posts.

TWEET = ('<blockquote class="twitter-tweet" data-lang="en"><p lang="en">Families outside court say 40 people '
         'could have died.</p>&mdash; Court Watcher (@courtwatcher) '
         '<a href="https://twitter.example/courtwatcher/status/1">June 9, 2026</a></blockquote>')
INSTAGRAM = ('<blockquote class="instagram-media" data-instgrm-permalink="https://instagram.example/p/1">'
             '<div><p>Our crew counted 75 boats at the quay today</p></div></blockquote>')


@pytest.mark.parametrize("embed", [TWEET, INSTAGRAM])
def test_an_embedded_post_is_no_part_of_the_page(embed: str, tmp_path: Path) -> None:
    page = ("<!doctype html><html><head><title>Pier boss jailed</title></head><body><article>"
            "<h1>Pier boss jailed</h1><p>Gavin Ostler was jailed for 30 months on Tuesday, a judge ruled "
            "at the crown court in the harbour town.</p>" + embed +
            "<p>His firm was fined £850,000 and must pay £62,000 in costs, the court heard.</p>"
            "<p>Fourteen passengers were injured when the pier gave way in August 2024.</p>"
            "</article></body></html>")
    article = load(_write(tmp_path, "page.html", page))
    assert "Gavin Ostler" in article.text and "£850,000" in article.text
    assert "40 people" not in article.text and "75 boats" not in article.text
    assert "Court Watcher" not in article.text


def test_an_ordinary_blockquote_stays() -> None:
    page = '<p>Before.</p><blockquote class="pull-quote"><p>We will appeal, said Ostler.</p></blockquote>'
    assert without_embeds(page) == page


def test_an_embed_pasted_into_a_text_article_is_dropped(tmp_path: Path) -> None:
    text = "Pier boss jailed\n\nGavin Ostler was jailed on Tuesday.\n\n" + TWEET + "\n\nHe may appeal.\n"
    article = load(_write(tmp_path, "pier.txt", text))
    assert "40 people" not in article.text and "He may appeal." in article.text


# 3. Decimal-comma articles.

CLOSURE = ("Plant closure hits Velden\n\n"
           "The Korvath plant in Velden will cut 1.200 jobs by March, the company said on Monday.\n\n"
           "Unemployment in the region already stands at {rate}, the works council said.\n")


def _count(path: Path) -> Decimal:
    article = load(path)
    [jobs] = [m for m in extract(article, segment(article)) if m.kind is Kind.NUMBER and m.raw == "1.200"]
    return jobs.value.amount  # type: ignore[union-attr]


def test_a_dot_before_three_digits_is_a_thousands_dot_where_the_article_writes_decimal_commas(
        tmp_path: Path) -> None:
    assert _count(_write(tmp_path, "a.txt", CLOSURE.format(rate="7,5 %"))) == 1200


def test_without_a_decimal_comma_the_english_reading_stays(tmp_path: Path) -> None:
    assert _count(_write(tmp_path, "a.txt", CLOSURE.format(rate="7.5%"))) == Decimal("1.2")


@pytest.mark.parametrize("text, wanted", [
    ("Inflation reached 3,5 % in May.", True),
    ("The bill came to 1.200,50 euro.", True),
    ("Shares fell 12,75 per cent.", True),
    ("The council hired 1,200 staff.", False),  # a comma before three digits is a thousands comma
    ("Seats 1,2 and 3 were empty.", True),  # read as a decimal comma: rare, and harmless alone
    ("Rows 1,2,3 were empty.", False),  # a list of figures
    ("Inflation reached 3,5 % while the deal was $1,200.50.", False),  # a dot decimal settles it: English
])
def test_the_convention_comes_from_unambiguous_figures(text: str, wanted: bool) -> None:
    assert writes_decimal_comma(text) is wanted


# 5. A Windows-1252 page that declares no charset.

PAGE_1252 = ("<!DOCTYPE html><html><head><title>Caf\u00e9 fire</title></head><body><article>"
             "<h1>Caf\u00e9 fire closes harbour road</h1><p>A fire at the Blue Anchor caf\u00e9 on Monday "
             "caused \u20ac40,000 of damage, the owner said.</p><p>\u201cWe lost everything,\u201d said "
             "owner Petra Lind.</p></article></body></html>")


def test_a_windows_1252_page_without_a_charset_reads_as_a_browser_shows_it() -> None:
    text = decode(PAGE_1252.encode("cp1252"), "fire.html")
    assert "caf\u00e9" in text and "\u20ac40,000" in text and "\u201cWe lost" in text


def test_a_windows_1252_page_compares(tmp_path: Path) -> None:
    path = tmp_path / "fire.htm"
    path.write_bytes(PAGE_1252.encode("cp1252"))
    assert ("money", "\u20ac40,000") in _facts(path)


def test_a_windows_1252_plain_text_is_still_refused_with_its_conversion(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes("The caf\u00e9 lost \u20ac40,000, its owner said.\n".encode("cp1252"))
    one_line_error(run_cli(capsys, "facts", path), "not UTF-8", "iconv -f windows-1252")


# 6. A byline without "By".

@pytest.mark.parametrize("line, author", [
    ("Elena Park, Coastline News Agency", "Elena Park"),
    ("Jane Doe | Reuters", "Jane Doe"),
    ("Maria van Dijk, Courts Correspondent", "Maria van Dijk"),
])
def test_a_byline_without_by_is_read(line: str, author: str) -> None:
    found = read_byline(line)
    assert found is not None and found.author == author


@pytest.mark.parametrize("line", [
    "Port Alder, Cascadia",                          # a dateline: no given name
    "Elena Park, 34, said she saw the pier fall.",   # a sentence
    "Elena Park said the pier fell",                 # no separator
    "Elena Park",                                    # a name alone
    "Elena Park, who saw it fall",                   # lower-case words no byline holds
])
def test_lines_that_are_no_byline_stay_passages(line: str) -> None:
    assert read_byline(line) is None


def test_the_unsigned_byline_gives_author_and_outlet_and_is_no_fact(tmp_path: Path) -> None:
    path = _write(tmp_path, "agency.txt", AGENCY)
    article = load(path)
    assert (article.author, article.outlet) == ("Elena Park", "Coastline News Agency")
    assert ("person", "Elena Park") not in _facts(path)


# Found on the way: a weekday after "Court on" joined the organisation's name.

@pytest.mark.parametrize("text, name", [
    ("A judge at Calder Crown Court on Tuesday jailed the ferry boss.", "Calder Crown Court"),
    ("The case returns to Brennock Magistrates Court on Friday morning.", "Brennock Magistrates Court"),
    ("The Harbour Commission on March 3 approved the fine.", "Harbour Commission"),
    ("The Commission on Coastal Safety said the pier was unsafe.", "Commission on Coastal Safety"),
])
def test_a_day_after_an_organisation_is_no_part_of_its_name(text: str, name: str) -> None:
    from sourcediff.extract import entities

    assert name in [f.name for f in entities.scan(text).found if f.type == "org"]
