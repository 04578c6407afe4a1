"""A fifth first-time user's files: text pasted out of Word, Notepad files, a served folder.

Every text here is invented; nothing reaches beyond this machine (127.0.0.1 only).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cli import run_cli
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
