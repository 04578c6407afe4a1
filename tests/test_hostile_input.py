"""Malformed and hostile inputs: one line naming the input and exit code 2, never exit 3 or a hang."""

from __future__ import annotations

import codecs
import json
import os
import stat
from pathlib import Path

import pytest

from hostile_cli import ARTICLE_A, one_line_error, run_cli, two_articles
from sourcediff.errors import FormatError, InputError
from sourcediff.ingest import load
from sourcediff.ingest.reading import decode
from sourcediff.ingest.wordpress import outlet_from_url


def test_a_json_integer_past_pythons_digit_limit_is_one_line(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    big = tmp_path / "big.json"
    big.write_text('{"title": "T", "text": "Body text of the story.", "n": ' + "9" * 5000 + "}")
    one_line_error(run_cli(capsys, "compare", a, big), "big.json", "digits")


def test_json_nested_thousands_deep_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 5000 + "]" * 5000)
    one_line_error(run_cli(capsys, "compare", a, deep), "deep.json", "nested too deeply")
    with pytest.raises(FormatError, match="nested too deeply"):
        load(deep)


@pytest.mark.parametrize("url", ["http://[::1/story", "http://exa\uff0fmple.com/story", "http://[bad"])
def test_urls_urllib_rejects_name_no_outlet(url: str, tmp_path: Path) -> None:
    assert outlet_from_url(url) == ""
    post = {"title": {"rendered": "T"}, "content": {"rendered": "<p>The council met on Tuesday.</p>"},
            "link": url}
    path = tmp_path / "post.json"
    path.write_text(json.dumps(post), encoding="utf-8")
    assert load(path).outlet == ""
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps({"title": "T", "text": "The council met on Tuesday.", "url": url}))
    assert load(plain).url == url


def test_max_bytes_beyond_the_ceiling_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two_articles(tmp_path)
    one_line_error(run_cli(capsys, "compare", a, b, "--max-bytes", str(10**30)), "--max-bytes")
    one_line_error(run_cli(capsys, "compare", a, b, "--max-bytes", "0"), "--max-bytes")


def test_width_is_bounded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two_articles(tmp_path)
    one_line_error(run_cli(capsys, "compare", a, b, "--width", "100000000"), "--width")
    assert run_cli(capsys, "compare", a, b, "--width", "100").code == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_input_is_refused_not_waited_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    one_line_error(run_cli(capsys, "compare", a, fifo), "pipe.txt", "FIFO")
    one_line_error(run_cli(capsys, "check", a, "--against", a, "--diff", fifo), "pipe.txt", "FIFO")
    one_line_error(run_cli(capsys, "check", a, "--against", a, "--policy", fifo), "pipe.txt", "FIFO")


def test_a_device_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a, _ = two_articles(tmp_path)
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    one_line_error(run_cli(capsys, "compare", a, "/dev/zero"), "/dev/zero", "device")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_an_unreadable_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two_articles(tmp_path)
    b.chmod(0)
    try:
        one_line_error(run_cli(capsys, "compare", a, b), "harbor-b.txt", "permission denied")
    finally:
        b.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_decoded(codec: str, tmp_path: Path) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[codec]
    path = tmp_path / "windows.txt"
    path.write_bytes(bom + ARTICLE_A.replace("\n", "\r\n").encode(codec))
    article = load(path)
    assert "$12 million seawall" in article.text and "\r" not in article.text


def test_a_false_bom_is_one_clear_error() -> None:
    with pytest.raises(InputError, match="byte-order mark"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", "odd.txt")  # a lone surrogate


def test_utf16_without_a_bom_is_still_refused() -> None:
    """Refused, and named as UTF-16 without its mark (it was "a binary file") so the fix is plain."""
    with pytest.raises(InputError, match="UTF-16 text saved without a byte-order mark"):
        decode("The council met.".encode("utf-16-le"), "nobom.txt")


def test_a_nul_byte_in_a_file_name_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    one_line_error(run_cli(capsys, "compare", a, "bad\x00name.txt"), "not a valid file name")
